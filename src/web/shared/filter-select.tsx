/**
 * One filter of a GET search form: a labelled select named `name` (id `filter-<name>`),
 * with an empty first choice ("any") when `anyLabel` is given.
 */
export function FilterSelect(props: {
  name: string;
  label: string;
  value: string;
  options: readonly { value: string; label: string }[];
  anyLabel?: string;
}) {
  const id = `filter-${props.name}`;
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      <select id={id} name={props.name} defaultValue={props.value}>
        {props.anyLabel !== undefined && <option value="">{props.anyLabel}</option>}
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
