import { defineConfig } from 'vite';

// The site runs on its own origin; the API's address is built in from VITE_API_URL.
const port = Number(process.env.SITE_PORT ?? 5173);

export default defineConfig({
  server: { port, strictPort: true },
  preview: { port, strictPort: true },
});
