import { type ComponentType, lazy, useState } from 'react'

/** A screen (or dialog) whose code loads on first use, in its own chunk, or earlier in idle time. */
export interface LazyScreen<P extends object> {
  /**
   * Render inside a Suspense boundary. Renders at once when the code is already in (loaded ahead);
   * otherwise it suspends until it is.
   */
  Component: ComponentType<P>
  /** Loads the code now (once); a later `Component` then renders without waiting. */
  preload: () => Promise<unknown>
}

/**
 * Wraps `load` (a dynamic import that answers the component) as a {@link LazyScreen}, loaded together
 * with what every such screen needs (screen-support.ts). A failed load is forgotten, so the next attempt
 * tries again instead of repeating the failure.
 */
export function lazyScreen<P extends object>(load: () => Promise<ComponentType<P>>): LazyScreen<P> {
  let loaded: ComponentType<P> | undefined
  let loading: Promise<{ default: ComponentType<P> }> | undefined
  const preload = (): Promise<{ default: ComponentType<P> }> => {
    // Screen support first: zod's configuration must run before any screen's schemas are made (see
    // zod-csp.ts; in the build, the zod chunk also carries it).
    loading ??= import('./screen-support').then(load).then(
      (component) => {
        loaded = component
        return { default: component }
      },
      (error: unknown) => {
        loading = undefined
        throw error
      },
    )
    return loading
  }
  const Lazy = lazy(preload)

  // React.lazy suspends on its first render even when the code is already in, and React reveals such
  // content only after a pause; a screen loaded ahead therefore renders directly. The choice is made
  // once per mount, so a screen never switches between the two (which would reset its state).
  function Screen(props: P) {
    const [Loaded] = useState(() => loaded)
    return Loaded ? <Loaded {...props} /> : <Lazy {...props} />
  }
  return { Component: Screen, preload }
}
