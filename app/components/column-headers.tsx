/** A table's column headers, one `<th scope="col">` per label. */
export function ColumnHeaders({ labels, className }: { labels: string[]; className?: string }) {
  return (
    <>
      {labels.map((label) => (
        <th key={label} scope="col" className={className}>
          {label}
        </th>
      ))}
    </>
  );
}
