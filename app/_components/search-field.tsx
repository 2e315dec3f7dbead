import { getTranslations } from "next-intl/server";

/** A filter's search by part of a name, in a GET form: its label, and the same hint everywhere. */
export async function SearchField({
  name,
  label,
  defaultValue,
}: {
  name: string;
  label: string;
  defaultValue: string;
}) {
  const t = await getTranslations("filters");
  return (
    <div className="field">
      <label htmlFor={name}>{label}</label>
      <input
        id={name}
        name={name}
        type="search"
        defaultValue={defaultValue}
        aria-describedby={`${name}-hint`}
      />
      <span id={`${name}-hint`} className="hint">
        {t("nameHint")}
      </span>
    </div>
  );
}
