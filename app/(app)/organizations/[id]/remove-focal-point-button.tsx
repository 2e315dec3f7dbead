"use client";

import { useEffect, useRef, useState } from "react";
import { useActionCall } from "@/app/_components/form/use-action-call";
import { FormAlert } from "@/app/_components/form-alert";
import { useTranslations } from "@/app/_components/intl";
import { removeFocalPointAction } from "@/lib/organizations/actions";

/** Two steps: "Remove" asks for confirmation before anything changes. */
export function RemoveFocalPointButton(props: {
  organizationId: string;
  version: number;
  userId: string;
  name: string;
}) {
  const t = useTranslations("organizations");
  const [confirming, setConfirming] = useState(false);
  // On success the refreshed page no longer lists the person, and this button goes with them.
  const removal = useActionCall(removeFocalPointAction);
  const cancelRef = useRef<HTMLButtonElement>(null);
  // Focus the safe choice when the confirmation appears.
  useEffect(() => {
    if (confirming) cancelRef.current?.focus();
  }, [confirming]);

  if (!confirming) {
    return (
      <button
        type="button"
        className="button danger"
        disabled={removal.disabled}
        onClick={() => setConfirming(true)}
      >
        {t("remove")}
        <span className="visually-hidden"> {props.name}</span>
      </button>
    );
  }
  return (
    <fieldset className="stack narrow-s">
      <legend className="visually-hidden">{t("confirmRemoval")}</legend>
      <p>{t("confirmRemoveFocalPoint", { name: props.name })}</p>
      <FormAlert error={removal.error} />
      <div className="actions-row">
        <button
          type="button"
          className="button danger"
          disabled={removal.disabled}
          aria-disabled={removal.disabled}
          onClick={() => {
            const { name: _name, ...input } = props;
            removal.run(input);
          }}
        >
          {t("confirmRemove")}
        </button>
        <button
          type="button"
          className="button secondary"
          ref={cancelRef}
          onClick={() => setConfirming(false)}
        >
          {t("cancel")}
        </button>
      </div>
    </fieldset>
  );
}
