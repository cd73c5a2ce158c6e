// echarts' prebuilt, minified ES module: the same API as the package root, whose types it shares. One
// file parses in a tenth of the CPU time of the few hundred modules `echarts/core` and friends pull in
// (measured: ~0.13 s against ~1 s), and the SSR SVG renderer is in it.
declare module 'echarts/dist/echarts.esm.min' {
  export * from 'echarts';
}
