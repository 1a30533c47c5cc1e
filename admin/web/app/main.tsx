import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider, useRouteError } from 'react-router-dom';
import { ErrorAlert, Loading } from './components/alerts.tsx';
import { NotFoundPage } from './pages/not-found-page.tsx';
import { ROUTES } from './routes.tsx';
import { AppShell } from './shell/app-shell.tsx';
import { SessionProvider } from './shell/session.tsx';
import './styles/app.css';

/** Where the app is served (admin/web/staff-app-page.ts): every route is under it. */
export const APP_BASE = '/app';

/** A page that threw while rendering: said in the page, the shell stays usable. */
function RouteError() {
  const error = useRouteError();
  return <ErrorAlert error={error ?? new Error('render failed')} />;
}

const router = createBrowserRouter([
  {
    path: '/',
    element: <AppShell />,
    errorElement: <RouteError />,
    children: [
      ...ROUTES.map(({ path, page: PageComponent }) => (path === ''
        ? { index: true, element: <PageComponent /> }
        : { path, element: <PageComponent />, errorElement: <RouteError /> })),
      { path: '*', element: <NotFoundPage /> },
    ],
  },
], { basename: APP_BASE });

const container = document.getElementById('app-root');
if (container) {
  createRoot(container).render(
    <StrictMode>
      <SessionProvider loading={<main className="app-main"><Loading /></main>} failed={(error) => <main className="app-main"><ErrorAlert error={error} /></main>}>
        <RouterProvider router={router} />
      </SessionProvider>
    </StrictMode>,
  );
}
