import { describe, expect, it, vi } from "vitest";
import { type Checked, type Control, FormStore, getAt, setAt } from "./form-store";

// The form store without a browser: stand-in controls with the properties the store uses.

type Values = {
  title: string;
  attending: boolean;
  languages: string[];
  level: string;
  delegation: { name: string }[];
};

const defaults: Values = {
  title: "Report",
  attending: false,
  languages: ["en"],
  level: "head",
  delegation: [{ name: "A" }, { name: "B" }, { name: "C" }],
};

/** Title required; each delegate named. */
async function check(values: Values): Promise<Checked<Values & { checked: true }>> {
  const errors: Record<string, string> = {};
  if (!values.title.trim()) errors.title = "required";
  values.delegation.forEach((member, index) => {
    if (!member.name.trim()) errors[`delegation.${index}.name`] = "required";
  });
  if (values.delegation.length > 3) errors.delegation = "tooMany";
  return Object.keys(errors).length
    ? { ok: false, errors }
    : { ok: true, values: { ...values, checked: true } };
}

function control(type = "text", value = "") {
  const focus = vi.fn<(options?: FocusOptions) => void>();
  return { type, value, checked: false, focus } satisfies Control;
}

function attach(store: FormStore<Values, unknown>, name: string, element: Control) {
  const registration = store.register(name);
  registration.ref(element);
  return {
    type: (value: string) => {
      element.value = value;
      registration.onChange({ target: element });
    },
    tick: (checked: boolean) => {
      element.checked = checked;
      registration.onChange({ target: element });
    },
    blur: () => registration.onBlur(),
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("paths", () => {
  it("reads and writes dotted paths, copying only what lies on the path", () => {
    const values = { a: { b: [{ c: 1 }, { c: 2 }] }, other: { x: 1 } };
    const next = setAt(values, "a.b.1.c", 5);
    expect(getAt(next, "a.b.1.c")).toBe(5);
    expect(getAt(values, "a.b.1.c")).toBe(2);
    expect(next.other).toBe(values.other);
    expect(getAt(setAt({}, "list.0.name", "x"), "list")).toEqual([{ name: "x" }]);
    expect(getAt(values, "a.missing.deeper")).toBeUndefined();
  });
});

describe("FormStore", () => {
  it("fills controls with the loaded values, keeps what is typed, and knows when it differs", () => {
    const store = new FormStore<Values, unknown>({ defaultValues: defaults, check });
    const title = control();
    const field = attach(store, "title", title);
    expect(title.value).toBe("Report");
    field.type("Report of the group");
    expect(store.getValues("title")).toBe("Report of the group");
    expect(store.getState().isDirty).toBe(true);
    field.type("Report");
    expect(store.getState().isDirty).toBe(false);
    // The same props for a name each render: React keeps the control registered once.
    expect(store.register("title")).toBe(store.register("title"));
  });

  it("reads a lone checkbox as true or false, a group as the values ticked, radios as the one chosen", () => {
    const store = new FormStore<Values, unknown>({ defaultValues: defaults, check });
    const lone = control("checkbox", "on");
    const attending = attach(store, "attending", lone);
    const en = control("checkbox", "en");
    const fr = control("checkbox", "fr");
    attach(store, "languages", en);
    const french = attach(store, "languages", fr);
    expect([en.checked, fr.checked]).toEqual([true, false]);
    attending.tick(true);
    french.tick(true);
    expect(store.getValues("attending")).toBe(true);
    expect(store.getValues("languages")).toEqual(["en", "fr"]);
    const head = control("radio", "head");
    const deputy = control("radio", "deputy");
    attach(store, "level", head);
    const second = attach(store, "level", deputy);
    expect([head.checked, deputy.checked]).toEqual([true, false]);
    head.checked = false;
    second.tick(true);
    expect(store.getValues("level")).toBe("deputy");
  });

  it("checks a field once left, then on every change ('onTouched')", async () => {
    const store = new FormStore<Values, unknown>({ defaultValues: defaults, check });
    const field = attach(store, "title", control());
    field.type("");
    await settle();
    expect(store.getState().errors).toEqual({});
    field.blur();
    await settle();
    expect(store.getState().errors).toEqual({ title: "required" });
    field.type("Back");
    await settle();
    expect(store.getState().errors).toEqual({});
  });

  it("checks nothing before the first submit in 'onSubmit' mode, then every change", async () => {
    const store = new FormStore<Values, unknown>({
      defaultValues: defaults,
      check,
      mode: "onSubmit",
    });
    const field = attach(store, "title", control());
    field.type("");
    field.blur();
    await settle();
    expect(store.getState().errors).toEqual({});
    await store.handleSubmit(() => undefined)();
    expect(store.getState().errors).toEqual({ title: "required" });
    field.type("x");
    await settle();
    expect(store.getState().errors).toEqual({});
  });

  it("on submit with errors: sends nothing, shows every error, focuses the first field in error", async () => {
    const store = new FormStore<Values, unknown>({ defaultValues: defaults, check });
    const title = control();
    const firstName = control();
    attach(store, "title", title);
    attach(store, "delegation.0.name", firstName).type(" ");
    const onValid = vi.fn();
    const onInvalid = vi.fn();
    await store.handleSubmit(onValid, onInvalid)();
    expect(onValid).not.toHaveBeenCalled();
    expect(onInvalid).toHaveBeenCalledWith({ "delegation.0.name": "required" }, true);
    expect(firstName.focus).toHaveBeenCalledOnce();
    expect(title.focus).not.toHaveBeenCalled();
    expect(store.getState()).toMatchObject({ isSubmitted: true, isSubmitting: false });
  });

  it("on submit with an error on a value no control shows: says so to onInvalid", async () => {
    const store = new FormStore<Values, unknown>({
      defaultValues: { ...defaults, title: "" },
      check,
    });
    const onInvalid = vi.fn();
    await store.handleSubmit(() => undefined, onInvalid)();
    expect(onInvalid).toHaveBeenCalledWith({ title: "required" }, false);
  });

  it("on submit with valid values: passes the checked values and counts as submitting until done", async () => {
    const store = new FormStore<Values, unknown>({ defaultValues: defaults, check });
    const preventDefault = vi.fn();
    let during: boolean | undefined;
    const onValid = vi.fn(async () => {
      during = store.getState().isSubmitting;
    });
    await store.handleSubmit(onValid)({ preventDefault });
    expect(preventDefault).toHaveBeenCalled();
    expect(onValid).toHaveBeenCalledWith({ ...defaults, checked: true });
    expect(during).toBe(true);
    expect(store.getState().isSubmitting).toBe(false);
  });

  it("sets the server's errors on their fields and focuses the one asked", () => {
    const store = new FormStore<Values, unknown>({ defaultValues: defaults, check });
    const title = control();
    attach(store, "title", title);
    store.setError("title", { message: "taken" }, { shouldFocus: true });
    expect(store.getState().errors.title).toBe("taken");
    expect(title.focus).toHaveBeenCalledOnce();
  });

  it("setValue shows a whole list in its controls; reset loads new values as the unchanged state", async () => {
    const store = new FormStore<Values, unknown>({ defaultValues: defaults, check });
    const names = [control(), control(), control()];
    names.forEach((c, i) => {
      attach(store, `delegation.${i}.name`, c);
    });
    store.setValue("delegation", [{ name: "C" }, { name: "" }, { name: "A" }], {
      shouldValidate: true,
    });
    expect(names.map((c) => c.value)).toEqual(["C", "", "A"]);
    await settle();
    expect(store.getState().errors).toEqual({ "delegation.1.name": "required" });
    store.reset({ ...defaults, title: "Saved", delegation: [{ name: "X" }] });
    expect(names[0]?.value).toBe("X");
    expect(store.getState()).toMatchObject({ errors: {}, isDirty: false });
    expect(store.getState().defaultValues.title).toBe("Saved");
  });

  it("keeps a key with each row as rows are added, moved and removed, and their errors with them", async () => {
    const store = new FormStore<Values, unknown>({ defaultValues: defaults, check });
    const [a, b, c] = store.rowsOf("delegation");
    expect(new Set([a, b, c]).size).toBe(3);
    store.setError("delegation.2.name", { message: "required" });
    store.move("delegation", 2, 0);
    expect(store.rowsOf("delegation")).toEqual([c, a, b]);
    expect(store.getValues("delegation").map((m) => m.name)).toEqual(["C", "A", "B"]);
    expect(store.getState().errors).toEqual({ "delegation.0.name": "required" });
    store.remove("delegation", 0);
    expect(store.rowsOf("delegation")).toEqual([a, b]);
    expect(store.getState().errors).toEqual({});
    store.append("delegation", { name: "D" });
    const rows = store.rowsOf("delegation");
    expect(rows.slice(0, 2)).toEqual([a, b]);
    expect(rows[2]).not.toBe(c);
    expect(store.getValues("delegation.2.name")).toBe("D");
  });

  it("re-checks a list after a change once submitted (a row too many goes, so does the error)", async () => {
    const store = new FormStore<Values, unknown>({ defaultValues: defaults, check });
    store.append("delegation", { name: "D" });
    await store.handleSubmit(() => undefined)();
    expect(store.getState().errors).toEqual({ delegation: "tooMany" });
    store.remove("delegation", 3);
    await settle();
    expect(store.getState().errors).toEqual({});
  });

  it("tells its subscribers, and keeps the same state object while nothing they show changed", () => {
    const store = new FormStore<Values, unknown>({ defaultValues: defaults, check });
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    const before = store.getState();
    attach(store, "title", control()).type("Report");
    expect(listener).toHaveBeenCalled();
    expect(store.getState()).toBe(before);
    unsubscribe();
  });

  it("forgets a control once it is removed from the page", () => {
    const store = new FormStore<Values, unknown>({ defaultValues: defaults, check });
    const title = control();
    const cleanup = store.register("title").ref(title);
    cleanup?.();
    store.setValue("title", "Changed");
    expect(title.value).toBe("Report");
  });
});

describe("snapshots", () => {
  it("gives the same row keys on every call while the rows stay, even for a list not given", () => {
    const store = new FormStore<Partial<Values>, unknown>({
      defaultValues: {},
      check: async () => ({ ok: true, values: {} }),
    });
    expect(store.rowsOf("delegation")).toBe(store.rowsOf("delegation"));
    expect(store.rowsOf("delegation")).toEqual([]);
  });
});
