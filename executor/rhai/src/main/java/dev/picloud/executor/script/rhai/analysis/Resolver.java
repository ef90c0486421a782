package dev.picloud.executor.script.rhai.analysis;

import dev.picloud.executor.script.rhai.ast.Expr;
import dev.picloud.executor.script.rhai.ast.FnDef;
import dev.picloud.executor.script.rhai.ast.Program;
import dev.picloud.executor.script.rhai.ast.Stmt;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Resolves every variable to a frame slot (jlox's Resolver, SL's frame slots). Block scopes reuse
 * slots once they close. A closure's free variables that exist in an enclosing frame become
 * captures (hidden leading parameters) and mark the source variable as captured. Names that are
 * neither declared nor functions become "external" slots (host variables at the top level).
 */
public final class Resolver {
  private final IdentityHashMap<Object, VarSlot> slots = new IdentityHashMap<>();
  private final Set<Object> fnRefs = Collections.newSetFromMap(new IdentityHashMap<>());
  private final IdentityHashMap<Object, Map<String, VarSlot>> snapshots = new IdentityHashMap<>();
  private final Map<FnDef, FnInfo> infos = new IdentityHashMap<>();
  private final Set<String> fnNames = new HashSet<>();
  private final Map<FnDef, Boolean> closures = new IdentityHashMap<>();
  private final FnInfo mainInfo = new FnInfo(null, false, true);
  /** Per frame context: the scope stack. */
  private final Map<FnInfo, Deque<Map<String, VarSlot>>> scopeStacks = new IdentityHashMap<>();
  private FnInfo current;

  private Resolver() {}

  /** Resolves a parsed program. */
  public static ResolvedProgram resolve(Program program) {
    return resolve(program, Map.of());
  }

  /**
   * Resolves a program whose top level starts with {@code predeclared} variables already in slots
   * 0..n-1 (used for {@code eval} and host-provided scopes).
   */
  public static ResolvedProgram resolve(Program program, Map<String, Boolean> predeclared) {
    return resolve(program, predeclared, false);
  }

  /**
   * Like {@link #resolve(Program, Map)}; with {@code cellAware} the predeclared variables are
   * accessed as possibly holding shared cells (used by {@code eval}, whose predeclared slots are
   * copies of the caller's).
   */
  public static ResolvedProgram resolve(Program program, Map<String, Boolean> predeclared,
      boolean cellAware) {
    Resolver r = new Resolver();
    for (FnDef f : program.functions()) {
      if (!f.name().startsWith("anon$")) {
        r.fnNames.add(f.name());
      }
    }
    r.current = r.mainInfo;
    r.push();
    for (Map.Entry<String, Boolean> e : predeclared.entrySet()) {
      r.declare(e.getKey(), e.getValue()).captured = cellAware;
    }
    r.push();
    r.stmts(program.stmts());
    placeExternals(r.mainInfo);
    r.mainInfo.topLevel.putAll(r.scopeStacks.get(r.mainInfo).peek());
    Map<String, VarSlot> globals = new HashMap<>();
    var it = r.scopeStacks.get(r.mainInfo).descendingIterator();
    while (it.hasNext()) {
      globals.putAll(it.next());
    }
    // Functions are resolved after the main body so global constants and imports are known.
    for (FnDef f : program.functions()) {
      if (!r.closures.containsKey(f) && !f.name().startsWith("anon$")) {
        r.function(f, null, globals);
      }
    }
    return new ResolvedProgram(program, r.mainInfo, r.infos, r.slots, r.fnRefs, r.snapshots);
  }

  private Deque<Map<String, VarSlot>> scopes() {
    return scopeStacks.computeIfAbsent(current, k -> new ArrayDeque<>());
  }

  private void push() {
    scopes().push(new HashMap<>());
  }

  private void pop(int savedNext) {
    scopes().pop();
    current.nextSlot = savedNext;
  }

  private VarSlot declare(String name, boolean isConst) {
    VarSlot v = new VarSlot(name, current.alloc(), isConst, false, false);
    scopes().peek().put(name, v);
    return v;
  }

  private VarSlot find(FnInfo fn, String name) {
    Deque<Map<String, VarSlot>> st = scopeStacks.get(fn);
    if (st == null) {
      return null;
    }
    for (Map<String, VarSlot> s : st) {
      VarSlot v = s.get(name);
      if (v != null) {
        return v;
      }
    }
    return null;
  }

  /** Looks a name up in {@code fn}, capturing through closures; null if not found anywhere. */
  private VarSlot lookup(FnInfo fn, String name) {
    VarSlot v = find(fn, name);
    if (v != null) {
      return v;
    }
    v = fn.externals.get(name);
    if (v != null) {
      return v;
    }
    if (fn.closure && fn.parent != null) {
      VarSlot outer = lookup(fn.parent, name);
      if (outer == null && fn.parent.main && !fnNames.contains(name)) {
        outer = external(fn.parent, name);
      }
      if (outer != null) {
        outer.captured = true;
        VarSlot cap = new VarSlot(name, -1, false, false, false);
        cap.captured = true;
        fn.captureNames.add(name);
        fn.captureSources.add(outer);
        fn.externals.put(name, cap);
        return cap;
      }
    }
    return null;
  }

  /** Slot of an external that is placed only once the frame's locals are all known (see {@link #placeExternals}). */
  private static final int PENDING = -2;

  private VarSlot external(FnInfo fn, String name) {
    return fn.externals.computeIfAbsent(name, n -> new VarSlot(n, PENDING, false, true, false));
  }

  /**
   * Gives the frame's externals slots after every local slot. Locals reuse slots as blocks close, so an external
   * placed while resolving (at the current maximum) could later be shared by a local declared in a larger block.
   */
  private static void placeExternals(FnInfo fn) {
    for (VarSlot v : fn.externals.values()) {
      if (v.slot == PENDING) {
        v.slot = fn.maxSlot++;
      }
    }
  }

  private VarSlot resolveName(Object node, String name) {
    VarSlot v = lookup(current, name);
    if (v == null) {
      if (fnNames.contains(name)) {
        fnRefs.add(node);
        return null;
      }
      v = external(current, name);
    }
    slots.put(node, v);
    return v;
  }

  /**
   * Visible variables by name; names declared in the innermost block are also listed as {@code
   * "^name"} (an {@code eval} may only redeclare those).
   */
  private Map<String, VarSlot> snapshot() {
    Map<String, VarSlot> all = new LinkedHashMap<>();
    var it = scopes().descendingIterator();
    while (it.hasNext()) {
      all.putAll(it.next());
    }
    scopes().peek().forEach((k, v) -> all.put("^" + k, v));
    return all;
  }

  private void function(FnDef f, FnInfo parent, Map<String, VarSlot> globals) {
    FnInfo saved = current;
    FnInfo info = new FnInfo(parent, parent != null, false);
    infos.put(f, info);
    current = info;
    push();
    if (globals != null) {
      // Global constants and module aliases are visible through global:: / m:: only.
      for (Map.Entry<String, VarSlot> e : globals.entrySet()) {
        if (e.getKey().startsWith("::") || e.getValue().isConst) {
          scopes().peek().put("global::" + e.getKey(), e.getValue().asGlobal());
        }
      }
    }
    push();
    for (String p : f.params()) {
      VarSlot v = declare(p, false);
      info.params.add(v);
    }
    block(f.body().stmts());
    placeExternals(info);
    if (info.closure) {
      for (int i = 0; i < info.captureNames.size(); i++) {
        VarSlot cap = info.externals.get(info.captureNames.get(i));
        cap.slot = info.maxSlot++;
        info.params.add(i, cap);
      }
    }
    scopeStacks.remove(info);
    current = saved;
  }

  private void stmts(List<Stmt> list) {
    for (Stmt s : list) {
      stmt(s);
    }
  }

  private void block(List<Stmt> list) {
    int saved = current.nextSlot;
    push();
    stmts(list);
    pop(saved);
  }

  private void stmt(Stmt s) {
    switch (s) {
      case Stmt.Let l -> {
        if (l.init() != null) {
          expr(l.init());
        }
        slots.put(l, declare(l.name(), l.isConst()));
      }
      case Stmt.Assign a -> {
        expr(a.value());
        expr(a.target());
      }
      case Stmt.ExprStmt e -> expr(e.expr());
      case Stmt.Break b -> {
        if (b.value() != null) {
          expr(b.value());
        }
      }
      case Stmt.Continue c -> { }
      case Stmt.Return r -> {
        if (r.value() != null) {
          expr(r.value());
        }
      }
      case Stmt.Throw t -> {
        if (t.value() != null) {
          expr(t.value());
        }
      }
      case Stmt.Try t -> {
        block(t.body().stmts());
        int saved = current.nextSlot;
        push();
        if (t.var() != null) {
          slots.put(t, declare(t.var(), false));
        }
        block(t.handler().stmts());
        pop(saved);
      }
      case Stmt.Import im -> {
        expr(im.path());
        if (im.alias() != null) {
          slots.put(im, declare("::" + im.alias(), true));
        }
      }
      case Stmt.Export ex -> resolveName(ex, ex.name());
    }
  }

  private void exprs(List<Expr> list) {
    for (Expr e : list) {
      expr(e);
    }
  }

  private void expr(Expr e) {
    switch (e) {
      case Expr.IntLit x -> { }
      case Expr.FloatLit x -> { }
      case Expr.StrLit x -> { }
      case Expr.CharLit x -> { }
      case Expr.BoolLit x -> { }
      case Expr.UnitLit x -> { }
      case Expr.This x -> { }
      case Expr.Interpolated x -> exprs(x.parts());
      case Expr.ArrayLit x -> exprs(x.items());
      case Expr.MapLit x -> exprs(x.values());
      case Expr.Var v -> resolveName(v, v.name());
      case Expr.NsVar v -> {
        String key = v.namespace().get(0).equals("global") && v.namespace().size() == 1
            ? "global::" + v.name()
            : "::" + v.namespace().get(0);
        VarSlot s = find(current, key);
        if (s == null && !current.main && !key.startsWith("global::")) {
          s = find(current, "global::" + key);
        }
        if (s == null && current.main && key.startsWith("global::")) {
          s = find(current, v.name());
          if (s != null && !s.isConst) {
            s = null;
          }
        }
        if (s != null) {
          slots.put(v, s);
        }
      }
      case Expr.Unary u -> expr(u.operand());
      case Expr.Binary b -> {
        expr(b.left());
        expr(b.right());
      }
      case Expr.Logic l -> {
        expr(l.left());
        expr(l.right());
      }
      case Expr.Index i -> {
        expr(i.target());
        expr(i.index());
      }
      case Expr.Prop p -> expr(p.target());
      case Expr.MethodCall m -> {
        expr(m.target());
        exprs(m.args());
      }
      case Expr.Call c -> {
        if (!c.namespace().isEmpty()) {
          String key = "::" + c.namespace().get(0);
          VarSlot s = find(current, key);
          if (s == null && !current.main) {
            s = find(current, "global::" + key);
          }
          if (s != null) {
            slots.put(c, s);
          }
        }
        if (c.name().equals("eval") || c.name().equals("is_def_var") || c.bang()) {
          snapshots.put(c, snapshot());
        }
        exprs(c.args());
      }
      case Expr.Closure c -> {
        closures.put(c.fn(), Boolean.TRUE);
        function(c.fn(), current, null);
      }
      case Expr.Block b -> block(b.stmts());
      case Expr.If i -> {
        expr(i.cond());
        block(i.then().stmts());
        if (i.orElse() != null) {
          expr(i.orElse());
        }
      }
      case Expr.Switch sw -> {
        expr(sw.value());
        for (Expr.SwitchCase c : sw.cases()) {
          if (c.guard() != null) {
            expr(c.guard());
          }
          expr(c.body());
        }
        if (sw.defaultBody() != null) {
          expr(sw.defaultBody());
        }
      }
      case Expr.While w -> {
        if (w.cond() != null) {
          expr(w.cond());
        }
        block(w.body().stmts());
      }
      case Expr.DoLoop d -> {
        block(d.body().stmts());
        expr(d.cond());
      }
      case Expr.For f -> {
        expr(f.iter());
        int saved = current.nextSlot;
        push();
        slots.put(f, declare(f.var(), false));
        if (f.counter() != null) {
          slots.put(f.body(), declare(f.counter(), false));
        }
        block(f.body().stmts());
        pop(saved);
      }
      case Expr.StmtExpr s -> stmt(s.stmt());
    }
  }
}
