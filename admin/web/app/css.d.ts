/** Stylesheets imported for their effect: esbuild bundles them into the app's one .css file. */
declare module '*.css';
