import { createApp } from 'vue';
import 'ottawa-treaty-widgets/treaty-badge';
import 'ottawa-treaty-widgets/pledge-bar';
import App from './App.vue';

const warnings = [];
const app = createApp(App);
app.config.warnHandler = (message) => warnings.push(message);
app.mount('#app');
window.__vueWarnings = warnings;
