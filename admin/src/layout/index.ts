export { AppBar } from './AppBar';
export { Layout } from './Layout';
export { LoginPage } from './Login';
export { Menu } from './Menu';
