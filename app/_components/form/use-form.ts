"use client";

import { createContext, useContext, useMemo, useState, useSyncExternalStore } from "react";
import {
  type FormOptions,
  type FormState,
  FormStore,
  getAt,
  type Path,
  type PathValue,
} from "./form-store";

/** A form's store and its current errors and flags (a new object when these change). */
export type Form<V = Record<string, unknown>, Out = V> = {
  store: FormStore<V, Out>;
  formState: FormState<V>;
  register: FormStore<V, Out>["register"];
  setValue: FormStore<V, Out>["setValue"];
  getValues: FormStore<V, Out>["getValues"];
  setError: FormStore<V, Out>["setError"];
  setFocus: FormStore<V, Out>["setFocus"];
  reset: FormStore<V, Out>["reset"];
  handleSubmit: FormStore<V, Out>["handleSubmit"];
};

/** One store for the component's life; the component re-renders when errors or flags change. */
export function useForm<V, Out>(options: FormOptions<V, Out>): Form<V, Out> {
  const [store] = useState(() => new FormStore<V, Out>(options));
  const formState = useSyncExternalStore(store.subscribe, store.getState, store.getState);
  return useMemo(
    () => ({
      store,
      formState,
      register: store.register,
      setValue: store.setValue,
      getValues: store.getValues,
      setError: store.setError,
      setFocus: store.setFocus,
      reset: store.reset,
      handleSubmit: store.handleSubmit,
    }),
    [store, formState],
  );
}

export const FormContext = createContext<Form<never, never> | null>(null);

/** The form around a field (ActionForm provides it). */
export function useFormContext<V = Record<string, unknown>>(): Form<V> {
  const form = useContext(FormContext);
  if (!form) throw new Error("a form field outside an ActionForm");
  return form as unknown as Form<V>;
}

/** The current value at a path, or at several (re-renders when they change, not otherwise). */
export function useWatch<V, const P extends Path<V>>(
  form: Form<V, unknown>,
  name: P,
): PathValue<V, P>;
export function useWatch<V, const P extends readonly Path<V>[]>(
  form: Form<V, unknown>,
  names: P,
): { [I in keyof P]: PathValue<V, P[I] & string> };
export function useWatch(form: Form<unknown, unknown>, name: string | readonly string[]): unknown {
  const { store } = form;
  // A list of paths is one snapshot: the same array as long as every value is the same.
  const [cache] = useState<{ last: unknown[] | null }>(() => ({ last: null }));
  const snapshot = () => {
    const values = store.getValues();
    if (typeof name === "string") return getAt(values, name);
    const next = name.map((n) => getAt(values, n));
    const last = cache.last;
    if (last && last.length === next.length && last.every((v, i) => Object.is(v, next[i])))
      return last;
    cache.last = next;
    return next;
  };
  return useSyncExternalStore(store.subscribe, snapshot, snapshot);
}

/** The rows of a list in the form: a key per row (for React), and the ways to change the list. */
export function useFieldArray<V, P extends Path<V>>(form: Form<V, unknown>, name: P) {
  const { store } = form;
  const keys = useSyncExternalStore(
    store.subscribe,
    () => store.rowsOf(name),
    () => store.rowsOf(name),
  );
  type Item = NonNullable<PathValue<V, P>> extends readonly (infer E)[] ? E : never;
  return {
    fields: keys.map((key) => ({ key })),
    append: (item: Item) => store.append(name, item),
    remove: (index: number) => store.remove(name, index),
    move: (from: number, to: number) => store.move(name, from, to),
  };
}
