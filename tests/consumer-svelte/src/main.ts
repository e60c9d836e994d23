import { mount } from 'svelte';
import 'ottawa-treaty-widgets/treaty-badge';
import 'ottawa-treaty-widgets/casualty-counter';
import type {} from 'ottawa-treaty-widgets/svelte'; // the tags' attributes, for svelte-check and the editor
import App from './App.svelte';

mount(App, { target: document.getElementById('app')! });
