# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""The expression language of expected values (offsetof, sizeof, exists, ...),
evaluated against a kernel's own BTF."""
import json
import re
from .btf import BTFError

# ----------------------------------------------------------------------------
# Expressions over BTF, for expected values.
# ----------------------------------------------------------------------------

class ExprError(Exception):
    pass


TOKEN_RE = re.compile(r"\s*(?:(0[xX][0-9a-fA-F]+|\d+)|([A-Za-z_][A-Za-z0-9_]*)|(@[A-Za-z_][A-Za-z0-9_]*)"
                      r"|(==|!=|<=|>=|&&|\|\||[-+*/%<>!()\[\],.?:]))")
FUNCS = ("offsetof", "bitoffsetof", "sizeof", "exists", "enumval", "bitsizeof")


def tokenize(text):
    pos, out = 0, []
    text = text.rstrip()
    while pos < len(text):
        m = TOKEN_RE.match(text, pos)
        if not m:
            raise ExprError("cannot parse '%s' at '%s'" % (text, text[pos:]))
        num, ident, ref, op = m.groups()
        if num is not None:
            out.append(("num", int(num, 0)))
        elif ident is not None:
            out.append(("id", ident))
        elif ref is not None:
            out.append(("ref", ref[1:]))
        else:
            out.append(("op", op))
        pos = m.end()
    out.append(("end", None))
    return out


class Expr:
    """expr := or ['?' expr ':' expr]; or := and ('||' and)*; and := cmp ('&&' cmp)*;
    cmp := add [('=='|'!='|'<'|'<='|'>'|'>=') add]; add := mul (('+'|'-') mul)*;
    mul := unary (('*'|'/'|'%') unary)*; unary := ('!'|'-') unary | primary;
    primary := NUMBER | true | false | @GLOBAL | '(' expr ')' | FUNC '(' TYPE [',' PATH] ')'
             | version '(' ')' | KERNEL_VERSION '(' NUMBER ',' NUMBER ',' NUMBER ')'.
    TYPE := [struct|union|enum] NAME; PATH := NAME ('.' NAME | '[' NUMBER ']')*."""

    def __init__(self, text):
        self.text = text
        self.toks = tokenize(text)
        self.i = 0
        self.tree = self.parse_expr()
        if self.peek()[0] != "end":
            raise ExprError("unexpected '%s' in '%s'" % (self.peek()[1], text))

    def peek(self):
        return self.toks[self.i]

    def take(self, kind=None, value=None):
        t = self.toks[self.i]
        if (kind and t[0] != kind) or (value is not None and t[1] != value):
            want = value if value is not None else kind
            raise ExprError("expected %s, got '%s' in '%s'" % (want, t[1] if t[1] is not None else "end", self.text))
        self.i += 1
        return t

    def accept(self, *ops):
        t = self.peek()
        if t[0] == "op" and t[1] in ops:
            self.i += 1
            return t[1]
        return None

    def parse_expr(self):
        node = self.parse_or()
        if self.accept("?"):
            a = self.parse_expr()
            self.take("op", ":")
            node = ("?:", node, a, self.parse_expr())
        return node

    def parse_or(self):
        node = self.parse_and()
        while self.accept("||"):
            node = ("||", node, self.parse_and())
        return node

    def parse_and(self):
        node = self.parse_cmp()
        while self.accept("&&"):
            node = ("&&", node, self.parse_cmp())
        return node

    def parse_cmp(self):
        node = self.parse_add()
        op = self.accept("==", "!=", "<=", ">=", "<", ">")
        if op:
            node = (op, node, self.parse_add())
        return node

    def parse_add(self):
        node = self.parse_mul()
        while True:
            op = self.accept("+", "-")
            if not op:
                return node
            node = (op, node, self.parse_mul())

    def parse_mul(self):
        node = self.parse_unary()
        while True:
            op = self.accept("*", "/", "%")
            if not op:
                return node
            node = (op, node, self.parse_unary())

    def parse_unary(self):
        op = self.accept("!", "-")
        if op:
            return ("neg" if op == "-" else "!", self.parse_unary())
        return self.parse_primary()

    def parse_primary(self):
        t = self.peek()
        if t[0] == "num":
            self.i += 1
            return ("num", t[1])
        if t[0] == "ref":
            self.i += 1
            return ("ref", t[1])
        if self.accept("("):
            node = self.parse_expr()
            self.take("op", ")")
            return node
        if t[0] == "id" and t[1] in ("true", "false"):
            self.i += 1
            return ("num", 1 if t[1] == "true" else 0)
        if t[0] == "id" and t[1] == "version":
            self.i += 1
            self.take("op", "(")
            self.take("op", ")")
            return ("version",)
        if t[0] == "id" and t[1] == "KERNEL_VERSION":
            self.i += 1
            self.take("op", "(")
            a = self.take("num")[1]
            self.take("op", ",")
            b = self.take("num")[1]
            self.take("op", ",")
            c = self.take("num")[1]
            self.take("op", ")")
            return ("num", (a << 16) + (b << 8) + min(c, 255))
        if t[0] == "id" and t[1] in FUNCS:
            self.i += 1
            self.take("op", "(")
            kind = None
            name = self.take("id")[1]
            if name in ("struct", "union", "enum"):
                kind, name = name, self.take("id")[1]
            path = []
            if self.accept(","):
                path.append(self.take("id")[1])
                while True:
                    if self.accept("."):
                        path.append(self.take("id")[1])
                    elif self.accept("["):
                        path.append(self.take("num")[1])
                        self.take("op", "]")
                    else:
                        break
            self.take("op", ")")
            return ("fn", t[1], kind, name, tuple(path))
        raise ExprError("unexpected '%s' in '%s'" % (t[1] if t[1] is not None else "end", self.text))

    def refs(self, node=None):
        node = self.tree if node is None else node
        if node[0] == "ref":
            return {node[1]}
        out = set()
        for sub in node[1:]:
            if isinstance(sub, tuple):
                out |= self.refs(sub)
        return out


    def eval(self, btf, refs=None):
        return self._eval(self.tree, btf, refs or {})

    def _eval(self, n, btf, refs):
        op = n[0]
        if op == "num":
            return n[1]
        if op == "ref":
            if n[1] not in refs:
                raise ExprError("@%s: no such global in the results" % n[1])
            v = refs[n[1]]
            if not isinstance(v, int):
                raise ExprError("@%s is not an integer" % n[1])
            return v
        if op == "fn":
            if btf is None:
                raise ExprError("this kernel's BTF is not available")
            return eval_btf_fn(btf, *n[1:])
        if op == "version":
            m = re.match(r"^(\d+)\.(\d+)(?:\.(\d+))?", getattr(btf, "release", None) or "")
            if not m:
                raise ExprError("version(): this kernel's release is not known")
            return (int(m.group(1)) << 16) + (int(m.group(2)) << 8) + min(int(m.group(3) or 0), 255)
        if op == "?:":
            return self._eval(n[2] if self._eval(n[1], btf, refs) else n[3], btf, refs)
        if op == "!":
            return int(not self._eval(n[1], btf, refs))
        if op == "neg":
            return -self._eval(n[1], btf, refs)
        if op == "&&":
            return int(bool(self._eval(n[1], btf, refs)) and bool(self._eval(n[2], btf, refs)))
        if op == "||":
            return int(bool(self._eval(n[1], btf, refs)) or bool(self._eval(n[2], btf, refs)))
        a, b = self._eval(n[1], btf, refs), self._eval(n[2], btf, refs)
        if op in ("/", "%") and b == 0:
            raise ExprError("division by zero in '%s'" % self.text)
        return {
            "+": lambda: a + b, "-": lambda: a - b, "*": lambda: a * b,
            "/": lambda: int(a / b), "%": lambda: a % b,
            "==": lambda: int(a == b), "!=": lambda: int(a != b), "<": lambda: int(a < b),
            "<=": lambda: int(a <= b), ">": lambda: int(a > b), ">=": lambda: int(a >= b),
        }[op]()


def type_desc(kind, name):
    return "%s %s" % (kind, name) if kind else name


def eval_btf_fn(btf, fn, kind, name, path):
    ids = btf.find(kind, name)
    if fn == "exists":
        if not ids:
            return 0
        if not path:
            return 1
        if kind == "enum":
            if len(path) != 1:
                raise ExprError("exists(enum %s, NAME) takes one enumerator" % name)
            return int(any(path[0] == v[0] for i in ids for v in btf.types[i]["values"]))
        return int(any(btf.field(i, path) is not None for i in ids))
    if not ids:
        raise ExprError("%s: no %s in this kernel's BTF" % (fn, type_desc(kind, name)))
    tid = ids[0]
    if fn == "enumval":
        if kind != "enum" or len(path) != 1:
            raise ExprError("enumval wants (enum NAME, ENUMERATOR)")
        for i in ids:
            for vname, val in btf.types[i]["values"]:
                if vname == path[0]:
                    return val
        raise ExprError("enumval: enum %s has no %s in this kernel's BTF" % (name, path[0]))
    if not path:
        if fn == "sizeof":
            return btf.size(tid)
        if fn == "bitsizeof":
            return btf.size(tid) * 8
        raise ExprError("%s needs a field: %s(%s, field)" % (fn, fn, type_desc(kind, name)))
    r = None
    for i in ids:
        r = btf.field(i, path)
        if r is not None:
            break
    spath = ".".join("[%d]" % c if isinstance(c, int) else c for c in path).replace(".[", "[")
    if r is None:
        raise ExprError("%s: %s has no member %s in this kernel's BTF" % (fn, type_desc(kind, name), spath))
    boff, bsize, ftype = r
    if fn == "bitoffsetof":
        return boff
    if fn == "bitsizeof":
        return bsize if bsize else btf.size(ftype) * 8
    if bsize or boff % 8:
        raise ExprError("%s: %s.%s is a bitfield (use bitoffsetof/bitsizeof)" % (fn, name, spath))
    if fn == "offsetof":
        return boff // 8
    if fn == "sizeof":
        return btf.size(ftype)
    raise ExprError("unknown function %s" % fn)


CMP_RE = re.compile(r"^\s*(==|!=|<=|>=|<|>)")


class Expectation:
    """One expected value: a number, `str:TEXT`, or `[OP] EXPR` where OP is a
    comparison (== by default) of the actual value with EXPR."""

    def __init__(self, spec):
        self.spec = spec
        self.text = None
        if isinstance(spec, bool):
            self.op, self.expr = "==", Expr("1" if spec else "0")
        elif isinstance(spec, int):
            self.op, self.expr = "==", Expr(str(spec))
        elif isinstance(spec, str) and spec.startswith("str:"):
            self.op, self.expr, self.text = "str", None, spec[4:]
        elif isinstance(spec, str):
            m = CMP_RE.match(spec)
            self.op = m.group(1) if m else "=="
            self.expr = Expr(spec[m.end():] if m else spec)
        else:
            raise ExprError("an expected value is a number, a boolean or a string, not %r" % (spec,))

    def describe(self):
        if self.op == "str":
            return json.dumps(self.text)
        return ("" if self.op == "==" else self.op + " ") + self.expr.text.strip()

    def check(self, actual, btf, refs):
        """(ok, expected value or None, error text or None)."""
        if self.op == "str":
            if isinstance(actual, list) and all(isinstance(x, int) for x in actual):
                raw = bytes(x & 0xFF for x in actual)
                got = raw.split(b"\0")[0].decode("latin-1")
                return got == self.text, self.text, None if got == self.text else "got %s" % json.dumps(got)
            return False, self.text, "not a char array: %r" % (actual,)
        try:
            want = self.expr.eval(btf, refs)
        except (ExprError, BTFError) as e:
            return False, None, str(e)
        if isinstance(actual, bool):
            actual = int(actual)
        if not isinstance(actual, int):
            return False, want, "not an integer: %r" % (actual,)
        ok = {"==": actual == want, "!=": actual != want, "<": actual < want, "<=": actual <= want,
              ">": actual > want, ">=": actual >= want}[self.op]
        return ok, want, None
