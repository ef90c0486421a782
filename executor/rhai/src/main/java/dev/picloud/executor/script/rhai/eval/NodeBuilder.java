package dev.picloud.executor.script.rhai.eval;

import dev.picloud.executor.script.rhai.Limits;
import dev.picloud.executor.script.rhai.Position;
import dev.picloud.executor.script.rhai.analysis.FnInfo;
import dev.picloud.executor.script.rhai.analysis.ResolvedProgram;
import dev.picloud.executor.script.rhai.analysis.Resolver;
import dev.picloud.executor.script.rhai.analysis.VarSlot;
import dev.picloud.executor.script.rhai.ast.Expr;
import dev.picloud.executor.script.rhai.ast.FnDef;
import dev.picloud.executor.script.rhai.ast.Program;
import dev.picloud.executor.script.rhai.ast.Stmt;
import dev.picloud.executor.script.rhai.parse.Parser;
import dev.picloud.executor.script.rhai.value.RhaiChar;
import dev.picloud.executor.script.rhai.value.Unit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Lowers the resolved AST into executable nodes (STYLE §8.3). */
public final class NodeBuilder {
  private final ResolvedProgram rp;
  private final Map<FnDef, ScriptFn> fns = new HashMap<>();
  private final Map<String, Integer> exports = new LinkedHashMap<>();

  private NodeBuilder(ResolvedProgram rp) {
    this.rp = rp;
  }

  /** Parses, analyses and builds {@code source}. */
  public static CompiledUnit compile(String source, Limits limits, String sourceName) {
    Program p = new Parser(source, limits.maxExprDepth(), limits.maxFunctionExprDepth())
        .literalLimits(limits.maxStringSize(), limits.maxArraySize(), limits.maxMapSize())
        .parseProgram();
    return build(Resolver.resolve(p), sourceName);
  }

  /** Builds a resolved program. */
  public static CompiledUnit build(ResolvedProgram rp, String sourceName) {
    return build(rp, sourceName, Map.of());
  }

  /** Builds a resolved program that can also call {@code inherited} functions (for eval). */
  static CompiledUnit build(ResolvedProgram rp, String sourceName, Map<String, ScriptFn> inherited) {
    NodeBuilder b = new NodeBuilder(rp);
    Map<String, ScriptFn> table = new HashMap<>(inherited);
    boolean named = false;
    for (FnDef d : rp.program().functions()) {
      FnInfo info = rp.functions().get(d);
      int[] slots = info.params.stream().mapToInt(v -> v.slot).toArray();
      ScriptFn f = new ScriptFn(d.name(), slots, info.slotCount(), d.isPrivate(), d.thisType(),
          info.captureNames.size(), d.pos());
      Map<String, Integer> ext = new HashMap<>();
      info.externals.forEach((k, v) -> {
        if (v.external) {
          ext.put(k, v.slot);
        }
      });
      f.externals = Map.copyOf(ext);
      f.paramNames = info.params.stream().map(v -> v.name).toList();
      b.fns.put(d, f);
      String key = (d.thisType() == null ? "" : d.thisType() + ".") + d.name() + "/" + slots.length;
      table.put(key, f);
      named |= !d.name().startsWith("anon$");
    }
    for (FnDef d : rp.program().functions()) {
      b.currentInfo = rp.functions().get(d);
      b.fns.get(d).body = b.block(d.body());
    }
    b.currentInfo = rp.main();
    Node main = b.stmtsBlock(Position.NONE, rp.program().stmts());
    Map<String, Integer> externals = new HashMap<>();
    rp.main().externals.forEach((k, v) -> externals.put(k, v.slot));
    CompiledUnit unit = new CompiledUnit(main, rp.main().slotCount(), Map.copyOf(table),
        Map.copyOf(externals), named || !inherited.isEmpty(), sourceName, Map.copyOf(b.exports));
    for (FnDef d : rp.program().functions()) {
      b.fns.get(d).unit = unit;
    }
    return unit;
  }

  private Node block(Expr.Block blk) {
    return stmtsBlock(blk.pos(), blk.stmts());
  }

  private Node stmtsBlock(Position pos, List<Stmt> stmts) {
    boolean savedEval = blockHasEval;
    blockHasEval = false;
    Node[] nodes = new Node[stmts.size()];
    for (int i = 0; i < nodes.length; i++) {
      nodes[i] = stmt(stmts.get(i));
    }
    Nodes.Block b = new Nodes.Block(pos, nodes);
    boolean hasEval = blockHasEval;
    blockHasEval = savedEval;
    return hasEval ? new EvalBlock(b) : b;
  }

  /** Whether the block being built contains an {@code eval} call (see {@link EvalBlock}). */
  private boolean blockHasEval;

  private Node[] exprs(List<Expr> list) {
    Node[] n = new Node[list.size()];
    for (int i = 0; i < n.length; i++) {
      n[i] = expr(list.get(i));
    }
    return n;
  }

  private Node stmt(Stmt s) {
    switch (s) {
      case Stmt.Let l -> {
        VarSlot v = rp.slots().get(l);
        if (l.export()) {
          exports.put(l.name(), v.slot);
        }
        return new Nodes.Let(l.pos(), v.slot, l.init() == null ? null : expr(l.init()));
      }
      case Stmt.Assign a -> {
        String op = a.op().equals("=") ? null : a.op().substring(0, a.op().length() - 1);
        if (a.target() instanceof Expr.Var var && !rp.fnRefs().contains(var)) {
          VarSlot v = rp.slots().get(var);
          if (!v.captured && !v.external && !v.global) {
            Node value = expr(a.value());
            return op == null ? new Nodes.SetLocal(a.pos(), v.slot, value)
                : new ChainNodes.OpAssignLocal(a.pos(), v.slot, op, value);
          }
        }
        if (a.target() instanceof Expr.Var var && rp.fnRefs().contains(var)) {
          // A function's name is no variable: Rhai evaluates the value, then fails the lookup.
          return new ChainNodes.AssignMissing(a.pos(), var.name(), var.pos(), expr(a.value()));
        }
        Node target = place(a.target());
        ChainNodes.Place p = ChainNodes.asPlace(target);
        if (p == null) {
          throw new IllegalStateException("not assignable: " + a.target());
        }
        ChainNodes.Assign generic = new ChainNodes.Assign(a.pos(), p, op, expr(a.value()));
        if (op == null && a.target() instanceof Expr.Index ix && !ix.safe()
            && ix.target() instanceof Expr.Var var && !rp.fnRefs().contains(var)) {
          VarSlot v = rp.slots().get(var);
          if (!v.captured && !v.external && !v.global && !v.isConst) {
            ChainNodes.Index in = (ChainNodes.Index) target;
            return new ChainNodes.SetIndexLocal(a.pos(), v.slot, in.index, generic.value, generic);
          }
        }
        return generic;
      }
      case Stmt.ExprStmt e -> {
        return expr(e.expr());
      }
      case Stmt.Break b -> {
        return new Nodes.Break(b.pos(), b.value() == null ? null : expr(b.value()));
      }
      case Stmt.Continue c -> {
        return new Nodes.Continue(c.pos());
      }
      case Stmt.Return r -> {
        return new Nodes.Return(r.pos(), r.value() == null ? null : expr(r.value()));
      }
      case Stmt.Throw t -> {
        return new Nodes.Throw(t.pos(), t.value() == null ? null : expr(t.value()));
      }
      case Stmt.Try t -> {
        VarSlot v = rp.slots().get(t);
        return new Nodes.Try(t.pos(), block(t.body()), v == null ? -1 : v.slot, block(t.handler()));
      }
      case Stmt.Import im -> {
        VarSlot v = rp.slots().get(im);
        return new ModuleNodes.Import(im.pos(), expr(im.path()), v == null ? -1 : v.slot);
      }
      case Stmt.Export ex -> {
        VarSlot v = rp.slots().get(ex);
        if (v != null) {
          exports.put(ex.alias() == null ? ex.name() : ex.alias(), v.slot);
        }
        return new Nodes.Const(ex.pos(), Unit.INSTANCE);
      }
    }
  }

  /** Builds an expression in "place" mode (assignment target, method receiver). */
  private Node place(Expr e) {
    switch (e) {
      case Expr.Var v when !rp.fnRefs().contains(v) -> {
        VarSlot s = rp.slots().get(v);
        return new ChainNodes.VarPlace(v.pos(), s.slot, v.name(), s.isConst, s.global,
            s.captured || s.external || s.global);
      }
      case Expr.This t -> {
        return new ChainNodes.ThisPlace(t.pos());
      }
      case Expr.Index i -> {
        Node target = place(i.target());
        if (ChainNodes.asPlace(target) != null) {
          return new ChainNodes.Index(i.pos(), target, expr(i.index()), i.safe(),
              startPos(i.index()));
        }
        return expr(e);
      }
      case Expr.Prop p -> {
        Node target = place(p.target());
        if (ChainNodes.asPlace(target) != null) {
          return new ChainNodes.Prop(p.pos(), target, p.name(), p.safe());
        }
        return expr(e);
      }
      default -> {
        return expr(e);
      }
    }
  }

  /**
   * Rhai's {@code start_position}: where an expression begins — the left side's start for
   * {@code &&}/{@code ||}/{@code ??}, indexing and dot chains, else the expression's own
   * position (an operator call's is its operator). Index errors are reported there.
   */
  static Position startPos(Expr e) {
    return switch (e) {
      case Expr.Logic l -> startPos(l.left());
      case Expr.Index i -> startPos(i.target());
      case Expr.Prop p -> startPos(p.target());
      case Expr.MethodCall m -> startPos(m.target());
      default -> e.pos();
    };
  }

  private static boolean hasSafeLink(Expr e) {
    return switch (e) {
      case Expr.Index i -> i.safe() || hasSafeLink(i.target());
      case Expr.Prop p -> p.safe() || hasSafeLink(p.target());
      case Expr.MethodCall m -> m.safe() || hasSafeLink(m.target());
      default -> false;
    };
  }

  private boolean inChain;
  private FnInfo currentInfo;

  private Node expr(Expr e) {
    boolean chain = e instanceof Expr.Index || e instanceof Expr.Prop || e instanceof Expr.MethodCall;
    if (chain && !inChain && hasSafeLink(e)) {
      inChain = true;
      try {
        return new ChainNodes.SafeChain(expr0(e));
      } finally {
        inChain = false;
      }
    }
    if (!chain && inChain) {
      inChain = false;
      try {
        return expr0(e);
      } finally {
        inChain = true;
      }
    }
    return expr0(e);
  }

  private Node expr0(Expr e) {
    switch (e) {
      case Expr.IntLit x -> {
        return new Nodes.Const(x.pos(), x.value());
      }
      case Expr.FloatLit x -> {
        return new Nodes.Const(x.pos(), x.value());
      }
      case Expr.StrLit x -> {
        return new Nodes.Const(x.pos(), x.value());
      }
      case Expr.CharLit x -> {
        return new Nodes.Const(x.pos(), RhaiChar.of(x.codePoint()));
      }
      case Expr.BoolLit x -> {
        return new Nodes.Const(x.pos(), x.value());
      }
      case Expr.UnitLit x -> {
        return new Nodes.Const(x.pos(), Unit.INSTANCE);
      }
      case Expr.Interpolated x -> {
        return new Nodes.Interp(x.pos(), exprs(x.parts()));
      }
      case Expr.ArrayLit x -> {
        return new Nodes.ArrayLit(x.pos(), exprs(x.items()));
      }
      case Expr.MapLit x -> {
        return new Nodes.MapLit(x.pos(), x.keys().toArray(new String[0]), exprs(x.values()));
      }
      case Expr.Var v -> {
        if (rp.fnRefs().contains(v)) {
          return new CallNodes.FnRef(v.pos(), v.name());
        }
        VarSlot s = rp.slots().get(v);
        if (s.captured || s.external || s.global) {
          return new Nodes.CellLocal(v.pos(), s.slot, v.name(), s.global);
        }
        return new Nodes.Local(v.pos(), s.slot);
      }
      case Expr.NsVar v -> {
        VarSlot s = rp.slots().get(v);
        String ns = v.namespace().get(0);
        boolean isGlobal = ns.equals("global") && v.namespace().size() == 1;
        return new ModuleNodes.NsVar(v.pos(), s == null ? -1 : s.slot, s != null && s.global,
            isGlobal, ns, v.name());
      }
      case Expr.This t -> {
        return new Nodes.This(t.pos());
      }
      case Expr.Unary u -> {
        Node x = expr(u.operand());
        return switch (u.op()) {
          case "!" -> new Nodes.Not(u.pos(), x);
          case "-" -> new Nodes.Negate(u.pos(), x, true);
          default -> new Nodes.Negate(u.pos(), x, false);
        };
      }
      case Expr.Binary b -> {
        Node l = expr(b.left());
        Node r = expr(b.right());
        return switch (b.op()) {
          case "+" -> new OpNodes.Add(b.pos(), l, r);
          case "-" -> new OpNodes.Sub(b.pos(), l, r);
          case "*" -> new OpNodes.Mul(b.pos(), l, r);
          case "/" -> new OpNodes.Div(b.pos(), l, r);
          case "%" -> new OpNodes.Mod(b.pos(), l, r);
          case "<" -> new OpNodes.Lt(b.pos(), l, r);
          case "<=" -> new OpNodes.Le(b.pos(), l, r);
          case ">" -> new OpNodes.Gt(b.pos(), l, r);
          case ">=" -> new OpNodes.Ge(b.pos(), l, r);
          case "==" -> new OpNodes.Eq(b.pos(), l, r);
          case "!=" -> new OpNodes.Ne(b.pos(), l, r);
          default -> new OpNodes.Generic(b.pos(), b.op(), l, r);
        };
      }
      case Expr.Logic l -> {
        Node a = expr(l.left());
        Node b = expr(l.right());
        return switch (l.op()) {
          case "&&" -> new Nodes.And(l.pos(), a, b);
          case "||" -> new Nodes.Or(l.pos(), a, b);
          default -> new Nodes.Coalesce(l.pos(), a, b);
        };
      }
      case Expr.Index i -> {
        return new ChainNodes.Index(i.pos(), expr(i.target()), expr(i.index()), i.safe(),
            startPos(i.index()));
      }
      case Expr.Prop p -> {
        return new ChainNodes.Prop(p.pos(), expr(p.target()), p.name(), p.safe());
      }
      case Expr.MethodCall m -> {
        return new CallNodes.MethodCall(m.pos(), place(m.target()), m.name(), exprs(m.args()), m.safe());
      }
      case Expr.Call c -> {
        return call(c);
      }
      case Expr.Closure c -> {
        ScriptFn f = fns.get(c.fn());
        FnInfo info = rp.functions().get(c.fn());
        int n = info.captureSources.size();
        int[] slots = new int[n];
        boolean[] global = new boolean[n];
        for (int i = 0; i < n; i++) {
          slots[i] = info.captureSources.get(i).slot;
          global[i] = info.captureSources.get(i).global;
        }
        return new CallNodes.Closure(c.pos(), f, slots, global);
      }
      case Expr.Block b -> {
        return block(b);
      }
      case Expr.If i -> {
        return new Nodes.If(i.pos(), expr(i.cond()), block(i.then()),
            i.orElse() == null ? null : expr(i.orElse()));
      }
      case Expr.Switch sw -> {
        int n = sw.cases().size();
        Object[][] labels = new Object[n][];
        Node[] guards = new Node[n];
        Node[] bodies = new Node[n];
        for (int i = 0; i < n; i++) {
          Expr.SwitchCase c = sw.cases().get(i);
          labels[i] = c.labels().toArray();
          guards[i] = c.guard() == null ? null : expr(c.guard());
          bodies[i] = expr(c.body());
        }
        return new LoopNodes.Switch(sw.pos(), expr(sw.value()), labels, guards, bodies,
            sw.defaultBody() == null ? null : expr(sw.defaultBody()));
      }
      case Expr.While w -> {
        return new Nodes.While(w.pos(), w.cond() == null ? null : expr(w.cond()), block(w.body()));
      }
      case Expr.DoLoop d -> {
        return new Nodes.DoLoop(d.pos(), block(d.body()), expr(d.cond()), d.until());
      }
      case Expr.For f -> {
        VarSlot v = rp.slots().get(f);
        VarSlot c = rp.slots().get(f.body());
        return new LoopNodes.For(f.pos(), v.slot, c == null ? -1 : c.slot, expr(f.iter()), block(f.body()));
      }
      case Expr.StmtExpr s -> {
        return stmt(s.stmt());
      }
    }
  }

  private Node call(Expr.Call c) {
    if (!c.namespace().isEmpty()) {
      VarSlot s = rp.slots().get(c);
      return new ModuleNodes.ModuleCall(c.pos(), s == null ? -1 : s.slot, s != null && s.global,
          c.namespace().get(0), c.name(), exprs(c.args()));
    }
    if (c.bang()) {
      Map<String, Integer> visible = new HashMap<>();
      Map<String, VarSlot> snap = rp.scopeSnapshots().get(c);
      if (snap != null) {
        snap.forEach((k, v) -> {
          if (!k.startsWith("::") && !k.startsWith("global::") && !v.global) {
            visible.put(k, v.slot);
          }
        });
      }
      return new CallNodes.BangCall(c.pos(), c.name(), exprs(c.args()), Map.copyOf(visible));
    }
    switch (c.name()) {
      case "print", "debug", "type_of", "is_shared", "Fn", "curry", "is_def_fn" -> {
        Node[] args = c.name().equals("is_shared") ? places(c.args()) : exprs(c.args());
        return new CallNodes.Special(c.pos(), c.name(), args, Map.of());
      }
      case "is_def_var" -> {
        Map<String, Integer> visible = new HashMap<>();
        Map<String, VarSlot> snap = rp.scopeSnapshots().get(c);
        if (snap != null) {
          snap.forEach((k, v) -> {
            if (!k.startsWith("::") && !k.startsWith("global::")) {
              visible.put(k, v.slot);
            }
          });
        }
        return new CallNodes.Special(c.pos(), c.name(), exprs(c.args()), visible);
      }
      case "call" -> {
        return new CallNodes.CallPtr(c.pos(), exprs(c.args()));
      }
      case "eval" -> {
        Map<String, Integer> visible = new LinkedHashMap<>();
        Map<String, VarSlot> snap = rp.scopeSnapshots().get(c);
        if (snap != null) {
          snap.forEach((k, v) -> {
            if (!k.startsWith("::") && !k.startsWith("global::") && !v.global) {
              visible.put(k, v.slot);
            }
          });
        }
        Map<String, Integer> ext = new HashMap<>();
        currentInfo.externals.forEach((k, v) -> {
          if (v.external) {
            ext.put(k, v.slot);
          }
        });
        blockHasEval = true;
        return new EvalNode(c.pos(), exprs(c.args()), visible, ext);
      }
      default -> {
        Node[] args = exprs(c.args());
        if (!c.args().isEmpty() && c.args().get(0) instanceof Expr.Var v && !rp.fnRefs().contains(v)) {
          args[0] = place(v);
        }
        return new CallNodes.Call(c.pos(), c.name(), args);
      }
    }
  }

  private Node[] places(List<Expr> list) {
    Node[] n = new Node[list.size()];
    for (int i = 0; i < n.length; i++) {
      n[i] = place(list.get(i));
    }
    return n;
  }
}
