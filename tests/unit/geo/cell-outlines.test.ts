/**
 * Grid cells dissolved into outlines: the gap areas on the maps are drawn from these, one shape with
 * one outer stroke per area instead of rectangles whose shared edges showed as seams.
 */
import { describe, expect, it } from "vitest";
import { outlineCells, type CellRect, type GridCorner } from "../../../geo/coverage/cell-outlines";
import { expectGolden } from "../../golden";
import { mulberry32 } from "../../random";

const fixtureUrl = (name: string) => new URL(`../../fixtures/geo/coverage/${name}`, import.meta.url);
const cells = (...xy: [number, number][]): CellRect[] => xy.map(([x, y]) => ({ first: x, last: x, rowFirst: y, rowLast: y }));

function doubleArea(ring: GridCorner[]): number {
  let sum = 0;
  for (let i = 1; i < ring.length; i++) sum += ring[i - 1][0] * ring[i][1] - ring[i][0] * ring[i - 1][1];
  return sum;
}

function inside(rings: GridCorner[][], px: number, py: number): boolean {
  let count = 0;
  for (const ring of rings) {
    for (let i = 1; i < ring.length; i++) {
      const [x1, y1] = ring[i - 1];
      const [x2, y2] = ring[i];
      if (y1 > py !== y2 > py && px < x1 + ((py - y1) * (x2 - x1)) / (y2 - y1)) count++;
    }
  }
  return count % 2 === 1;
}


// Shapes drawn row by row from the top: "#" is a cell.
function drawn(picture: string): CellRect[] {
  const rows = picture.trim().split("\n").reverse();
  return rows.flatMap((row, y) => [...row].flatMap((c, x) => (c === "#" ? cells([x, y]) : [])));
}

const SHAPES: Record<string, string> = {
  ell: "#.\n##",
  ring: "###\n#.#\n###",
  diagonal: "#.\n.#",
  islandInHole: "#####\n#...#\n#.#.#\n#...#\n#####",
  twoHolesAndATail: "######\n#.##.#\n######\n.....#\n....##",
};

describe("outlineCells", () => {
  it("matches the golden outlines of small shapes (an L, a ring, diagonal cells, an island in a hole, two holes)", () => {
    expectGolden(fixtureUrl("cell-outlines.expected.json"), Object.fromEntries(Object.entries(SHAPES).map(([name, picture]) => [name, outlineCells(drawn(picture))])));
  });

  it("draws an L of three cells as one ring with only its six corners, counter-clockwise", () => {
    expect(outlineCells(drawn(SHAPES.ell))).toEqual([
      [
        [
          [0, 0],
          [2, 0],
          [2, 1],
          [1, 1],
          [1, 2],
          [0, 2],
          [0, 0],
        ],
      ],
    ]);
  });

  it("merges overlapping and touching rectangles into one outline", () => {
    const rects = [
      { first: 0, last: 3, rowFirst: 0, rowLast: 1 },
      { first: 2, last: 5, rowFirst: 1, rowLast: 2 },
      { first: 6, last: 6, rowFirst: 2, rowLast: 2 },
    ];
    const polygons = outlineCells(rects);
    expect(polygons).toHaveLength(1);
    expect(polygons[0]).toHaveLength(1);
    expect(doubleArea(polygons[0][0]) / 2).toBe(8 + 8 - 2 + 1);
  });

  it("keeps a hole in its outline (clockwise) and an island inside the hole as a polygon of its own", () => {
    const polygons = outlineCells(drawn(SHAPES.islandInHole));
    expect(polygons).toHaveLength(2);
    const [frame, island] = polygons;
    expect(frame).toHaveLength(2);
    expect(doubleArea(frame[0])).toBeGreaterThan(0);
    expect(doubleArea(frame[1])).toBeLessThan(0);
    expect(island).toEqual([
      [
        [2, 2],
        [3, 2],
        [3, 3],
        [2, 3],
        [2, 2],
      ],
    ]);
  });

  it("keeps cells that touch only at a corner apart", () => {
    expect(outlineCells(drawn(SHAPES.diagonal))).toHaveLength(2);
  });

  it("covers exactly the given cells, with closed, right-angled rings and no corner left where the outline runs straight", () => {
    const random = mulberry32(3);
    for (let run = 0; run < 60; run++) {
      const w = 3 + Math.floor(random() * 12);
      const h = 3 + Math.floor(random() * 12);
      const density = 0.3 + random() * 0.5;
      const on = new Set<string>();
      const rects: CellRect[] = [];
      for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) if (random() < density) (on.add(`${x},${y}`), rects.push(...cells([x + 10, y - 4])));
      const polygons = outlineCells(rects);
      let area = 0;
      for (const polygon of polygons) {
        polygon.forEach((ring, i) => {
          expect(ring[0]).toEqual(ring[ring.length - 1]);
          expect(Math.sign(doubleArea(ring))).toBe(i === 0 ? 1 : -1);
          for (let k = 1; k < ring.length; k++) {
            const [a, b, c] = [ring[k - 1], ring[k], ring[k + 1 === ring.length ? 1 : k + 1]];
            expect(a[0] === b[0] || a[1] === b[1]).toBe(true);
            // Consecutive edges turn: no corner in the middle of a straight run.
            expect((a[0] === b[0] && b[0] === c[0]) || (a[1] === b[1] && b[1] === c[1])).toBe(false);
          }
          area += doubleArea(ring) / 2;
        });
      }
      expect(area).toBe(on.size);
      const rings = polygons.flat();
      for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) expect(inside(rings, x + 10.5, y - 3.5)).toBe(on.has(`${x},${y}`));
    }
  });

  it("returns nothing for no cells, and throws on a rectangle that is not whole cells", () => {
    expect(outlineCells([])).toEqual([]);
    expect(() => outlineCells([{ first: 2, last: 1, rowFirst: 0, rowLast: 0 }])).toThrow('Not a rectangle of whole cells: {"first":2,"last":1,"rowFirst":0,"rowLast":0}');
    expect(() => outlineCells([{ first: 0, last: 0.5, rowFirst: 0, rowLast: 0 }])).toThrow("Not a rectangle of whole cells");
  });
});
