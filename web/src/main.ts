import { createApp } from 'vue';
import { createPinia } from 'pinia';
import 'element-plus/theme-chalk/base.css';
import App from './App.vue';
import { router } from './router';
import { onSession } from './api/client';
import { useSession } from './stores/session';
import './styles.css';

const app = createApp(App);
app.use(createPinia());
app.use(router);

// A request that finds the session gone sends the person to log in again, saying why.
onSession((reason) => {
  const session = useSession();
  if (reason === 'expired' && session.loggedIn) {
    session.forget('登录已超时（30 分钟无操作）或已在别处退出，请重新登录');
    router.push({ path: '/login', query: { next: router.currentRoute.value.fullPath } });
  } else if (reason === 'password_change_required') {
    router.push('/password');
  }
});

app.mount('#app');
