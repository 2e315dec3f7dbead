// The state of one form: its values, its errors and when it checks them. The fields are the
// browser's own controls (uncontrolled: what the user types stays in the control, the store
// keeps a copy), so the form is filled from the server's HTML before any script runs and a
// keystroke re-renders nothing but what watches that value. No React here: ./use-form.ts binds
// it to components; the tests drive it with stand-in controls.
//
// It replaces react-hook-form (13.9 kB gzip on every form page, issue 13) with the part of it
// the forms use: registered controls, values by dotted path ("delegation.0.email"), checks on
// touch, on change or on submit, server errors set back on their fields, lists of rows, and
// whether anything changed since the values were loaded.

/** A control the store fills and reads: an input, a select or a textarea. */
export type Control = {
  type?: string;
  value: string;
  checked?: boolean;
  focus: (options?: FocusOptions) => void;
  compareDocumentPosition?: (other: Node) => number;
};

/** Error message keys (under "validation" in the messages) by field path; `_form` for the form. */
export type FieldErrors = Readonly<Record<string, string>>;

/** What a check of the values says: the parsed values, or the errors. */
export type Checked<Out> =
  | { ok: true; values: Out }
  | { ok: false; errors: Record<string, string> };

/**
 * When a field is checked before the submit: on leaving it, then on each change ("onTouched");
 * on leaving it and on each change ("all"); only once submitted ("onSubmit"). After a submit
 * every change is checked.
 */
export type Mode = "onTouched" | "all" | "onSubmit";

export type FormState<V> = {
  errors: FieldErrors;
  /** The values the form was loaded with (the last reset). */
  defaultValues: V;
  isSubmitting: boolean;
  isSubmitted: boolean;
  /** The values differ from those the form was loaded with. */
  isDirty: boolean;
};

type Primitive = string | number | boolean | bigint | symbol | null | undefined | Date;

/** Every dotted path into a form's values: "title", "delegation", "delegation.0.email". */
export type Path<T> = T extends Primitive
  ? never
  : T extends readonly (infer E)[]
    ? `${number}` | `${number}.${Path<E>}`
    : {
        [K in keyof T & string]: K | `${K}.${Path<NonNullable<T[K]>>}`;
      }[keyof T & string];

type Step<T, K extends string> =
  NonNullable<T> extends readonly (infer E)[]
    ? K extends `${number}`
      ? E
      : never
    : K extends keyof NonNullable<T>
      ? NonNullable<T>[K]
      : never;

/** The value at a path. */
export type PathValue<T, P extends string> = P extends `${infer K}.${infer R}`
  ? PathValue<Step<T, K>, R>
  : Step<T, P>;

/** What the form starts with: any part may be missing (a reply not given yet). */
export type DeepPartial<T> = unknown extends T
  ? T
  : T extends Primitive
    ? T
    : T extends readonly (infer E)[]
      ? DeepPartial<E>[]
      : { [K in keyof T]?: DeepPartial<T[K]> };

export type FormOptions<V, Out> = {
  defaultValues: DeepPartial<V>;
  check: (values: V) => Promise<Checked<Out>>;
  mode?: Mode;
};

/** The props a control spreads to be part of the form. */
export type Registration = {
  name: string;
  ref: (element: Control | null) => (() => void) | undefined;
  onChange: (event: { target: unknown }) => void;
  onBlur: () => void;
};

const FORM = "_form";

function pathOf(name: string): string[] {
  return name === "" ? [] : name.split(".");
}

/** The value at a dotted path (undefined where the path leads nowhere). */
export function getAt(values: unknown, name: string): unknown {
  let current = values;
  for (const key of pathOf(name)) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/** A copy of `values` with `value` at the path: the objects along it are new, the rest shared. */
export function setAt<T>(values: T, name: string, value: unknown): T {
  const keys = pathOf(name);
  const put = (node: unknown, at: number): unknown => {
    if (at === keys.length) return value;
    const key = keys[at] as string;
    const numeric = /^\d+$/.test(key);
    const base: Record<string, unknown> | unknown[] = Array.isArray(node)
      ? [...node]
      : node !== null && typeof node === "object"
        ? { ...(node as Record<string, unknown>) }
        : numeric
          ? []
          : {};
    (base as Record<string, unknown>)[key] = put(
      (node as Record<string, unknown> | undefined)?.[key],
      at + 1,
    );
    return base;
  };
  return put(values, 0) as T;
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) =>
    deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
  );
}

/** `name` itself or a field under it ("delegation" covers "delegation.0.email"). */
function within(field: string, name: string) {
  return field === name || field.startsWith(`${name}.`);
}

let keyCounter = 0;
const newKey = () => `row-${++keyCounter}`;

export class FormStore<V, Out = V> {
  private values: V;
  private state: FormState<V>;
  private readonly listeners = new Set<() => void>();
  private readonly controls = new Map<string, Set<Control>>();
  private readonly registrations = new Map<string, Registration>();
  private readonly touched = new Set<string>();
  /** The rows of each list (useFieldArray): a key per row that moves with it. */
  private readonly rowKeys = new Map<string, string[]>();
  private readonly check: (values: V) => Promise<Checked<Out>>;
  private readonly mode: Mode;

  constructor(options: FormOptions<V, Out>) {
    const initial = options.defaultValues as V;
    this.values = initial;
    this.check = options.check;
    this.mode = options.mode ?? "onTouched";
    this.state = {
      errors: {},
      defaultValues: initial,
      isSubmitting: false,
      isSubmitted: false,
      isDirty: false,
    };
  }

  // --- Subscriptions (useSyncExternalStore) -------------------------------------------------

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  /** The errors and flags; a new object only when one of them changed. */
  getState = () => this.state;

  private notify() {
    for (const listener of [...this.listeners]) listener();
  }

  private setState(patch: Partial<FormState<V>>) {
    const next = { ...this.state, ...patch };
    const changed = (Object.keys(patch) as (keyof FormState<V>)[]).some(
      (k) => !Object.is(next[k], this.state[k]),
    );
    if (changed) this.state = next;
  }

  // --- Values -------------------------------------------------------------------------------

  /** All the values, or those at a path. */
  getValues = ((name?: string) =>
    name === undefined ? this.values : getAt(this.values, name)) as {
    (): V;
    <P extends Path<V>>(name: P): PathValue<V, P>;
  };

  private write(name: string, value: unknown, fillControls: boolean) {
    this.values = setAt(this.values, name, value);
    if (fillControls) this.fill((field) => within(field, name));
    const isDirty = !deepEqual(this.values, this.state.defaultValues);
    this.setState({ isDirty });
  }

  /** Puts the stored values into the controls whose fields match. */
  private fill(match: (field: string) => boolean) {
    for (const [field, controls] of this.controls)
      if (match(field)) for (const control of controls) show(control, getAt(this.values, field));
  }

  setValue = <P extends Path<V>>(
    name: P,
    value: PathValue<V, P>,
    options: { shouldValidate?: boolean } = {},
  ) => {
    this.write(name, value, true);
    const rows = this.rowKeys.get(name);
    if (rows && Array.isArray(value)) this.rowKeys.set(name, fitKeys(rows, value.length));
    this.notify();
    if (options.shouldValidate) void this.validate(name);
  };

  /** Loads new values: they become the ones "changed" is measured against; errors go. */
  reset = (values?: V | DeepPartial<V>) => {
    const next = (values ?? this.state.defaultValues) as V;
    this.values = next;
    this.touched.clear();
    this.rowKeys.clear();
    this.state = {
      errors: {},
      defaultValues: next,
      isSubmitting: this.state.isSubmitting,
      isSubmitted: false,
      isDirty: false,
    };
    this.fill(() => true);
    this.notify();
  };

  // --- Controls -----------------------------------------------------------------------------

  /** The props that make a control part of the form, the same object for a name each time. */
  register = (name: Path<V> | (string & {})): Registration => {
    const known = this.registrations.get(name);
    if (known) return known;
    const registration: Registration = {
      name,
      ref: (control) => {
        if (!control) return undefined;
        const set = this.controls.get(name) ?? new Set<Control>();
        set.add(control);
        this.controls.set(name, set);
        show(control, getAt(this.values, name));
        return () => {
          set.delete(control);
          if (set.size === 0 && this.controls.get(name) === set) this.controls.delete(name);
        };
      },
      onChange: (event) => {
        this.write(name, this.read(name, event.target as Control), false);
        this.notify();
        if (this.mode === "all" || this.state.isSubmitted || this.touched.has(name))
          void this.validate(name);
      },
      onBlur: () => {
        if (this.mode === "onSubmit" && !this.state.isSubmitted) return;
        this.touched.add(name);
        void this.validate(name);
      },
    };
    this.registrations.set(name, registration);
    return registration;
  };

  /** The value a changed control gives its field. */
  private read(name: string, changed: Control): unknown {
    if (changed.type === "checkbox") {
      // A group of boxes sharing a name holds the values ticked; a lone box, true or false.
      if (
        !Array.isArray(getAt(this.values, name)) &&
        !Array.isArray(getAt(this.state.defaultValues, name))
      )
        return !!changed.checked;
      return [...(this.controls.get(name) ?? [changed])]
        .filter((c) => c.checked)
        .map((c) => c.value);
    }
    if (changed.type === "radio") {
      const chosen = [...(this.controls.get(name) ?? [changed])].find((c) => c.checked);
      return chosen ? chosen.value : getAt(this.values, name);
    }
    return changed.value;
  }

  setFocus = (name: Path<V> | (string & {})) => {
    const [first] = this.controls.get(name) ?? [];
    first?.focus();
  };

  // --- Errors and checks --------------------------------------------------------------------

  setError = (
    name: Path<V> | typeof FORM | (string & {}),
    error: { message: string },
    options: { shouldFocus?: boolean } = {},
  ) => {
    this.setState({ errors: { ...this.state.errors, [name]: error.message } });
    this.notify();
    if (options.shouldFocus) this.setFocus(name);
  };

  /** Checks the values; the errors of `name` and the fields under it follow the result. */
  private async validate(name: string) {
    const result = await this.check(this.values);
    const errors: Record<string, string> = {};
    for (const [field, message] of Object.entries(this.state.errors))
      if (!within(field, name)) errors[field] = message;
    if (!result.ok)
      for (const [field, message] of Object.entries(result.errors))
        if (within(field, name)) errors[field] = message;
    this.setState({ errors: sameErrors(errors, this.state.errors) ? this.state.errors : errors });
    this.notify();
  }

  /**
   * The submit handler: checks every value; when they pass, `onValid` gets the parsed values
   * (the form counts as submitting until it returns), otherwise the first control in error
   * takes the focus and `onInvalid` gets the errors, and whether any of them is on a control
   * (an error on a value with none, such as an id, would otherwise show nowhere).
   */
  handleSubmit =
    (
      onValid: (values: Out) => Promise<void> | void,
      onInvalid?: (errors: FieldErrors, shown: boolean) => void,
    ) =>
    async (event?: { preventDefault?: () => void }) => {
      event?.preventDefault?.();
      this.setState({ isSubmitting: true });
      this.notify();
      let result: Checked<Out>;
      try {
        result = await this.check(this.values);
      } catch (error) {
        this.setState({ isSubmitting: false });
        this.notify();
        throw error;
      }
      if (!result.ok) {
        this.setState({ errors: result.errors, isSubmitting: false, isSubmitted: true });
        this.notify();
        onInvalid?.(result.errors, this.focusFirstError());
        return;
      }
      this.setState({ errors: {} });
      this.notify();
      try {
        await onValid(result.values);
      } finally {
        this.setState({ isSubmitting: false, isSubmitted: true });
        this.notify();
      }
    };

  /** Focuses the first control in error; false when no error is on a control. */
  private focusFirstError(): boolean {
    const inError: Control[] = [];
    for (const [field, controls] of this.controls)
      if (field in this.state.errors) {
        const [first] = controls;
        if (first) inError.push(first);
      }
    // In the order of the page (fields are registered as they appear, rows may have moved).
    inError.sort((a, b) =>
      a.compareDocumentPosition && b.compareDocumentPosition
        ? a.compareDocumentPosition(b as unknown as Node) & 4
          ? -1
          : 1
        : 0,
    );
    inError[0]?.focus();
    return inError.length > 0;
  }

  // --- Lists of rows (useFieldArray) --------------------------------------------------------

  /** A key for each row of the list at `name`, for React to keep a row's controls with it. */
  rowsOf = (name: string): string[] => {
    const rows = getAt(this.values, name);
    const length = Array.isArray(rows) ? rows.length : 0;
    const known = this.rowKeys.get(name);
    // The same array while the rows are the same (a snapshot for useSyncExternalStore).
    if (known?.length === length) return known;
    const fitted = fitKeys(known ?? [], length);
    this.rowKeys.set(name, fitted);
    return fitted;
  };

  /**
   * Changes the list at `name`, its row keys alike (`change` runs once on the rows' indexes,
   * where an added row is -1, and once on the rows), and moves the errors of its rows along.
   */
  private changeRows(name: string, change: <T>(items: T[], added: T) => T[], item?: unknown) {
    const rows = getAt(this.values, name);
    const items: unknown[] = Array.isArray(rows) ? rows : [];
    const keys = this.rowsOf(name);
    const indexes = change(
      items.map((_item, index) => index),
      -1,
    );
    this.rowKeys.set(
      name,
      indexes.map((index) => (index < 0 ? newKey() : (keys[index] ?? newKey()))),
    );
    // The controls follow their rows (the keys move them): nothing to fill.
    this.write(name, change(items, item), false);
    const moved: Record<string, string> = {};
    for (const [field, message] of Object.entries(this.state.errors)) {
      if (!field.startsWith(`${name}.`)) {
        moved[field] = message;
        continue;
      }
      const [index, ...rest] = pathOf(field.slice(name.length + 1));
      const to = indexes.indexOf(Number(index));
      if (to >= 0) moved[[name, to, ...rest].join(".")] = message;
    }
    this.setState({ errors: sameErrors(moved, this.state.errors) ? this.state.errors : moved });
    this.notify();
    if (this.state.isSubmitted) void this.validate(name);
  }

  append = (name: string, item: unknown) =>
    this.changeRows(name, (items, added) => [...items, added], item);

  remove = (name: string, at: number) =>
    this.changeRows(name, (items) => items.filter((_item, index) => index !== at));

  move = (name: string, from: number, to: number) =>
    this.changeRows(name, (items) => {
      const next = [...items];
      const [moved] = next.splice(from, 1);
      if (moved !== undefined) next.splice(to, 0, moved);
      return next;
    });
}

function fitKeys(keys: string[], length: number) {
  return Array.from({ length }, (_v, index) => keys[index] ?? newKey());
}

function sameErrors(a: FieldErrors, b: FieldErrors) {
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => a[k] === b[k]);
}

/** Shows a stored value in a control. */
function show(control: Control, value: unknown) {
  if (control.type === "checkbox") {
    control.checked = Array.isArray(value) ? value.includes(control.value) : value === true;
  } else if (control.type === "radio") {
    control.checked = value !== null && value !== undefined && String(value) === control.value;
  } else if (control.type !== "file") {
    const text = value === null || value === undefined ? "" : String(value);
    if (control.value !== text) control.value = text;
  }
}
