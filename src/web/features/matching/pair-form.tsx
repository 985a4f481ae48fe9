import { Form } from "react-router";

/** "Pair with this person"; with `confirm`, the facilitator has accepted breaking a hard rule. */
export function PairForm(props: { partnerId: string; label: string; confirm?: boolean }) {
  return (
    <Form method="post">
      <input type="hidden" name="partner" value={props.partnerId} />
      {props.confirm && <input type="hidden" name="confirm" value="on" />}
      <button
        type="submit"
        className={props.confirm ? "button button--danger" : "button button--small"}
      >
        {props.label}
      </button>
    </Form>
  );
}
