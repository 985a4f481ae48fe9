import { useFixedT } from "../../../shared/use-fixed-t.ts";
import { Link } from "react-router";
import { DateTime } from "../../../shared/date-time.tsx";

/** Shown comments, oldest first: plain text kept as written (escaped by React). */
export function CommentList(props: {
  comments: {
    id: string;
    body: string;
    createdAt: Date;
    authorName: string | null;
    reportedByViewer: boolean;
  }[];
  mayReport: boolean;
  mayHide: boolean;
}) {
  const t = useFixedT("news");
  return (
    <ol className="plain-list">
      {props.comments.map((comment) => {
        const author = comment.authorName ?? t("byUnknown");
        const about = t("comments.about", { author });
        return (
          <li key={comment.id} className="card" id={`comment-${comment.id}`}>
            <p className="muted">
              <strong>{author}</strong> · <DateTime value={comment.createdAt} />
            </p>
            <p style={{ whiteSpace: "pre-line" }}>{comment.body}</p>
            <p className="row-actions">
              {props.mayReport &&
                (comment.reportedByViewer ? (
                  <span className="muted">{t("comments.reported")}</span>
                ) : (
                  <Link to={`/news/comments/${comment.id}/report`}>
                    {t("comments.report")}
                    <span className="visually-hidden"> {about}</span>
                  </Link>
                ))}
              {props.mayHide && (
                <>
                  {props.mayReport && " · "}
                  <Link to={`/news/comments/${comment.id}/hide`}>
                    {t("comments.hide")}
                    <span className="visually-hidden"> {about}</span>
                  </Link>
                </>
              )}
            </p>
          </li>
        );
      })}
    </ol>
  );
}
