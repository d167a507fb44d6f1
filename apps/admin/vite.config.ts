import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// In production the gateway serves this build and GraphQL on the same origin (`/graphql`);
// in development Vite forwards `/graphql` to a gateway running on its standard port.
export default defineConfig({
  plugins: [react()],
  server: {
    proxy: {
      '/graphql': 'http://localhost:4000',
      '/api': 'http://localhost:4000',
    },
  },
});
