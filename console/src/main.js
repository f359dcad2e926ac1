import ElementPlus from "element-plus";
import zhCn from "element-plus/es/locale/lang/zh-cn";
import "element-plus/dist/index.css";
import { createApp } from "vue";

import App from "./App.vue";
import { api } from "./lib/session.js";
import { makeRouter } from "./router.js";
import "./styles.css";

const router = makeRouter(api);
createApp(App).use(ElementPlus, { locale: zhCn }).use(router).mount("#app");
