import { Fragment } from "react";
import { pythonPieces } from "./pythonPieces.ts";

/** A line of Python with its wrap points marked (<wbr>). */
export function PythonLine({ code }: { code: string }) {
  return (
    <>
      {pythonPieces(code).map((piece, i) => (
        <Fragment key={i}>
          {i > 0 && <wbr />}
          {piece}
        </Fragment>
      ))}
    </>
  );
}
