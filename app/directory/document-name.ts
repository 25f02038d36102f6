/**
 * A document as readers name it: "Title, Author, Date". Pure, for pages and downloads alike; a file
 * name is never what a reader reads.
 *
 * @example
 * documentName({ title: "Progress Report 2015", author: "Welsh Government", date: "2015" }) // "Progress Report 2015, Welsh Government, 2015"
 */
export function documentName(d: { title: string; author: string; date: string | null }): string {
  return [d.title, d.author, d.date].filter(Boolean).join(", ");
}
