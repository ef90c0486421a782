package dev.picloud.executor.script.rhai.eval;

import dev.picloud.executor.script.rhai.Position;

/**
 * Binary operator nodes. Each handles (INT,INT) and (FLOAT,FLOAT) inline (and strings where it
 * matters) before falling back to {@link Ops#binary}, so the JIT sees one small, monomorphic
 * fast path per operator.
 */
final class OpNodes {
  private OpNodes() {}

  /** Base: two operands and the operator text for the generic path. */
  abstract static class Bin extends Node {
    final Node l;
    final Node r;
    final String op;

    Bin(Position pos, String op, Node l, Node r) {
      super(pos);
      this.op = op;
      this.l = l;
      this.r = r;
    }

    final Object slow(Frame f, Object a, Object b) {
      return Ops.binary(op, a, b, f.rt, f.unit, pos);
    }
  }

  /** Any other binary operator. */
  static final class Generic extends Bin {
    Generic(Position pos, String op, Node l, Node r) {
      super(pos, op, l, r);
    }

    @Override
    public Object eval(Frame f) {
      return slow(f, l.evalRef(f), r.evalRef(f));
    }
  }

  /** {@code +}. */
  static final class Add extends Bin {
    Add(Position pos, Node l, Node r) {
      super(pos, "+", l, r);
    }

    @Override
    public Object eval(Frame f) {
      Object a = l.evalRef(f);
      Object b = r.evalRef(f);
      if (a instanceof Long x && b instanceof Long y) {
        return Ops.add(x, y);
      }
      if (a instanceof Double x && b instanceof Double y) {
        return x + y;
      }
      if (a instanceof String x && b instanceof String y) {
        return Ops.concat(f.rt, x, y, pos);
      }
      return slow(f, a, b);
    }
  }

  /** {@code -}. */
  static final class Sub extends Bin {
    Sub(Position pos, Node l, Node r) {
      super(pos, "-", l, r);
    }

    @Override
    public Object eval(Frame f) {
      Object a = l.evalRef(f);
      Object b = r.evalRef(f);
      if (a instanceof Long x && b instanceof Long y) {
        return Ops.sub(x, y);
      }
      if (a instanceof Double x && b instanceof Double y) {
        return x - y;
      }
      return slow(f, a, b);
    }
  }

  /** {@code *}. */
  static final class Mul extends Bin {
    Mul(Position pos, Node l, Node r) {
      super(pos, "*", l, r);
    }

    @Override
    public Object eval(Frame f) {
      Object a = l.evalRef(f);
      Object b = r.evalRef(f);
      if (a instanceof Long x && b instanceof Long y) {
        return Ops.mul(x, y);
      }
      if (a instanceof Double x && b instanceof Double y) {
        return x * y;
      }
      return slow(f, a, b);
    }
  }

  /** {@code /}. */
  static final class Div extends Bin {
    Div(Position pos, Node l, Node r) {
      super(pos, "/", l, r);
    }

    @Override
    public Object eval(Frame f) {
      Object a = l.evalRef(f);
      Object b = r.evalRef(f);
      if (a instanceof Long x && b instanceof Long y) {
        return Ops.div(x, y);
      }
      if (a instanceof Double x && b instanceof Double y) {
        return x / y;
      }
      return slow(f, a, b);
    }
  }

  /** {@code %}. */
  static final class Mod extends Bin {
    Mod(Position pos, Node l, Node r) {
      super(pos, "%", l, r);
    }

    @Override
    public Object eval(Frame f) {
      Object a = l.evalRef(f);
      Object b = r.evalRef(f);
      if (a instanceof Long x && b instanceof Long y) {
        return Ops.mod(x, y);
      }
      if (a instanceof Double x && b instanceof Double y) {
        return x % y;
      }
      return slow(f, a, b);
    }
  }

  /** {@code <}. */
  static final class Lt extends Bin {
    Lt(Position pos, Node l, Node r) {
      super(pos, "<", l, r);
    }

    @Override
    public Object eval(Frame f) {
      Object a = l.evalRef(f);
      Object b = r.evalRef(f);
      if (a instanceof Long x && b instanceof Long y) {
        return x < y;
      }
      if (a instanceof Double x && b instanceof Double y) {
        return Ops.flt(x, y);
      }
      return slow(f, a, b);
    }

    @Override
    public boolean evalBool(Frame f) {
      Object a = l.evalRef(f);
      Object b = r.evalRef(f);
      if (a instanceof Long x && b instanceof Long y) {
        return x < y;
      }
      Object v = a instanceof Double x && b instanceof Double y ? (Object) (Ops.flt(x, y)) : slow(f, a, b);
      if (v instanceof Boolean z) {
        return z;
      }
      return super.evalBool(f);
    }
  }

  /** {@code <=}. */
  static final class Le extends Bin {
    Le(Position pos, Node l, Node r) {
      super(pos, "<=", l, r);
    }

    @Override
    public Object eval(Frame f) {
      Object a = l.evalRef(f);
      Object b = r.evalRef(f);
      if (a instanceof Long x && b instanceof Long y) {
        return x <= y;
      }
      if (a instanceof Double x && b instanceof Double y) {
        return Ops.fle(x, y);
      }
      return slow(f, a, b);
    }

    @Override
    public boolean evalBool(Frame f) {
      Object a = l.evalRef(f);
      Object b = r.evalRef(f);
      if (a instanceof Long x && b instanceof Long y) {
        return x <= y;
      }
      Object v = a instanceof Double x && b instanceof Double y ? (Object) (Ops.fle(x, y)) : slow(f, a, b);
      if (v instanceof Boolean z) {
        return z;
      }
      return super.evalBool(f);
    }
  }

  /** {@code >}. */
  static final class Gt extends Bin {
    Gt(Position pos, Node l, Node r) {
      super(pos, ">", l, r);
    }

    @Override
    public Object eval(Frame f) {
      Object a = l.evalRef(f);
      Object b = r.evalRef(f);
      if (a instanceof Long x && b instanceof Long y) {
        return x > y;
      }
      if (a instanceof Double x && b instanceof Double y) {
        return Ops.fgt(x, y);
      }
      return slow(f, a, b);
    }

    @Override
    public boolean evalBool(Frame f) {
      Object a = l.evalRef(f);
      Object b = r.evalRef(f);
      if (a instanceof Long x && b instanceof Long y) {
        return x > y;
      }
      Object v = a instanceof Double x && b instanceof Double y ? (Object) (Ops.fgt(x, y)) : slow(f, a, b);
      if (v instanceof Boolean z) {
        return z;
      }
      return super.evalBool(f);
    }
  }

  /** {@code >=}. */
  static final class Ge extends Bin {
    Ge(Position pos, Node l, Node r) {
      super(pos, ">=", l, r);
    }

    @Override
    public Object eval(Frame f) {
      Object a = l.evalRef(f);
      Object b = r.evalRef(f);
      if (a instanceof Long x && b instanceof Long y) {
        return x >= y;
      }
      if (a instanceof Double x && b instanceof Double y) {
        return Ops.fge(x, y);
      }
      return slow(f, a, b);
    }

    @Override
    public boolean evalBool(Frame f) {
      Object a = l.evalRef(f);
      Object b = r.evalRef(f);
      if (a instanceof Long x && b instanceof Long y) {
        return x >= y;
      }
      Object v = a instanceof Double x && b instanceof Double y ? (Object) (Ops.fge(x, y)) : slow(f, a, b);
      if (v instanceof Boolean z) {
        return z;
      }
      return super.evalBool(f);
    }
  }

  /** {@code ==}. */
  static final class Eq extends Bin {
    Eq(Position pos, Node l, Node r) {
      super(pos, "==", l, r);
    }

    @Override
    public Object eval(Frame f) {
      Object a = l.evalRef(f);
      Object b = r.evalRef(f);
      if (a instanceof Long x && b instanceof Long y) {
        return x.longValue() == y.longValue();
      }
      if (a instanceof Double x && b instanceof Double y) {
        return Ops.feq(x, y);
      }
      if (a instanceof String x && b instanceof String y) {
        return x.equals(y);
      }
      return slow(f, a, b);
    }

    @Override
    public boolean evalBool(Frame f) {
      Object a = l.evalRef(f);
      Object b = r.evalRef(f);
      if (a instanceof Long x && b instanceof Long y) {
        return x.longValue() == y.longValue();
      }
      Object v = a instanceof Double x && b instanceof Double y ? (Object) (Ops.feq(x, y)) : slow(f, a, b);
      if (v instanceof Boolean z) {
        return z;
      }
      return super.evalBool(f);
    }
  }

  /** {@code !=}. */
  static final class Ne extends Bin {
    Ne(Position pos, Node l, Node r) {
      super(pos, "!=", l, r);
    }

    @Override
    public Object eval(Frame f) {
      Object a = l.evalRef(f);
      Object b = r.evalRef(f);
      if (a instanceof Long x && b instanceof Long y) {
        return x.longValue() != y.longValue();
      }
      if (a instanceof Double x && b instanceof Double y) {
        return Ops.fne(x, y);
      }
      if (a instanceof String x && b instanceof String y) {
        return !x.equals(y);
      }
      return slow(f, a, b);
    }

    @Override
    public boolean evalBool(Frame f) {
      Object a = l.evalRef(f);
      Object b = r.evalRef(f);
      if (a instanceof Long x && b instanceof Long y) {
        return x.longValue() != y.longValue();
      }
      Object v = a instanceof Double x && b instanceof Double y ? (Object) (Ops.fne(x, y)) : slow(f, a, b);
      if (v instanceof Boolean z) {
        return z;
      }
      return super.evalBool(f);
    }
  }
}
