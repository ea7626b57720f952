import { Suspense, lazy, type ComponentType } from 'react';
import { Loading } from 'react-admin';

/**
 * A page loaded on first use, inside its own Suspense boundary. Leaning on the layout's shared boundary
 * left a page stuck on "Memuat" when it was opened while another lazy page (the dashboard, just after
 * sign-in) was still loading.
 */
export function lazyPage(factory: () => Promise<{ default: ComponentType }>): ComponentType {
  const Page = lazy(factory);
  const LazyPage = () => (
    <Suspense fallback={<Loading />}>
      <Page />
    </Suspense>
  );
  return LazyPage;
}
