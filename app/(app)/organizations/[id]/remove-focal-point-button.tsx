"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, useTransition } from "react";
import { FormAlert } from "@/app/_components/form-alert";
import { removeFocalPointAction } from "@/lib/organizations/actions";

/** Two steps: "Remove" asks for confirmation before anything changes. */
export function RemoveFocalPointButton(props: {
  organizationId: string;
  version: number;
  userId: string;
  name: string;
}) {
  const t = useTranslations("organizations");
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const cancelRef = useRef<HTMLButtonElement>(null);
  // Focus the safe choice when the confirmation appears.
  useEffect(() => {
    if (confirming) cancelRef.current?.focus();
  }, [confirming]);

  if (!confirming) {
    return (
      <button type="button" className="button danger" onClick={() => setConfirming(true)}>
        {t("remove")}
        <span className="visually-hidden"> {props.name}</span>
      </button>
    );
  }
  return (
    <fieldset className="stack" style={{ maxWidth: 260 }}>
      <legend className="visually-hidden">{t("confirmRemoval")}</legend>
      <p>{t("confirmRemoveFocalPoint", { name: props.name })}</p>
      <FormAlert error={error} />
      <div className="actions-row">
        <button
          type="button"
          className="button danger"
          disabled={pending}
          onClick={() =>
            startTransition(async () => {
              const { name: _name, ...input } = props;
              const result = await removeFocalPointAction(input);
              if (result.ok) {
                setConfirming(false);
                router.refresh();
              } else {
                setError(result.formError);
              }
            })
          }
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
