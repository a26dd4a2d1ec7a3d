// Only the part of jstat the pay regression uses (the package ships no types).
declare module "jstat" {
  interface JStat {
    /** Regularised incomplete beta function I_x(a, b). */
    ibeta(x: number, a: number, b: number): number;
    studentt: {
      cdf(x: number, dof: number): number;
      inv(p: number, dof: number): number;
    };
  }
  const jStat: JStat;
  export default jStat;
}
