package dev.picloud.executor.script.rhai;

/** The kinds of syntax errors, named as Rhai's {@code ParseErrorType} variants. */
public enum ParseErrorType {
  /** Script is incomplete. */
  UnexpectedEOF,
  /** A lexical error (bad number, string, character, escape, symbol). */
  BadInput,
  /** Unknown operator. */
  UnknownOperator,
  /** Expecting a specific token. */
  MissingToken,
  /** Expecting a symbol. */
  MissingSymbol,
  /** Malformed call. */
  MalformedCallExpr,
  /** Malformed index expression. */
  MalformedIndexExpr,
  /** Malformed {@code in} expression. */
  MalformedInExpr,
  /** Malformed closure capture. */
  MalformedCapture,
  /** Duplicated map literal property. */
  DuplicatedProperty,
  /** Duplicated variable name. */
  DuplicatedVariable,
  /** Numeric switch case after a range case. */
  WrongSwitchIntegerCase,
  /** Default switch case not last. */
  WrongSwitchDefaultCase,
  /** Condition on a default switch case. */
  WrongSwitchCaseCondition,
  /** Expecting a property name. */
  PropertyExpected,
  /** Expecting a variable name. */
  VariableExpected,
  /** Forbidden variable name. */
  ForbiddenVariable,
  /** Reserved keyword or symbol. */
  Reserved,
  /** Mismatched type (e.g. non-boolean condition literal). */
  MismatchedType,
  /** Expecting an expression. */
  ExprExpected,
  /** Function definition not at global level. */
  WrongFnDefinition,
  /** Function with the same name and arity defined twice. */
  FnDuplicatedDefinition,
  /** Missing function name. */
  FnMissingName,
  /** Missing parameter list. */
  FnMissingParams,
  /** Duplicated parameter. */
  FnDuplicatedParam,
  /** Missing function body. */
  FnMissingBody,
  /** Export not at global level. */
  WrongExport,
  /** Assignment to a constant. */
  AssignmentToConstant,
  /** Invalid assignment target. */
  AssignmentToInvalidLHS,
  /** Expression too deeply nested. */
  ExprTooDeep,
  /** Too many functions. */
  TooManyFunctions,
  /** Literal above a size limit. */
  LiteralTooLarge,
  /** break/continue outside a loop. */
  LoopBreak
}
