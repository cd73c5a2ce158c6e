import type { CalculationProvenance } from '../../core/index.js';
import { formatDecimal } from '../ui/index.js';

/** A calculated fact: the formula, the activity rows it used and the exact factors with their sources. */
export function CalculationSource({ source }: { readonly source: CalculationProvenance }) {
  return (
    <section aria-label="Calculation">
      <h3>Formula</h3>
      <p className="quote">{source.formula}</p>
      <div className="table-wrap">
        <table>
          <caption>Inputs ({source.inputs.length})</caption>
          <thead>
            <tr>
              <th scope="col">Row</th>
              <th scope="col">Activity</th>
              <th scope="col" className="num">
                Amount
              </th>
              <th scope="col">Unit</th>
            </tr>
          </thead>
          <tbody>
            {source.inputs.map((input, i) => (
              <tr key={`${String(input.row ?? 'x')}-${String(i)}`}>
                <td>{input.row ?? '—'}</td>
                <td>{input.activity}</td>
                <td className="num">{formatDecimal(input.amount)}</td>
                <td>{input.unit}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {source.factors.length > 0 && (
        <div className="table-wrap">
          <table>
            <caption>Factors ({source.factors.length})</caption>
            <thead>
              <tr>
                <th scope="col">Factor</th>
                <th scope="col" className="num">
                  Value
                </th>
                <th scope="col">Unit</th>
                <th scope="col">Source</th>
              </tr>
            </thead>
            <tbody>
              {source.factors.map((f) => (
                <tr key={f.id}>
                  <td>{f.id}</td>
                  <td className="num">{f.value}</td>
                  <td>{f.unit}</td>
                  <td>
                    {f.source}
                    {f.dataYear === undefined ? '' : ` (${String(f.dataYear)} data)`}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
