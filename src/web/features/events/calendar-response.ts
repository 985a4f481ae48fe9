/** An .ics answer: a download ("attachment") or a feed that calendar apps poll ("inline"). */
export function calendarResponse(
  ics: string,
  options: { filename: string; disposition: "inline" | "attachment"; private: boolean },
): Response {
  return new Response(ics, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `${options.disposition}; filename="${options.filename}"`,
      // Apps poll; a minute's cache spares the database without hiding a change for long.
      "Cache-Control": `${options.private ? "private" : "public"}, max-age=60`,
      ...(options.private ? { "X-Robots-Tag": "noindex" } : {}),
    },
  });
}
