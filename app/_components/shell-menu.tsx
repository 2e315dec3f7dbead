"use client";

import { usePathname } from "next/navigation";
import { type ReactNode, useEffect, useId, useState } from "react";

/**
 * On a small screen the navigation folds behind a menu button (on a wide one it is always
 * there, and the button is not shown); it closes again when a link is followed.
 */
export function ShellMenu({ label, children }: { label: string; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const pathname = usePathname();
  // biome-ignore lint/correctness/useExhaustiveDependencies: the path changing is the trigger.
  useEffect(() => setOpen(false), [pathname]);
  return (
    <>
      <button
        type="button"
        className="button secondary menu-button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((o) => !o)}
      >
        {label}
      </button>
      <div id={id} className={open ? "menu-panel open" : "menu-panel"}>
        {children}
      </div>
    </>
  );
}
