import { createApp } from 'vue';
import 'ottawa-treaty-widgets/treaty-badge';
import 'ottawa-treaty-widgets/pledge-bar';
import type {} from 'ottawa-treaty-widgets/vue'; // the tags' props, for vue-tsc and the editor
import App from './App.vue';

const warnings: string[] = [];
const app = createApp(App);
app.config.warnHandler = (message) => warnings.push(message);
app.mount('#app');
(window as unknown as { __vueWarnings: string[] }).__vueWarnings = warnings;
