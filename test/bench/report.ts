// One line per figure, `name: value unit`, with pass/fail against a target where there is one.
export interface Target {
  readonly op: '<=' | '>=' | '<';
  readonly value: number;
}

export interface Figure {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  readonly target?: Target;
}

export function formatFigure(f: Figure): string {
  const value = Number.isInteger(f.value) ? String(f.value) : f.value.toFixed(2);
  if (!f.target) return `${f.name}: ${value} ${f.unit}`.trimEnd();
  const { op, value: limit } = f.target;
  const ok = op === '<=' ? f.value <= limit : op === '<' ? f.value < limit : f.value >= limit;
  return `${f.name}: ${value} ${f.unit} (target ${f.target.op} ${f.target.value}: ${ok ? 'pass' : 'FAIL'})`;
}

export const atMost = (value: number): Target => ({ op: '<=', value });
export const atLeast = (value: number): Target => ({ op: '>=', value });
export const below = (value: number): Target => ({ op: '<', value });
