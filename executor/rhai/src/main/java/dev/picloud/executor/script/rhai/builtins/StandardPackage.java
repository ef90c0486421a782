package dev.picloud.executor.script.rhai.builtins;

/**
 * Rhai's {@code StandardPackage}: everything a default {@code Engine::new()} has. Milestone 1
 * contains the core packages; the remaining standard packages are added here as they land.
 */
public final class StandardPackage implements Package {
  @Override
  public void register(FunctionTable.Builder t) {
    t.include(new CorePackage());
    t.include(new ArithmeticPackage());
    t.include(new IteratorPackage());
    t.include(new SteppedRangePackage());
    t.include(new BlobPackage());
    t.include(new BlobBytesPackage());
    t.include(new MathPackage());
    t.include(new BitFieldPackage());
    t.include(new TimePackage());
    t.include(new StringPackage());
    t.include(new StringEditPackage());
    t.include(new StringSlicePackage());
    t.include(new StringSplitPackage());
    t.include(new LogicPackage());
    t.include(new ArrayPackage());
    t.include(new MapPackage());
    t.include(new ReflectionPackage());
  }
}
