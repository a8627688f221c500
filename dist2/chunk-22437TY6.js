// node_modules/i18next/dist/esm/i18next.js
var isString = (obj) => typeof obj === "string";
var defer = () => {
  let res;
  let rej;
  const promise = new Promise((resolve, reject) => {
    res = resolve;
    rej = reject;
  });
  promise.resolve = res;
  promise.reject = rej;
  return promise;
};
var makeString = (object) => {
  if (object == null) return "";
  return String(object);
};
var isSafeLanguageCode = (code) => isString(code) && /^[A-Za-z0-9_@.-]{1,128}$/.test(code) && !code.includes("..") && !["__proto__", "constructor", "prototype"].includes(code);
var callbackApiOf = (plugin) => plugin?.callbackApi ?? plugin?.constructor?.callbackApi;
var copy = (a, s, t2) => {
  a.forEach((m) => {
    if (s[m]) t2[m] = s[m];
  });
};
var lastOfPathSeparatorRegExp = /###/g;
var cleanKey = (key) => key && key.includes("###") ? key.replace(lastOfPathSeparatorRegExp, ".") : key;
var canNotTraverseDeeper = (object) => !object || isString(object);
var getLastOfPath = (object, path, Empty) => {
  const stack = !isString(path) ? path : path.split(".");
  let stackIndex = 0;
  while (stackIndex < stack.length - 1) {
    if (canNotTraverseDeeper(object)) return {};
    const key = cleanKey(stack[stackIndex]);
    if (!object[key] && Empty) object[key] = new Empty();
    if (Object.prototype.hasOwnProperty.call(object, key)) {
      object = object[key];
    } else {
      object = {};
    }
    ++stackIndex;
  }
  if (canNotTraverseDeeper(object)) return {};
  return {
    obj: object,
    k: cleanKey(stack[stackIndex])
  };
};
var setPath = (object, path, newValue) => {
  const {
    obj,
    k
  } = getLastOfPath(object, path, Object);
  if (obj !== void 0 || path.length === 1) {
    obj[k] = newValue;
    return;
  }
  let e = path[path.length - 1];
  let p = path.slice(0, path.length - 1);
  let last = getLastOfPath(object, p, Object);
  while (last.obj === void 0 && p.length) {
    e = `${p[p.length - 1]}.${e}`;
    p = p.slice(0, p.length - 1);
    last = getLastOfPath(object, p, Object);
    if (last?.obj && typeof last.obj[`${last.k}.${e}`] !== "undefined") {
      last.obj = void 0;
    }
  }
  last.obj[`${last.k}.${e}`] = newValue;
};
var pushPath = (object, path, newValue, concat) => {
  const {
    obj,
    k
  } = getLastOfPath(object, path, Object);
  obj[k] = obj[k] || [];
  obj[k].push(newValue);
};
var getPath = (object, path) => {
  const {
    obj,
    k
  } = getLastOfPath(object, path);
  if (!obj) return void 0;
  if (!Object.prototype.hasOwnProperty.call(obj, k)) return void 0;
  return obj[k];
};
var getPathWithDefaults = (data, defaultData, key) => {
  const value = getPath(data, key);
  if (value !== void 0) {
    return value;
  }
  return getPath(defaultData, key);
};
var deepExtend = (target, source, overwrite) => {
  for (const prop in source) {
    if (prop !== "__proto__" && prop !== "constructor") {
      if (Object.prototype.hasOwnProperty.call(target, prop)) {
        if (isString(target[prop]) || target[prop] instanceof String || isString(source[prop]) || source[prop] instanceof String) {
          if (overwrite) target[prop] = source[prop];
        } else {
          deepExtend(target[prop], source[prop], overwrite);
        }
      } else {
        target[prop] = source[prop];
      }
    }
  }
  return target;
};
var regexEscape = (str) => str.replace(/[\-\[\]\/\{\}\(\)\*\+\?\.\\\^\$\|]/g, "\\$&");
var _entityMap = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
  "/": "&#x2F;"
};
var escape = (data) => {
  if (isString(data)) {
    return data.replace(/[&<>"'\/]/g, (s) => _entityMap[s]);
  }
  return data;
};
var RegExpCache = class {
  constructor(capacity) {
    this.capacity = capacity;
    this.regExpMap = /* @__PURE__ */ new Map();
    this.regExpQueue = [];
  }
  getRegExp(pattern) {
    const regExpFromCache = this.regExpMap.get(pattern);
    if (regExpFromCache !== void 0) {
      return regExpFromCache;
    }
    const regExpNew = new RegExp(pattern);
    if (this.regExpQueue.length === this.capacity) {
      this.regExpMap.delete(this.regExpQueue.shift());
    }
    this.regExpMap.set(pattern, regExpNew);
    this.regExpQueue.push(pattern);
    return regExpNew;
  }
};
var chars = [" ", ",", "?", "!", ";"];
var looksLikeObjectPathRegExpCache = new RegExpCache(20);
var looksLikeObjectPath = (key, nsSeparator, keySeparator) => {
  nsSeparator = nsSeparator || "";
  keySeparator = keySeparator || "";
  const possibleChars = chars.filter((c) => !nsSeparator.includes(c) && !keySeparator.includes(c));
  if (possibleChars.length === 0) return true;
  const r = looksLikeObjectPathRegExpCache.getRegExp(`(${possibleChars.map((c) => c === "?" ? "\\?" : c).join("|")})`);
  let matched = !r.test(key);
  if (!matched) {
    const ki = key.indexOf(keySeparator);
    if (ki > 0 && !r.test(key.substring(0, ki))) {
      matched = true;
    }
  }
  return matched;
};
var deepFind = (obj, path, keySeparator = ".") => {
  if (!obj) return void 0;
  if (obj[path]) {
    if (!Object.prototype.hasOwnProperty.call(obj, path)) return void 0;
    return obj[path];
  }
  const tokens = path.split(keySeparator);
  let current = obj;
  for (let i = 0; i < tokens.length; ) {
    if (!current || typeof current !== "object") {
      return void 0;
    }
    let next;
    let nextPath = "";
    for (let j = i; j < tokens.length; ++j) {
      if (j !== i) {
        nextPath += keySeparator;
      }
      nextPath += tokens[j];
      next = current[nextPath];
      if ((typeof next === "function" || nextPath === "__proto__") && !Object.prototype.hasOwnProperty.call(current, nextPath)) {
        next = void 0;
      }
      if (next !== void 0) {
        if (["string", "number", "boolean"].includes(typeof next) && j < tokens.length - 1) {
          continue;
        }
        i += j - i + 1;
        break;
      }
    }
    current = next;
  }
  return current;
};
var getCleanedCode = (code) => code?.replace(/_/g, "-");
var consoleLogger = {
  type: "logger",
  log(args) {
    this.output("log", args);
  },
  warn(args) {
    this.output("warn", args);
  },
  error(args) {
    this.output("error", args);
  },
  output(type, args) {
    console?.[type]?.apply?.(console, args);
  }
};
var Logger = class _Logger {
  constructor(concreteLogger, options = {}) {
    this.init(concreteLogger, options);
  }
  init(concreteLogger, options = {}) {
    this.prefix = options.prefix || "i18next:";
    this.logger = concreteLogger || consoleLogger;
    this.options = options;
    this.debug = options.debug;
    this.seen = /* @__PURE__ */ new Set();
  }
  log(...args) {
    return this.forward(args, "log", "", true);
  }
  warn(...args) {
    return this.forward(args, "warn", "", true);
  }
  error(...args) {
    return this.forward(args, "error", "");
  }
  deprecate(...args) {
    return this.forward(args, "warn", "WARNING DEPRECATED: ", true);
  }
  once(key, lvl, ...args) {
    if (!this.debug || this.seen.has(key) || this.seen.size >= 1e3) return null;
    this.seen.add(key);
    return this[lvl](...args);
  }
  forward(args, lvl, prefix, debugOnly) {
    if (debugOnly && !this.debug) return null;
    args = args.map((a) => isString(a) ? a.replace(/[\r\n\x00-\x1F\x7F]/g, " ") : a);
    if (isString(args[0])) args[0] = `${prefix}${this.prefix} ${args[0]}`;
    return this.logger[lvl](args);
  }
  create(moduleName) {
    return new _Logger(this.logger, {
      ...{
        prefix: `${this.prefix}:${moduleName}:`
      },
      ...this.options
    });
  }
  clone(options) {
    options = options || this.options;
    options.prefix = options.prefix || this.prefix;
    return new _Logger(this.logger, options);
  }
};
var baseLogger = new Logger();
var EventEmitter = class {
  constructor() {
    this.observers = {};
  }
  on(events, listener) {
    events.split(" ").forEach((event) => {
      if (!this.observers[event]) this.observers[event] = /* @__PURE__ */ new Map();
      const numListeners = this.observers[event].get(listener) || 0;
      this.observers[event].set(listener, numListeners + 1);
    });
    return this;
  }
  off(events, listener) {
    (typeof events === "string" ? events.split(" ") : [events]).forEach((event) => {
      if (!this.observers[event]) return;
      if (!listener) {
        delete this.observers[event];
        return;
      }
      this.observers[event].delete(listener);
    });
  }
  once(event, listener) {
    const wrapper = (...args) => {
      listener(...args);
      this.off(event, wrapper);
    };
    this.on(event, wrapper);
    return this;
  }
  emit(event, ...args) {
    if (this.observers[event]) {
      const cloned = Array.from(this.observers[event].entries());
      cloned.forEach(([observer, numTimesAdded]) => {
        for (let i = 0; i < numTimesAdded; i++) {
          observer(...args);
        }
      });
    }
    if (this.observers["*"]) {
      const cloned = Array.from(this.observers["*"].entries());
      cloned.forEach(([observer, numTimesAdded]) => {
        for (let i = 0; i < numTimesAdded; i++) {
          observer(event, ...args);
        }
      });
    }
  }
};
var nonEmptyBundles = /* @__PURE__ */ new WeakSet();
var ResourceStore = class extends EventEmitter {
  constructor(data, options = {
    ns: ["translation"],
    defaultNS: "translation"
  }) {
    super();
    this.data = data || {};
    this.options = options;
    this.logger = baseLogger.create("resourceStore");
    if (this.options.keySeparator === void 0) {
      this.options.keySeparator = ".";
    }
    if (this.options.ignoreJSONStructure === void 0) {
      this.options.ignoreJSONStructure = true;
    }
  }
  addNamespaces(ns) {
    if (!this.options.ns.includes(ns)) {
      this.options.ns.push(ns);
    }
  }
  removeNamespaces(ns) {
    const index = this.options.ns.indexOf(ns);
    if (index > -1) {
      this.options.ns.splice(index, 1);
    }
  }
  deprecateDottedLng(method) {
    this.logger.once(method, "deprecate", `${method}: a dotted language ('en.translation.key') that carries the namespace and key is removed in v27; pass language, namespace and key as separate arguments`);
  }
  getResource(lng, ns, key, options = {}) {
    const keySeparator = options.keySeparator !== void 0 ? options.keySeparator : this.options.keySeparator;
    const ignoreJSONStructure = options.ignoreJSONStructure !== void 0 ? options.ignoreJSONStructure : this.options.ignoreJSONStructure;
    let path;
    if (lng.includes(".")) {
      this.deprecateDottedLng("getResource");
      path = lng.split(".");
    } else {
      path = [lng, ns];
      if (key) {
        if (Array.isArray(key)) {
          path.push(...key);
        } else if (isString(key) && keySeparator) {
          path.push(...key.split(keySeparator));
        } else {
          path.push(key);
        }
      }
    }
    const result = getPath(this.data, path);
    if (result == null && !ns && !key && lng.includes(".")) {
      lng = path[0];
      ns = path[1];
      key = path.slice(2).join(".");
    }
    if (result != null || !ignoreJSONStructure || !isString(key)) return result;
    return deepFind(this.data?.[lng]?.[ns], key, keySeparator);
  }
  addResource(lng, ns, key, value, options = {
    silent: false
  }) {
    const keySeparator = options.keySeparator !== void 0 ? options.keySeparator : this.options.keySeparator;
    let path = [lng, ns];
    if (key) path = path.concat(keySeparator ? key.split(keySeparator) : key);
    if (lng.includes(".")) {
      this.deprecateDottedLng("addResource");
      path = lng.split(".");
      value = ns;
      ns = path[1];
    }
    this.addNamespaces(ns);
    setPath(this.data, path, value);
    if (!options.silent) this.emit("added", lng, ns, key, value);
  }
  addResources(lng, ns, resources, options = {
    silent: false
  }) {
    for (const m in resources) {
      if (isString(resources[m]) || Array.isArray(resources[m])) this.addResource(lng, ns, m, resources[m], {
        silent: true
      });
    }
    if (!options.silent) this.emit("added", lng, ns, resources);
  }
  addResourceBundle(lng, ns, resources, deep, overwrite, options = {
    silent: false,
    skipCopy: false
  }) {
    let path = [lng, ns];
    if (lng.includes(".")) {
      this.deprecateDottedLng("addResourceBundle");
      path = lng.split(".");
      deep = resources;
      resources = ns;
      ns = path[1];
    }
    this.addNamespaces(ns);
    let pack = getPath(this.data, path) || {};
    if (!options.skipCopy) resources = JSON.parse(JSON.stringify(resources));
    if (deep) {
      deepExtend(pack, resources, overwrite);
    } else {
      pack = {
        ...pack,
        ...resources
      };
    }
    setPath(this.data, path, pack);
    if (!options.silent) this.emit("added", lng, ns, resources);
  }
  removeResourceBundle(lng, ns) {
    if (this.hasResourceBundle(lng, ns)) {
      delete this.data[lng][ns];
    }
    this.removeNamespaces(ns);
    this.emit("removed", lng, ns);
  }
  hasResourceBundle(lng, ns) {
    return this.getResource(lng, ns) !== void 0;
  }
  getResourceBundle(lng, ns) {
    if (!ns) ns = this.options.defaultNS;
    return this.getResource(lng, ns);
  }
  getDataByLanguage(lng) {
    return this.data[lng];
  }
  hasLanguageSomeTranslations(lng) {
    const data = this.getDataByLanguage(lng);
    const n = data && Object.keys(data) || [];
    return !!n.find((v) => {
      const bundle = data[v];
      if (nonEmptyBundles.has(bundle)) return true;
      if (!bundle || Object.keys(bundle).length === 0) return false;
      if (typeof bundle === "object") nonEmptyBundles.add(bundle);
      return true;
    });
  }
  toJSON() {
    return this.data;
  }
};
var postProcessor = {
  processors: {},
  addPostProcessor(module) {
    this.processors[module.name] = module;
  },
  handle(processors, value, key, options, translator) {
    processors.forEach((processor) => {
      value = this.processors[processor]?.process(value, key, options, translator) ?? value;
    });
    return value;
  }
};
var PATH_KEY = /* @__PURE__ */ Symbol("i18next/PATH_KEY");
function createProxy() {
  const state = [];
  const handler = /* @__PURE__ */ Object.create(null);
  let proxy;
  handler.get = (target, key) => {
    proxy?.revoke?.();
    if (key === PATH_KEY) return state;
    state.push(key);
    proxy = Proxy.revocable(target, handler);
    return proxy.proxy;
  };
  return Proxy.revocable(/* @__PURE__ */ Object.create(null), handler).proxy;
}
function keysFromSelector(selector, opts) {
  const {
    [PATH_KEY]: path
  } = selector(createProxy());
  const keySeparator = opts?.keySeparator ?? ".";
  const nsSeparator = opts?.nsSeparator ?? ":";
  const strict = opts?.enableSelector === "strict";
  if (path.length > 1 && nsSeparator) {
    const ns = opts?.ns;
    const nsList = strict ? Array.isArray(ns) ? ns : ns ? [ns] : null : Array.isArray(ns) ? ns : null;
    if (nsList) {
      const candidates = strict ? nsList : nsList.length > 1 ? nsList.slice(1) : [];
      if (candidates.includes(path[0])) {
        return `${path[0]}${nsSeparator}${path.slice(1).join(keySeparator)}`;
      }
    }
  }
  return path.join(keySeparator);
}
var shouldHandleAsObject = (res) => !isString(res) && typeof res !== "boolean" && typeof res !== "number";
var Translator = class _Translator extends EventEmitter {
  constructor(services, options = {}) {
    super();
    copy(["resourceStore", "languageUtils", "pluralResolver", "interpolator", "backendConnector", "i18nFormat", "utils", "ownPostProcessors"], services, this);
    this.options = options;
    if (this.options.keySeparator === void 0) {
      this.options.keySeparator = ".";
    }
    this.logger = baseLogger.create("translator");
    this.checkedLoadedFor = {};
  }
  changeLanguage(lng) {
    if (lng) this.language = lng;
  }
  exists(key, o = {
    interpolation: {}
  }) {
    const opt = {
      ...o
    };
    if (key == null) return false;
    const resolved = this.resolve(key, opt);
    if (resolved?.res === void 0) return false;
    const isObject = shouldHandleAsObject(resolved.res);
    if (opt.returnObjects === false && isObject) {
      return false;
    }
    return true;
  }
  extractFromKey(key, opt) {
    let nsSeparator = opt.nsSeparator !== void 0 ? opt.nsSeparator : this.options.nsSeparator;
    if (nsSeparator === void 0) nsSeparator = ":";
    const keySeparator = opt.keySeparator !== void 0 ? opt.keySeparator : this.options.keySeparator;
    let namespaces = opt.ns || this.options.defaultNS || [];
    const wouldCheckForNsInKey = nsSeparator && key.includes(nsSeparator);
    const seemsNaturalLanguage = !this.options.userDefinedKeySeparator && !opt.keySeparator && !this.options.userDefinedNsSeparator && !opt.nsSeparator && !looksLikeObjectPath(key, nsSeparator, keySeparator);
    if (wouldCheckForNsInKey && !seemsNaturalLanguage) {
      const m = key.match(this.interpolator.nestingRegexp);
      if (m && m.length > 0) {
        return {
          key,
          namespaces: isString(namespaces) ? [namespaces] : namespaces
        };
      }
      const parts = key.split(nsSeparator);
      if (nsSeparator !== keySeparator || nsSeparator === keySeparator && this.options.ns.includes(parts[0])) namespaces = parts.shift();
      key = parts.join(keySeparator);
    }
    return {
      key,
      namespaces: isString(namespaces) ? [namespaces] : namespaces
    };
  }
  translate(keys, o, lastKey) {
    let opt = typeof o === "object" ? {
      ...o
    } : o;
    if (typeof opt !== "object" && this.options.overloadTranslationOptionHandler) {
      opt = this.options.overloadTranslationOptionHandler(arguments);
    }
    if (typeof opt === "object") opt = {
      ...opt
    };
    if (!opt) opt = {};
    if (keys == null) return "";
    if (typeof keys === "function") keys = keysFromSelector(keys, {
      ...this.options,
      ...opt
    });
    if (!Array.isArray(keys)) keys = [String(keys)];
    keys = keys.map((k) => typeof k === "function" ? keysFromSelector(k, {
      ...this.options,
      ...opt
    }) : String(k));
    const returnDetails = opt.returnDetails !== void 0 ? opt.returnDetails : this.options.returnDetails;
    const keySeparator = opt.keySeparator !== void 0 ? opt.keySeparator : this.options.keySeparator;
    const {
      key,
      namespaces
    } = this.extractFromKey(keys[keys.length - 1], opt);
    const namespace = namespaces[namespaces.length - 1];
    let nsSeparator = opt.nsSeparator !== void 0 ? opt.nsSeparator : this.options.nsSeparator;
    if (nsSeparator === void 0) nsSeparator = ":";
    const lng = opt.lng || this.language;
    const appendNamespaceToCIMode = opt.appendNamespaceToCIMode || this.options.appendNamespaceToCIMode;
    if (lng?.toLowerCase() === "cimode") {
      if (appendNamespaceToCIMode) {
        if (returnDetails) {
          return {
            res: `${namespace}${nsSeparator}${key}`,
            usedKey: key,
            exactUsedKey: key,
            usedLng: lng,
            usedNS: namespace,
            usedParams: this.getUsedParamsDetails(opt)
          };
        }
        return `${namespace}${nsSeparator}${key}`;
      }
      if (returnDetails) {
        return {
          res: key,
          usedKey: key,
          exactUsedKey: key,
          usedLng: lng,
          usedNS: namespace,
          usedParams: this.getUsedParamsDetails(opt)
        };
      }
      return key;
    }
    const resolved = this.resolve(keys, opt);
    let res = resolved?.res;
    const resUsedKey = resolved?.usedKey || key;
    const resExactUsedKey = resolved?.exactUsedKey || key;
    const noObject = ["[object Number]", "[object Function]", "[object RegExp]"];
    const joinArrays = opt.joinArrays !== void 0 ? opt.joinArrays : this.options.joinArrays;
    const handleAsObjectInI18nFormat = !this.i18nFormat || this.i18nFormat.handleAsObject;
    const needsPluralHandling = opt.count !== void 0 && !isString(opt.count);
    const hasDefaultValue = _Translator.hasDefaultValue(opt);
    const defaultValueSuffix = needsPluralHandling ? this.pluralResolver.getSuffix(lng, opt.count, opt) : "";
    const defaultValueSuffixOrdinalFallback = opt.ordinal && needsPluralHandling ? this.pluralResolver.getSuffix(lng, opt.count, {
      ordinal: false
    }) : "";
    const needsZeroSuffixLookup = needsPluralHandling && !opt.ordinal && opt.count === 0;
    const defaultValue = needsZeroSuffixLookup && opt[`defaultValue${this.options.pluralSeparator}zero`] || opt[`defaultValue${defaultValueSuffix}`] || opt[`defaultValue${defaultValueSuffixOrdinalFallback}`] || opt.defaultValue;
    let resForObjHndl = res;
    if (handleAsObjectInI18nFormat && !res && hasDefaultValue) {
      resForObjHndl = defaultValue;
    }
    const handleAsObject = shouldHandleAsObject(resForObjHndl);
    const resType = Object.prototype.toString.apply(resForObjHndl);
    if (handleAsObjectInI18nFormat && resForObjHndl && handleAsObject && !noObject.includes(resType) && !(isString(joinArrays) && Array.isArray(resForObjHndl))) {
      if (!opt.returnObjects && !this.options.returnObjects) {
        if (!this.options.returnedObjectHandler) {
          this.logger.warn("accessing an object - but returnObjects options is not enabled!");
          this.logger.once("returnedObject", "deprecate", "accessing an object without returnObjects returns a sentence about it today; from v27 t() returns the key, as for a missing key (returnedObjectHandler can keep today's text)");
        }
        const r = this.options.returnedObjectHandler ? this.options.returnedObjectHandler(resUsedKey, resForObjHndl, {
          ...opt,
          ns: namespaces
        }) : `key '${key} (${this.language})' returned an object instead of string.`;
        if (returnDetails) {
          resolved.res = r;
          resolved.usedParams = this.getUsedParamsDetails(opt);
          return resolved;
        }
        return r;
      }
      if (keySeparator) {
        const resTypeIsArray = Array.isArray(resForObjHndl);
        const copy2 = resTypeIsArray ? [] : {};
        const newKeyToUse = resTypeIsArray ? resExactUsedKey : resUsedKey;
        for (const m in resForObjHndl) {
          if (Object.prototype.hasOwnProperty.call(resForObjHndl, m)) {
            const deepKey = `${newKeyToUse}${keySeparator}${m}`;
            if (hasDefaultValue && !res) {
              copy2[m] = this.translate(deepKey, {
                ...opt,
                defaultValue: shouldHandleAsObject(defaultValue) ? defaultValue[m] : void 0,
                ...{
                  joinArrays: false,
                  ns: namespaces
                }
              });
            } else {
              copy2[m] = this.translate(deepKey, {
                ...opt,
                ...{
                  joinArrays: false,
                  ns: namespaces
                }
              });
            }
            if (copy2[m] === deepKey) copy2[m] = resForObjHndl[m];
          }
        }
        res = copy2;
      }
    } else if (handleAsObjectInI18nFormat && isString(joinArrays) && Array.isArray(res)) {
      res = res.join(joinArrays);
      if (res) res = this.extendTranslation(res, keys, opt, resolved, lastKey);
    } else {
      let usedDefault = false;
      let usedKey = false;
      if (!this.isValidLookup(res) && hasDefaultValue) {
        usedDefault = true;
        res = defaultValue;
      }
      if (!this.isValidLookup(res)) {
        usedKey = true;
        res = key;
      }
      const missingKeyNoValueFallbackToKey = opt.missingKeyNoValueFallbackToKey || this.options.missingKeyNoValueFallbackToKey;
      const resForMissing = missingKeyNoValueFallbackToKey && usedKey ? void 0 : res;
      const updateMissing = hasDefaultValue && defaultValue !== res && this.options.updateMissing;
      if (usedKey || usedDefault || updateMissing) {
        this.logger.log(updateMissing ? "updateKey" : "missingKey", lng, namespace, needsPluralHandling && !updateMissing ? `${key}${this.pluralResolver.getSuffix(lng, opt.count, opt)}` : key, updateMissing ? defaultValue : res);
        if (keySeparator) {
          const fk = this.resolve(key, {
            ...opt,
            keySeparator: false
          });
          if (fk && fk.res) this.logger.warn("Seems the loaded translations were in flat JSON format instead of nested. Either set keySeparator: false on init or make sure your translations are published in nested format.");
        }
        let lngs = [];
        const fallbackLngs = this.languageUtils.getFallbackCodes(this.options.fallbackLng, opt.lng || this.language);
        if (this.options.saveMissingTo === "fallback" && fallbackLngs && fallbackLngs[0]) {
          for (let i = 0; i < fallbackLngs.length; i++) {
            lngs.push(fallbackLngs[i]);
          }
        } else if (this.options.saveMissingTo === "all") {
          lngs = this.languageUtils.toResolveHierarchy(opt.lng || this.language);
        } else {
          lngs.push(opt.lng || this.language);
        }
        const send = (l, k, specificDefaultValue) => {
          const defaultForMissing = hasDefaultValue && specificDefaultValue !== res ? specificDefaultValue : resForMissing;
          if (this.options.missingKeyHandler) {
            this.options.missingKeyHandler(l, namespace, k, defaultForMissing, updateMissing, opt);
          } else if (this.backendConnector?.saveMissing) {
            this.backendConnector.saveMissing(l, namespace, k, defaultForMissing, updateMissing, opt, void 0, this.utils?.hasLoadedNamespace);
          }
          this.emit("missingKey", l, namespace, k, res);
        };
        if (this.options.saveMissing) {
          if (this.options.saveMissingPlurals && needsPluralHandling) {
            lngs.forEach((language) => {
              const suffixes = this.pluralResolver.getSuffixes(language, opt);
              if (needsZeroSuffixLookup && opt[`defaultValue${this.options.pluralSeparator}zero`] && !suffixes.includes(`${this.options.pluralSeparator}zero`)) {
                suffixes.push(`${this.options.pluralSeparator}zero`);
              }
              suffixes.forEach((suffix) => {
                send([language], key + suffix, opt[`defaultValue${suffix}`] || defaultValue);
              });
            });
          } else {
            send(lngs, key, defaultValue);
          }
        }
      }
      res = this.extendTranslation(res, keys, opt, resolved, lastKey);
      if (usedKey && res === key && this.options.appendNamespaceToMissingKey) {
        res = `${namespace}${nsSeparator}${key}`;
      }
      if ((usedKey || usedDefault) && this.options.parseMissingKeyHandler) {
        res = this.options.parseMissingKeyHandler(this.options.appendNamespaceToMissingKey ? `${namespace}${nsSeparator}${key}` : key, usedDefault ? res : void 0, opt);
      }
    }
    if (returnDetails) {
      resolved.res = res;
      resolved.usedParams = this.getUsedParamsDetails(opt);
      return resolved;
    }
    return res;
  }
  extendTranslation(res, key, opt, resolved, lastKey) {
    if (this.i18nFormat?.parse) {
      res = this.i18nFormat.parse(res, {
        ...this.options.interpolation.defaultVariables,
        ...opt
      }, opt.lng || this.language || resolved.usedLng, resolved.usedNS, resolved.usedKey, {
        resolved
      });
    } else if (!opt.skipInterpolation) {
      if (opt.interpolation) this.interpolator.init({
        ...opt,
        ...{
          interpolation: {
            ...this.options.interpolation,
            ...opt.interpolation
          }
        }
      });
      const skipOnVariables = isString(res) && (opt?.interpolation?.skipOnVariables !== void 0 ? opt.interpolation.skipOnVariables : this.options.interpolation.skipOnVariables);
      let nestBef;
      if (skipOnVariables) {
        const nb = res.match(this.interpolator.nestingRegexp);
        nestBef = nb && nb.length;
      }
      let data = opt.replace && !isString(opt.replace) ? opt.replace : opt;
      if (this.options.interpolation.defaultVariables) data = {
        ...this.options.interpolation.defaultVariables,
        ...data
      };
      res = this.interpolator.interpolate(res, data, opt.lng || this.language || resolved.usedLng, opt);
      if (skipOnVariables) {
        const na = res.match(this.interpolator.nestingRegexp);
        const nestAft = na && na.length;
        if (nestBef < nestAft) opt.nest = false;
      }
      if (!opt.lng && resolved && resolved.res) opt.lng = this.language || resolved.usedLng;
      if (opt.nest !== false) res = this.interpolator.nest(res, (...args) => {
        if (lastKey?.[0] === args[0] && !opt.context) {
          this.logger.warn(`It seems you are nesting recursively key: ${args[0]} in key: ${key[0]}`);
          return null;
        }
        return this.translate(...args, key);
      }, opt);
      if (opt.interpolation) this.interpolator.reset();
    }
    const postProcess = opt.postProcess || this.options.postProcess;
    const postProcessorNames = isString(postProcess) ? [postProcess] : postProcess;
    if (res != null && postProcessorNames?.length && opt.applyPostProcessor !== false) {
      postProcessorNames.forEach((name) => {
        if (this.logger.debug && postProcessor.processors[name] && this.ownPostProcessors && !this.ownPostProcessors.has(name)) {
          this.logger.once(name, "deprecate", `postProcess: '${name}' was registered with use() on another i18next instance; from v27 post-processors are per instance, so call use() with it on this instance too`);
        }
      });
      res = postProcessor.handle(postProcessorNames, res, key, this.options && this.options.postProcessPassResolved ? {
        i18nResolved: {
          ...resolved,
          usedParams: this.getUsedParamsDetails(opt)
        },
        ...opt
      } : opt, this);
    }
    return res;
  }
  resolve(keys, opt = {}) {
    let found;
    let usedKey;
    let exactUsedKey;
    let usedLng;
    let usedNS;
    if (isString(keys)) keys = [keys];
    if (Array.isArray(keys)) keys = keys.map((k) => typeof k === "function" ? keysFromSelector(k, {
      ...this.options,
      ...opt
    }) : k);
    keys.forEach((k) => {
      if (this.isValidLookup(found)) return;
      const extracted = this.extractFromKey(k, opt);
      const key = extracted.key;
      usedKey = key;
      let namespaces = extracted.namespaces;
      if (this.options.fallbackNS) namespaces = namespaces.concat(this.options.fallbackNS);
      const needsPluralHandling = opt.count !== void 0 && !isString(opt.count);
      const needsZeroSuffixLookup = needsPluralHandling && !opt.ordinal && opt.count === 0;
      const needsContextHandling = opt.context !== void 0 && (isString(opt.context) || typeof opt.context === "number") && opt.context !== "";
      const codes = opt.lngs ? opt.lngs : this.languageUtils.toResolveHierarchy(opt.lng || this.language, opt.fallbackLng);
      namespaces.forEach((ns) => {
        if (this.isValidLookup(found)) return;
        usedNS = ns;
        if (!this.checkedLoadedFor[`${codes[0]}-${ns}`] && this.utils?.hasLoadedNamespace && !this.utils?.hasLoadedNamespace(usedNS)) {
          this.checkedLoadedFor[`${codes[0]}-${ns}`] = true;
          this.logger.warn(`key "${usedKey}" for languages "${codes.join(", ")}" won't get resolved as namespace "${usedNS}" was not yet loaded`, "This means something IS WRONG in your setup. You access the t function before i18next.init / i18next.loadNamespace / i18next.changeLanguage was done. Wait for the callback or Promise to resolve before accessing it!!!");
        }
        codes.forEach((code) => {
          if (this.isValidLookup(found)) return;
          usedLng = code;
          const finalKeys = [key];
          if (this.i18nFormat?.addLookupKeys) {
            this.i18nFormat.addLookupKeys(finalKeys, key, code, ns, opt);
          } else {
            let pluralSuffix;
            if (needsPluralHandling) pluralSuffix = this.pluralResolver.getSuffix(code, opt.count, opt);
            const zeroSuffix = `${this.options.pluralSeparator}zero`;
            const ordinalPrefix = `${this.options.pluralSeparator}ordinal${this.options.pluralSeparator}`;
            if (needsPluralHandling) {
              if (opt.ordinal && pluralSuffix.startsWith(ordinalPrefix)) {
                finalKeys.push(key + pluralSuffix.replace(ordinalPrefix, this.options.pluralSeparator));
              }
              finalKeys.push(key + pluralSuffix);
              if (needsZeroSuffixLookup) {
                finalKeys.push(key + zeroSuffix);
              }
            }
            if (needsContextHandling) {
              const contextKey = `${key}${this.options.contextSeparator || "_"}${opt.context}`;
              finalKeys.push(contextKey);
              if (needsPluralHandling) {
                if (opt.ordinal && pluralSuffix.startsWith(ordinalPrefix)) {
                  finalKeys.push(contextKey + pluralSuffix.replace(ordinalPrefix, this.options.pluralSeparator));
                }
                finalKeys.push(contextKey + pluralSuffix);
                if (needsZeroSuffixLookup) {
                  finalKeys.push(contextKey + zeroSuffix);
                }
              }
            }
          }
          let possibleKey;
          while (possibleKey = finalKeys.pop()) {
            if (!this.isValidLookup(found)) {
              exactUsedKey = possibleKey;
              found = this.getResource(code, ns, possibleKey, opt);
            }
          }
        });
      });
    });
    return {
      res: found,
      usedKey,
      exactUsedKey,
      usedLng,
      usedNS
    };
  }
  isValidLookup(res) {
    return res !== void 0 && !(!this.options.returnNull && res === null) && !(!this.options.returnEmptyString && res === "");
  }
  getResource(code, ns, key, options = {}) {
    if (this.i18nFormat?.getResource) return this.i18nFormat.getResource(code, ns, key, options);
    return this.resourceStore.getResource(code, ns, key, options);
  }
  getUsedParamsDetails(options = {}) {
    const optionsKeys = ["defaultValue", "ordinal", "context", "replace", "lng", "lngs", "fallbackLng", "ns", "keySeparator", "nsSeparator", "returnObjects", "returnDetails", "joinArrays", "postProcess", "interpolation"];
    const useOptionsReplaceForData = options.replace && !isString(options.replace);
    let data = useOptionsReplaceForData ? options.replace : options;
    if (useOptionsReplaceForData && typeof options.count !== "undefined") {
      data = {
        ...data,
        count: options.count
      };
    }
    if (this.options.interpolation.defaultVariables) {
      data = {
        ...this.options.interpolation.defaultVariables,
        ...data
      };
    }
    if (!useOptionsReplaceForData) {
      data = {
        ...data
      };
      for (const key of optionsKeys) {
        delete data[key];
      }
    }
    return data;
  }
  static hasDefaultValue(options) {
    const prefix = "defaultValue";
    for (const option in options) {
      if (Object.prototype.hasOwnProperty.call(options, option) && option.startsWith(prefix) && void 0 !== options[option]) {
        return true;
      }
    }
    return false;
  }
};
var LanguageUtil = class {
  constructor(options) {
    this.options = options;
    this.supportedLngs = this.options.supportedLngs || false;
    this.logger = baseLogger.create("languageUtils");
    this.resolveHierarchyCache = {};
  }
  clearCache() {
    this.resolveHierarchyCache = {};
  }
  getScriptPartFromCode(code) {
    code = getCleanedCode(code);
    if (!code || !code.includes("-")) return null;
    const p = code.split("-");
    if (p.length === 2) return null;
    p.pop();
    if (p[p.length - 1].toLowerCase() === "x") return null;
    return this.formatLanguageCode(p.join("-"));
  }
  getLanguagePartFromCode(code) {
    code = getCleanedCode(code);
    if (!code || !code.includes("-")) return code;
    const p = code.split("-");
    return this.formatLanguageCode(p[0]);
  }
  formatLanguageCode(code) {
    if (isString(code) && code.includes("-")) {
      let formattedCode;
      try {
        formattedCode = Intl.getCanonicalLocales(code)[0];
      } catch (e) {
      }
      if (formattedCode && this.options.lowerCaseLng) {
        formattedCode = formattedCode.toLowerCase();
      }
      if (formattedCode) return formattedCode;
      if (this.options.lowerCaseLng) {
        return code.toLowerCase();
      }
      return code;
    }
    const formatted = this.options.cleanCode || this.options.lowerCaseLng ? code.toLowerCase() : code;
    if (this.logger.debug && isString(code)) this.deprecateBareCode(code, formatted);
    return formatted;
  }
  deprecateBareCode(code, formatted) {
    let canonical;
    try {
      canonical = Intl.getCanonicalLocales(code)[0];
    } catch (e) {
      return;
    }
    let v27 = canonical.toLowerCase() === code.toLowerCase() ? canonical : code.toLowerCase();
    if (this.options.lowerCaseLng) v27 = v27.toLowerCase();
    if (v27 === formatted) return;
    this.logger.once(code, "deprecate", `language code '${code}' is used as '${formatted}'; i18next v27 gives it the canonical casing '${v27}', use '${v27}' in lng, fallbackLng, supportedLngs and the resources`);
  }
  isSupportedCode(code) {
    if (this.options.load === "languageOnly" || this.options.nonExplicitSupportedLngs) {
      code = this.getLanguagePartFromCode(code);
    }
    return !this.supportedLngs || !this.supportedLngs.length || this.supportedLngs.includes(code);
  }
  getBestMatchFromCodes(codes) {
    if (!codes) return null;
    let found;
    codes.forEach((code) => {
      if (found) return;
      const cleanedLng = this.formatLanguageCode(code);
      if (!this.options.supportedLngs || this.isSupportedCode(cleanedLng)) found = cleanedLng;
    });
    if (!found && this.options.supportedLngs) {
      codes.forEach((code) => {
        if (found) return;
        const lngScOnly = this.getScriptPartFromCode(code);
        if (this.isSupportedCode(lngScOnly)) return found = lngScOnly;
        const lngOnly = this.getLanguagePartFromCode(code);
        if (this.isSupportedCode(lngOnly)) return found = lngOnly;
        found = this.options.supportedLngs.find((supportedLng) => {
          if (supportedLng === lngOnly) return true;
          if (!supportedLng.includes("-") && !lngOnly.includes("-")) return false;
          if (supportedLng.includes("-") && !lngOnly.includes("-") && supportedLng.slice(0, supportedLng.indexOf("-")) === lngOnly) return true;
          return false;
        });
      });
    }
    if (!found) found = this.getFallbackCodes(this.options.fallbackLng)[0];
    return found;
  }
  getFallbackCodes(fallbacks, code) {
    if (!fallbacks) return [];
    if (typeof fallbacks === "function") fallbacks = fallbacks(code);
    if (isString(fallbacks)) fallbacks = [fallbacks];
    if (Array.isArray(fallbacks)) return fallbacks;
    if (!code) return fallbacks.default || [];
    let found = fallbacks[code];
    if (!found) found = fallbacks[this.getScriptPartFromCode(code)];
    if (!found) found = fallbacks[this.formatLanguageCode(code)];
    if (!found) found = fallbacks[this.getLanguagePartFromCode(code)];
    if (!found) found = fallbacks.default;
    return found || [];
  }
  toResolveHierarchy(code, fallbackCode) {
    const fallbackLng = this.options.fallbackLng;
    const fallbackLngKey = Array.isArray(fallbackLng) ? fallbackLng.join("|") : fallbackLng;
    if (fallbackLngKey !== this._cachedFallbackLng) {
      this.resolveHierarchyCache = {};
      this._cachedFallbackLng = fallbackLngKey;
    }
    const hasCacheableFallback = fallbackCode === void 0 || fallbackCode === false || isString(fallbackCode);
    const usesUncacheableOptionsFallback = fallbackCode === void 0 && typeof this.options.fallbackLng === "function";
    const cacheable = isString(code) && hasCacheableFallback && !usesUncacheableOptionsFallback;
    let cacheKey = null;
    if (cacheable) {
      let fallbackCacheKey;
      if (fallbackCode === void 0) fallbackCacheKey = "undefined";
      else if (fallbackCode === false) fallbackCacheKey = "boolean:false";
      else fallbackCacheKey = `string:${fallbackCode}`;
      cacheKey = `${code.length}:${code}|${fallbackCacheKey}`;
    }
    if (cacheKey !== null) {
      const cached = this.resolveHierarchyCache[cacheKey];
      if (cached !== void 0) return cached.slice();
    }
    const fallbackCodes = this.getFallbackCodes((fallbackCode === false ? [] : fallbackCode) || this.options.fallbackLng || [], code);
    const codes = [];
    const addCode = (c) => {
      if (!c) return;
      if (this.isSupportedCode(c)) {
        codes.push(c);
      } else {
        this.logger.warn(`rejecting language code not found in supportedLngs: ${c}`);
      }
    };
    if (isString(code) && (code.includes("-") || code.includes("_"))) {
      if (this.options.load !== "languageOnly") addCode(this.formatLanguageCode(code));
      if (this.options.load !== "languageOnly" && this.options.load !== "currentOnly") addCode(this.getScriptPartFromCode(code));
      if (this.options.load !== "currentOnly") addCode(this.getLanguagePartFromCode(code));
    } else if (isString(code)) {
      addCode(this.formatLanguageCode(code));
    }
    fallbackCodes.forEach((fc) => {
      const formattedFc = this.formatLanguageCode(fc);
      if (!codes.includes(formattedFc)) addCode(formattedFc);
    });
    if (cacheKey !== null) {
      this.resolveHierarchyCache[cacheKey] = codes;
      return codes.slice();
    }
    return codes;
  }
};
var suffixesOrder = {
  zero: 0,
  one: 1,
  two: 2,
  few: 3,
  many: 4,
  other: 5
};
var dummyRule = {
  select: (count) => count === 1 ? "one" : "other",
  resolvedOptions: () => ({
    pluralCategories: ["one", "other"]
  })
};
var PluralResolver = class {
  constructor(languageUtils, options = {}) {
    this.languageUtils = languageUtils;
    this.options = options;
    this.logger = baseLogger.create("pluralResolver");
    this.pluralRulesCache = {};
  }
  clearCache() {
    this.pluralRulesCache = {};
  }
  getRule(code, options = {}) {
    const cleanedCode = getCleanedCode(code === "dev" ? "en" : code);
    const type = options.ordinal ? "ordinal" : "cardinal";
    const cacheKey = JSON.stringify({
      cleanedCode,
      type
    });
    if (cacheKey in this.pluralRulesCache) {
      return this.pluralRulesCache[cacheKey];
    }
    let rule;
    try {
      rule = new Intl.PluralRules(cleanedCode, {
        type
      });
    } catch (err) {
      if (typeof Intl === "undefined") {
        this.logger.error("No Intl support, please use an Intl polyfill!");
        return dummyRule;
      }
      if (!code.match(/-|_/)) return dummyRule;
      const lngPart = this.languageUtils.getLanguagePartFromCode(code);
      rule = this.getRule(lngPart, options);
    }
    this.pluralRulesCache[cacheKey] = rule;
    return rule;
  }
  needsPlural(code, options = {}) {
    let rule = this.getRule(code, options);
    if (!rule) rule = this.getRule("dev", options);
    return rule?.resolvedOptions().pluralCategories.length > 1;
  }
  getPluralFormsOfKey(code, key, options = {}) {
    return this.getSuffixes(code, options).map((suffix) => `${key}${suffix}`);
  }
  getSuffixes(code, options = {}) {
    let rule = this.getRule(code, options);
    if (!rule) rule = this.getRule("dev", options);
    if (!rule) return [];
    return rule.resolvedOptions().pluralCategories.sort((pluralCategory1, pluralCategory2) => suffixesOrder[pluralCategory1] - suffixesOrder[pluralCategory2]).map((pluralCategory) => `${this.options.prepend}${options.ordinal ? `ordinal${this.options.prepend}` : ""}${pluralCategory}`);
  }
  getSuffix(code, count, options = {}) {
    const rule = this.getRule(code, options);
    if (rule) {
      return `${this.options.prepend}${options.ordinal ? `ordinal${this.options.prepend}` : ""}${rule.select(count)}`;
    }
    this.logger.warn(`no plural rule found for: ${code}`);
    return this.getSuffix("dev", count, options);
  }
};
var deepFindWithDefaults = (data, defaultData, key, keySeparator = ".", ignoreJSONStructure = true) => {
  let path = getPathWithDefaults(data, defaultData, key);
  if (path == null && ignoreJSONStructure && isString(key)) {
    path = deepFind(data, key, keySeparator);
    if (path === void 0) path = deepFind(defaultData, key, keySeparator);
  }
  return path;
};
var Interpolator = class {
  constructor(options = {}) {
    this.logger = baseLogger.create("interpolator");
    this.options = options;
    this.format = options?.interpolation?.format || ((value) => value);
    this.init(options);
  }
  init(options = {}) {
    if (!options.interpolation) options.interpolation = {
      escapeValue: true
    };
    const {
      escape: escape$1,
      escapeValue,
      useRawValueToEscape,
      prefix,
      prefixEscaped,
      suffix,
      suffixEscaped,
      formatSeparator,
      unescapeSuffix,
      unescapePrefix,
      nestingPrefix,
      nestingPrefixEscaped,
      nestingSuffix,
      nestingSuffixEscaped,
      nestingOptionsSeparator,
      maxReplaces,
      alwaysFormat
    } = options.interpolation;
    if (prefixEscaped || suffixEscaped || nestingPrefixEscaped || nestingSuffixEscaped) {
      const names = Object.entries({
        prefixEscaped,
        suffixEscaped,
        nestingPrefixEscaped,
        nestingSuffixEscaped
      }).filter(([, v]) => v).map(([k]) => k);
      this.logger.once(names.join(), "deprecate", `interpolation.${names.join(", interpolation.")}: the regex-escaped delimiter options are removed in v27; pass the literal delimiters as prefix, suffix, nestingPrefix and nestingSuffix`);
    }
    this.escape = escape$1 !== void 0 ? escape$1 : escape;
    this.escapeValue = escapeValue !== void 0 ? escapeValue : true;
    this.useRawValueToEscape = useRawValueToEscape !== void 0 ? useRawValueToEscape : false;
    this.prefix = prefix ? regexEscape(prefix) : prefixEscaped || "{{";
    this.suffix = suffix ? regexEscape(suffix) : suffixEscaped || "}}";
    this.formatSeparator = formatSeparator || ",";
    this.unescapePrefix = unescapeSuffix ? "" : unescapePrefix ? regexEscape(unescapePrefix) : "-";
    this.unescapeSuffix = this.unescapePrefix ? "" : unescapeSuffix ? regexEscape(unescapeSuffix) : "";
    this.nestingPrefix = nestingPrefix ? regexEscape(nestingPrefix) : nestingPrefixEscaped || regexEscape("$t(");
    this.nestingSuffix = nestingSuffix ? regexEscape(nestingSuffix) : nestingSuffixEscaped || regexEscape(")");
    this.nestingOptionsSeparator = nestingOptionsSeparator || ",";
    this.maxReplaces = maxReplaces || 1e3;
    this.alwaysFormat = alwaysFormat !== void 0 ? alwaysFormat : false;
    this.resetRegExp();
  }
  reset() {
    if (this.options) this.init(this.options);
  }
  resetRegExp() {
    const getOrResetRegExp = (existingRegExp, pattern) => {
      if (existingRegExp?.source === pattern) {
        existingRegExp.lastIndex = 0;
        return existingRegExp;
      }
      return new RegExp(pattern, "g");
    };
    this.regexp = getOrResetRegExp(this.regexp, `${this.prefix}(.+?)${this.suffix}`);
    this.regexpUnescape = getOrResetRegExp(this.regexpUnescape, `${this.prefix}${this.unescapePrefix}(.+?)${this.unescapeSuffix}${this.suffix}`);
    this.nestingRegexp = getOrResetRegExp(this.nestingRegexp, `${this.nestingPrefix}((?:[^()"']|"[^"]*"|'[^']*'|\\((?:[^()"']|"[^"]*"|'[^']*')*\\))*?)${this.nestingSuffix}`);
  }
  interpolate(str, data, lng, options) {
    let match;
    let value;
    let replaces;
    const original = str;
    const defaultData = this.options && this.options.interpolation && this.options.interpolation.defaultVariables || {};
    const handleFormat = (key) => {
      if (!key.includes(this.formatSeparator)) {
        const path = deepFindWithDefaults(data, defaultData, key, this.options.keySeparator, this.options.ignoreJSONStructure);
        return this.alwaysFormat ? this.format(path, void 0, lng, {
          ...options,
          ...data,
          interpolationkey: key
        }) : path;
      }
      const p = key.split(this.formatSeparator);
      const k = p.shift().trim();
      const f = p.join(this.formatSeparator).trim();
      return this.format(deepFindWithDefaults(data, defaultData, k, this.options.keySeparator, this.options.ignoreJSONStructure), f, lng, {
        ...options,
        ...data,
        interpolationkey: k
      });
    };
    this.resetRegExp();
    if (!this.escapeValue && typeof str === "string" && /\$t\([^)]*\{[^}]*\{\{/.test(str)) {
      this.logger.warn("nesting options string contains interpolated variables with escapeValue: false \u2014 if any of those values are attacker-controlled they can inject additional nesting options (e.g. redirect lng/ns). Sanitise untrusted input before passing it to t(), or keep escapeValue: true.");
    }
    const missingInterpolationHandler = options?.missingInterpolationHandler || this.options.missingInterpolationHandler;
    const skipOnVariables = options?.interpolation?.skipOnVariables !== void 0 ? options.interpolation.skipOnVariables : this.options.interpolation.skipOnVariables;
    const todos = [{
      regex: this.regexpUnescape,
      safeValue: (val) => val
    }, {
      regex: this.regexp,
      safeValue: (val) => {
        if (!this.escapeValue) return val;
        if (this.escape === escape && this.options?.interpolation?.escapeValue !== false && isString(val) && val.includes("/")) {
          this.logger.once("/", "deprecate", "escapeValue renders '/' in a value as '&#x2F;' today; from v27 the default escape leaves '/' as it is");
        }
        return this.escape(val);
      }
    }];
    const unescapedValues = [];
    let shift = 0;
    todos.forEach((todo) => {
      replaces = 0;
      while (match = todo.regex.exec(str)) {
        const at = match.index - shift;
        const written = unescapedValues.find(([start, end]) => at >= start && at < end);
        if (written) {
          todo.regex.lastIndex = written[1] + shift;
          continue;
        }
        const matchedVar = match[1].trim();
        value = handleFormat(matchedVar);
        if (value === void 0) {
          if (typeof missingInterpolationHandler === "function") {
            const temp = missingInterpolationHandler(str, match, options);
            value = isString(temp) ? temp : "";
          } else if (options && Object.prototype.hasOwnProperty.call(options, matchedVar)) {
            value = "";
          } else if (skipOnVariables) {
            if (this.logger.debug) {
              this.logger.once(`${original}\0${match[0]}`, "warn", `missed to pass in variable ${matchedVar} for interpolating ${original}`);
            }
            value = match[0];
            continue;
          } else {
            this.logger.warn(`missed to pass in variable ${matchedVar} for interpolating ${str}`);
            value = "";
          }
        } else if (!isString(value) && !this.useRawValueToEscape) {
          value = makeString(value);
        }
        const safeValue = makeString(todo.safeValue(value));
        str = str.slice(0, match.index) + safeValue + str.slice(match.index + match[0].length);
        if (skipOnVariables) {
          if (todo.regex === this.regexpUnescape) {
            unescapedValues.push([match.index, match.index + safeValue.length]);
          } else {
            shift += safeValue.length - match[0].length;
          }
          todo.regex.lastIndex += safeValue.length;
          todo.regex.lastIndex -= match[0].length;
        } else {
          todo.regex.lastIndex = 0;
        }
        replaces++;
        if (replaces >= this.maxReplaces) {
          break;
        }
      }
    });
    return str;
  }
  nest(str, fc, options = {}) {
    let match;
    let value;
    let clonedOptions;
    const handleHasOptions = (key, inheritedOptions) => {
      const sep = this.nestingOptionsSeparator;
      if (!key.includes(sep)) return key;
      const c = key.split(new RegExp(`${regexEscape(sep)}[ ]*{`));
      let optionsString = `{${c[1]}`;
      key = c[0];
      optionsString = this.interpolate(optionsString, clonedOptions);
      const matchedSingleQuotes = optionsString.match(/'/g);
      const matchedDoubleQuotes = optionsString.match(/"/g);
      if ((matchedSingleQuotes?.length ?? 0) % 2 === 0 && !matchedDoubleQuotes || (matchedDoubleQuotes?.length ?? 0) % 2 !== 0) {
        optionsString = optionsString.replace(/'/g, '"');
      }
      try {
        clonedOptions = JSON.parse(optionsString);
        if (inheritedOptions) clonedOptions = {
          ...inheritedOptions,
          ...clonedOptions
        };
      } catch (e) {
        this.logger.warn(`failed parsing options string in nesting for key ${key}`, e);
        return `${key}${sep}${optionsString}`;
      }
      if (clonedOptions.defaultValue && clonedOptions.defaultValue.includes(this.prefix)) delete clonedOptions.defaultValue;
      return key;
    };
    const nestingRegexp = new RegExp(this.nestingRegexp);
    let out = "";
    let lastEnd = 0;
    while (match = nestingRegexp.exec(str)) {
      let formatters = [];
      clonedOptions = {
        ...options
      };
      clonedOptions = clonedOptions.replace && !isString(clonedOptions.replace) ? clonedOptions.replace : clonedOptions;
      clonedOptions.applyPostProcessor = false;
      delete clonedOptions.defaultValue;
      const keyEndIndex = /{.*}/s.test(match[1]) ? match[1].lastIndexOf("}") + 1 : match[1].indexOf(this.formatSeparator);
      if (keyEndIndex !== -1) {
        formatters = match[1].slice(keyEndIndex).split(this.formatSeparator).map((elem) => elem.trim()).filter(Boolean);
        match[1] = match[1].slice(0, keyEndIndex);
      }
      value = fc(handleHasOptions.call(this, match[1].trim(), clonedOptions), clonedOptions);
      if (value && match[0] === str && !isString(value)) return value;
      if (!isString(value)) value = makeString(value);
      if (!value) {
        this.logger.warn(`missed to resolve ${match[1]} for nesting ${str}`);
        value = "";
      }
      if (formatters.length) {
        value = formatters.reduce((v, f) => this.format(v, f, options.lng, {
          ...options,
          interpolationkey: match[1].trim()
        }), value.trim());
      }
      out += str.slice(lastEnd, match.index) + makeString(value);
      lastEnd = nestingRegexp.lastIndex;
      this.regexp.lastIndex = 0;
    }
    return lastEnd ? out + str.slice(lastEnd) : str;
  }
};
var parseFormatStr = (formatStr) => {
  let formatName = formatStr.toLowerCase().trim();
  const formatOptions = {};
  if (formatStr.includes("(")) {
    const p = formatStr.split("(");
    formatName = p[0].toLowerCase().trim();
    const optStr = p[1].slice(0, -1);
    if (formatName === "currency" && !optStr.includes(":")) {
      if (!formatOptions.currency) formatOptions.currency = optStr.trim();
    } else if (formatName === "relativetime" && !optStr.includes(":")) {
      if (!formatOptions.range) formatOptions.range = optStr.trim();
    } else {
      const opts = optStr.split(";");
      opts.forEach((opt) => {
        if (opt) {
          const [key, ...rest] = opt.split(":");
          const val = rest.join(":").trim().replace(/^'+|'+$/g, "");
          const trimmedKey = key.trim();
          if (!formatOptions[trimmedKey]) formatOptions[trimmedKey] = val;
          if (val === "false") formatOptions[trimmedKey] = false;
          if (val === "true") formatOptions[trimmedKey] = true;
          if (!isNaN(val)) formatOptions[trimmedKey] = parseInt(val, 10);
        }
      });
    }
  }
  return {
    formatName,
    formatOptions
  };
};
var createCachedFormatter = (fn) => {
  const cache = {};
  return (v, l, o) => {
    let optForCache = o;
    if (o && o.interpolationkey && o.formatParams && o.formatParams[o.interpolationkey] && o[o.interpolationkey]) {
      optForCache = {
        ...optForCache,
        [o.interpolationkey]: void 0
      };
    }
    let key;
    try {
      key = l + JSON.stringify(optForCache);
    } catch (e) {
      return fn(getCleanedCode(l), o)(v);
    }
    let frm = cache[key];
    if (!frm) {
      frm = fn(getCleanedCode(l), o);
      cache[key] = frm;
    }
    return frm(v);
  };
};
var createNonCachedFormatter = (fn) => (v, l, o) => fn(getCleanedCode(l), o)(v);
var Formatter = class {
  constructor(options = {}) {
    this.logger = baseLogger.create("formatter");
    this.options = options;
    this.init(options);
  }
  init(services, options = {
    interpolation: {}
  }) {
    this.formatSeparator = options.interpolation.formatSeparator || ",";
    const cf = options.cacheInBuiltFormats ? createCachedFormatter : createNonCachedFormatter;
    this.formats = {
      number: cf((lng, opt) => {
        const formatter = new Intl.NumberFormat(lng, {
          ...opt
        });
        return (val) => formatter.format(val);
      }),
      currency: cf((lng, opt) => {
        const formatter = new Intl.NumberFormat(lng, {
          ...opt,
          style: "currency"
        });
        return (val) => formatter.format(val);
      }),
      datetime: cf((lng, opt) => {
        const formatter = new Intl.DateTimeFormat(lng, {
          ...opt
        });
        return (val) => formatter.format(val);
      }),
      relativetime: cf((lng, opt) => {
        const formatter = new Intl.RelativeTimeFormat(lng, {
          ...opt
        });
        return (val) => formatter.format(val, opt.range || "day");
      }),
      list: cf((lng, opt) => {
        const formatter = new Intl.ListFormat(lng, {
          ...opt
        });
        return (val) => formatter.format(val);
      })
    };
  }
  add(name, fc) {
    this.formats[name.toLowerCase().trim()] = fc;
  }
  addCached(name, fc) {
    this.formats[name.toLowerCase().trim()] = createCachedFormatter(fc);
  }
  format(value, format, lng, options = {}) {
    if (!format) return value;
    if (value == null) return value;
    const rawFormats = format.split(this.formatSeparator);
    const formats = [];
    for (let i = 0; i < rawFormats.length; i++) {
      let f = rawFormats[i];
      while (f.indexOf("(") > -1 && !f.includes(")") && i + 1 < rawFormats.length) {
        f = `${f}${this.formatSeparator}${rawFormats[++i]}`;
      }
      formats.push(f);
    }
    const result = formats.reduce((mem, f) => {
      const {
        formatName,
        formatOptions
      } = parseFormatStr(f);
      if (this.formats[formatName]) {
        let formatted = mem;
        try {
          const valOptions = options?.formatParams?.[options.interpolationkey] || {};
          const l = valOptions.locale || valOptions.lng || options.locale || options.lng || lng;
          formatted = this.formats[formatName](mem, l, {
            ...formatOptions,
            ...options,
            ...valOptions
          });
        } catch (error) {
          this.logger.warn(error);
        }
        return formatted;
      } else {
        this.logger.warn(`there was no format function for ${formatName}`);
      }
      return mem;
    }, value);
    return result;
  }
};
var removePending = (q, name) => {
  if (q.pending[name] !== void 0) {
    delete q.pending[name];
    q.pendingCount--;
  }
};
var Connector = class extends EventEmitter {
  constructor(backend, store, services, options = {}) {
    super();
    this.backend = backend;
    this.store = store;
    this.services = services;
    this.languageUtils = services.languageUtils;
    this.options = options;
    this.logger = baseLogger.create("backendConnector");
    this.waitingReads = [];
    this.maxParallelReads = options.maxParallelReads || 10;
    this.readingCalls = 0;
    this.maxRetries = options.maxRetries >= 0 ? options.maxRetries : 5;
    this.retryTimeout = options.retryTimeout >= 1 ? options.retryTimeout : 350;
    this.state = {};
    this.queue = [];
    this.backend?.init?.(services, options.backend, options);
    this.callbackApi = callbackApiOf(this.backend);
    if (this.backend && this.callbackApi === void 0 && (this.backend.read || this.backend.create)) {
      this.logger.deprecate("backend: set callbackApi to declare the calling convention (true: read(language, namespace, callback) and create(languages, namespace, key, fallbackValue, callback, options); false: both return a promise or a value); guessing it from the number of parameters is deprecated");
    }
  }
  queueLoad(languages, namespaces, options, callback) {
    const toLoad = {};
    const pending = {};
    const toLoadLanguages = {};
    const toLoadNamespaces = {};
    languages.forEach((lng) => {
      let hasAllNamespaces = true;
      namespaces.forEach((ns) => {
        const name = `${lng}|${ns}`;
        if (!options.reload && this.store.hasResourceBundle(lng, ns)) {
          this.state[name] = 2;
        } else if (!options.reload && this.state[name] < 0) ;
        else if (this.state[name] === 1) {
          if (pending[name] === void 0) pending[name] = true;
        } else {
          this.state[name] = 1;
          hasAllNamespaces = false;
          if (pending[name] === void 0) pending[name] = true;
          if (toLoad[name] === void 0) toLoad[name] = true;
          if (toLoadNamespaces[ns] === void 0) toLoadNamespaces[ns] = true;
        }
      });
      if (!hasAllNamespaces) toLoadLanguages[lng] = true;
    });
    if (Object.keys(toLoad).length || Object.keys(pending).length) {
      this.queue.push({
        pending,
        pendingCount: Object.keys(pending).length,
        loaded: {},
        errors: [],
        callback
      });
    }
    return {
      toLoad: Object.keys(toLoad),
      pending: Object.keys(pending),
      toLoadLanguages: Object.keys(toLoadLanguages),
      toLoadNamespaces: Object.keys(toLoadNamespaces)
    };
  }
  loaded(name, err, data) {
    const s = name.split("|");
    const lng = s[0];
    const ns = s[1];
    if (err) this.emit("failedLoading", lng, ns, err);
    if (!err && data) {
      this.store.addResourceBundle(lng, ns, data, void 0, void 0, {
        skipCopy: true
      });
    }
    this.state[name] = err ? -1 : 2;
    if (err && data) this.state[name] = 0;
    const loaded = {};
    this.queue.forEach((q) => {
      pushPath(q.loaded, [lng], ns);
      removePending(q, name);
      if (err) q.errors.push(err);
      if (q.pendingCount === 0 && !q.done) {
        Object.keys(q.loaded).forEach((l) => {
          if (!loaded[l]) loaded[l] = {};
          const loadedKeys = q.loaded[l];
          if (loadedKeys.length) {
            loadedKeys.forEach((n) => {
              if (loaded[l][n] === void 0) loaded[l][n] = true;
            });
          }
        });
        q.done = true;
        if (q.errors.length) {
          q.callback(q.errors);
        } else {
          q.callback();
        }
      }
    });
    this.emit("loaded", loaded);
    this.queue = this.queue.filter((q) => !q.done);
  }
  read(lng, ns, fcName, tried = 0, wait = this.retryTimeout, callback) {
    if (!lng.length) return callback(null, {});
    if (this.readingCalls >= this.maxParallelReads) {
      this.waitingReads.push({
        lng,
        ns,
        fcName,
        tried,
        wait,
        callback
      });
      return;
    }
    this.readingCalls++;
    const resolver = (err, data) => {
      this.readingCalls--;
      if (this.waitingReads.length > 0) {
        const next = this.waitingReads.shift();
        this.read(next.lng, next.ns, next.fcName, next.tried, next.wait, next.callback);
      }
      if (err && data && tried < this.maxRetries) {
        setTimeout(() => {
          this.read(lng, ns, fcName, tried + 1, wait * 2, callback);
        }, wait);
        return;
      }
      callback(err, data);
    };
    const fc = this.backend[fcName].bind(this.backend);
    if (this.callbackApi === false || this.callbackApi === void 0 && fc.length === 2) {
      try {
        const r = fc(lng, ns);
        if (r && typeof r.then === "function") {
          r.then((data) => resolver(null, data)).catch(resolver);
        } else {
          resolver(null, r);
        }
      } catch (err) {
        resolver(err);
      }
      return;
    }
    return fc(lng, ns, resolver);
  }
  prepareLoading(languages, namespaces, options = {}, callback) {
    if (!this.backend) {
      this.logger.warn("No backend was added via i18next.use. Will not load resources.");
      return callback && callback();
    }
    if (isString(languages)) languages = this.languageUtils.toResolveHierarchy(languages);
    if (isString(namespaces)) namespaces = [namespaces];
    const toLoad = this.queueLoad(languages, namespaces, options, callback);
    if (!toLoad.toLoad.length) {
      if (!toLoad.pending.length) callback();
      return null;
    }
    toLoad.toLoad.forEach((name) => {
      this.loadOne(name);
    });
  }
  load(languages, namespaces, callback) {
    this.prepareLoading(languages, namespaces, {}, callback);
  }
  reload(languages, namespaces, callback) {
    this.prepareLoading(languages, namespaces, {
      reload: true
    }, callback);
  }
  noticeDevFallback(lng) {
    if (lng !== "dev" || !this.devIsDefaultFallback) return;
    this.logger.once("dev", "warn", "language 'dev' is requested because fallbackLng is not set (its default is ['dev']); i18next v27 defaults to fallbackLng: false and loads and saves missing keys in the requested language instead. Set fallbackLng to your source language, or to 'dev' to keep this behavior");
  }
  loadOne(name, prefix = "") {
    const s = name.split("|");
    const lng = s[0];
    const ns = s[1];
    this.noticeDevFallback(lng);
    this.read(lng, ns, "read", void 0, void 0, (err, data) => {
      if (err) this.logger.warn(`${prefix}loading namespace ${ns} for language ${lng} failed`, err);
      if (!err && data) this.logger.log(`${prefix}loaded namespace ${ns} for language ${lng}`, data);
      this.loaded(name, err, data);
    });
  }
  saveMissing(languages, namespace, key, fallbackValue, isUpdate, options = {}, clb = () => {
  }, hasLoadedNamespace2 = this.newestCloneHasLoadedNamespace || this.services?.utils?.hasLoadedNamespace) {
    if (hasLoadedNamespace2 && !hasLoadedNamespace2(namespace)) {
      this.logger.warn(`did not save key "${key}" as the namespace "${namespace}" was not yet loaded`, "This means something IS WRONG in your setup. You access the t function before i18next.init / i18next.loadNamespace / i18next.changeLanguage was done. Wait for the callback or Promise to resolve before accessing it!!!");
      return;
    }
    if (key === void 0 || key === null || key === "") return;
    if (this.backend?.create) {
      languages?.forEach?.((l) => this.noticeDevFallback(l));
      const opts = {
        ...options,
        isUpdate
      };
      const fc = this.backend.create.bind(this.backend);
      if (this.callbackApi === false || this.callbackApi === void 0 && fc.length < 6) {
        try {
          let r;
          if (this.callbackApi === false || fc.length === 5) {
            r = fc(languages, namespace, key, fallbackValue, opts);
          } else {
            r = fc(languages, namespace, key, fallbackValue);
          }
          if (r && typeof r.then === "function") {
            r.then((data) => clb(null, data)).catch(clb);
          } else {
            clb(null, r);
          }
        } catch (err) {
          clb(err);
        }
      } else {
        fc(languages, namespace, key, fallbackValue, clb, opts);
      }
    }
    if (!languages || !languages[0]) return;
    this.store.addResource(languages[0], namespace, key, fallbackValue);
  }
};
var get = () => ({
  debug: false,
  initAsync: true,
  ns: ["translation"],
  defaultNS: ["translation"],
  fallbackLng: ["dev"],
  fallbackNS: false,
  supportedLngs: false,
  nonExplicitSupportedLngs: false,
  load: "all",
  preload: false,
  keySeparator: ".",
  nsSeparator: ":",
  pluralSeparator: "_",
  contextSeparator: "_",
  enableSelector: false,
  partialBundledLanguages: false,
  saveMissing: false,
  updateMissing: false,
  saveMissingTo: "fallback",
  saveMissingPlurals: true,
  missingKeyHandler: false,
  missingInterpolationHandler: false,
  postProcess: false,
  postProcessPassResolved: false,
  returnNull: false,
  returnEmptyString: true,
  returnObjects: false,
  joinArrays: false,
  returnedObjectHandler: false,
  parseMissingKeyHandler: false,
  appendNamespaceToMissingKey: false,
  appendNamespaceToCIMode: false,
  overloadTranslationOptionHandler: (args) => {
    let ret = {};
    if (typeof args[1] === "object") ret = args[1];
    if (isString(args[1])) ret.defaultValue = args[1];
    if (isString(args[2])) ret.tDescription = args[2];
    if (typeof args[2] === "object" || typeof args[3] === "object") {
      const options = args[3] || args[2];
      Object.keys(options).forEach((key) => {
        ret[key] = options[key];
      });
    }
    return ret;
  },
  interpolation: {
    escapeValue: true,
    prefix: "{{",
    suffix: "}}",
    formatSeparator: ",",
    unescapePrefix: "-",
    nestingPrefix: "$t(",
    nestingSuffix: ")",
    nestingOptionsSeparator: ",",
    maxReplaces: 1e3,
    skipOnVariables: true
  },
  cacheInBuiltFormats: true
});
var transformOptions = (options) => {
  if (isString(options.ns)) options.ns = [options.ns];
  if (isString(options.fallbackLng)) options.fallbackLng = [options.fallbackLng];
  if (isString(options.fallbackNS)) options.fallbackNS = [options.fallbackNS];
  if (options.supportedLngs && !options.supportedLngs.includes("cimode")) {
    options.supportedLngs = options.supportedLngs.concat(["cimode"]);
  }
  return options;
};
var noop = () => {
};
var loggerOwner;
var bindMemberFunctions = (inst) => {
  const mems = Object.getOwnPropertyNames(Object.getPrototypeOf(inst));
  mems.forEach((mem) => {
    if (typeof inst[mem] === "function") {
      inst[mem] = inst[mem].bind(inst);
    }
  });
};
var I18n = class _I18n extends EventEmitter {
  constructor(options = {}, callback) {
    super();
    this.options = transformOptions(options);
    this.services = {
      ownPostProcessors: /* @__PURE__ */ new Set()
    };
    this.logger = baseLogger;
    this.modules = {
      external: []
    };
    bindMemberFunctions(this);
    if (callback && !this.isInitialized && !options.isClone) {
      if (!this.options.initAsync) {
        this.init(options, callback);
        return this;
      }
      setTimeout(() => {
        this.init(options, callback);
      }, 0);
    }
  }
  init(options = {}, callback) {
    this.isInitializing = true;
    if (typeof options === "function") {
      callback = options;
      options = {};
    }
    if (options.defaultNS == null && options.ns) {
      if (isString(options.ns)) {
        options.defaultNS = options.ns;
      } else if (!options.ns.includes("translation")) {
        options.defaultNS = options.ns[0];
      }
    }
    const fallbackLngIsDefault = options.fallbackLng === void 0 && this.options.fallbackLng === void 0;
    const defOpts = get();
    this.options = {
      ...defOpts,
      ...this.options,
      ...transformOptions(options)
    };
    this.options.interpolation = {
      ...defOpts.interpolation,
      ...this.options.interpolation
    };
    if (options.keySeparator !== void 0) {
      this.options.userDefinedKeySeparator = options.keySeparator;
    }
    if (options.nsSeparator !== void 0) {
      this.options.userDefinedNsSeparator = options.nsSeparator;
    }
    if (typeof this.options.overloadTranslationOptionHandler !== "function") {
      this.options.overloadTranslationOptionHandler = defOpts.overloadTranslationOptionHandler;
    }
    const createClassOnDemand = (ClassOrObject) => {
      if (!ClassOrObject) return null;
      if (typeof ClassOrObject === "function") return new ClassOrObject();
      return ClassOrObject;
    };
    if (!this.options.isClone) {
      if (loggerOwner && loggerOwner !== this && loggerOwner.modules.logger !== this.modules.logger) {
        baseLogger.deprecate("init: this init() replaces the logger another i18next instance set with use(), as the logger is shared in v26; from v27 each instance keeps its own logger");
      }
      loggerOwner = this.modules.logger ? this : void 0;
      if (this.modules.logger) {
        baseLogger.init(createClassOnDemand(this.modules.logger), this.options);
      } else {
        baseLogger.init(null, this.options);
      }
      this.pendingWarnings?.forEach((msg) => this.logger.warn(msg));
      this.pendingWarnings = void 0;
      let formatter;
      if (this.modules.formatter) {
        formatter = this.modules.formatter;
      } else {
        formatter = Formatter;
      }
      const lu = new LanguageUtil(this.options);
      this.store = new ResourceStore(this.options.resources, this.options);
      const s = this.services;
      s.logger = baseLogger;
      s.resourceStore = this.store;
      s.languageUtils = lu;
      s.pluralResolver = new PluralResolver(lu, {
        prepend: this.options.pluralSeparator
      });
      if (formatter) {
        s.formatter = createClassOnDemand(formatter);
        if (s.formatter.init) s.formatter.init(s, this.options);
        this.options.interpolation.format = s.formatter.format.bind(s.formatter);
      }
      s.interpolator = new Interpolator(this.options);
      s.utils = {
        hasLoadedNamespace: this.hasLoadedNamespace.bind(this),
        reloadResources: this.reloadResources.bind(this)
      };
      s.backendConnector = new Connector(createClassOnDemand(this.modules.backend), s.resourceStore, s, this.options);
      s.backendConnector.devIsDefaultFallback = fallbackLngIsDefault;
      s.backendConnector.on("*", (event, ...args) => {
        this.emit(event, ...args);
      });
      if (this.modules.languageDetector) {
        s.languageDetector = createClassOnDemand(this.modules.languageDetector);
        if (s.languageDetector.init) s.languageDetector.init(s, this.options.detection, this.options);
        if (s.languageDetector.async && callbackApiOf(s.languageDetector) === void 0) {
          this.logger.deprecate("languageDetector: set callbackApi to declare how the async detect() answers (true: detect(callback); false: detect() returns a promise); guessing it from the number of parameters is deprecated");
        }
      }
      if (this.modules.i18nFormat) {
        s.i18nFormat = createClassOnDemand(this.modules.i18nFormat);
        if (s.i18nFormat.init) s.i18nFormat.init(this);
      }
      this.translator = new Translator(this.services, this.options);
      this.translator.on("*", (event, ...args) => {
        this.emit(event, ...args);
      });
      this.modules.external.forEach((m) => {
        if (m.init) m.init(this);
      });
    }
    this.format = this.options.interpolation.format;
    if (!callback) callback = noop;
    if (this.options.fallbackLng && !this.services.languageDetector && !this.options.lng) {
      const codes = this.services.languageUtils.getFallbackCodes(this.options.fallbackLng);
      if (codes.length > 0 && codes[0] !== "dev") this.options.lng = codes[0];
    }
    if (!this.services.languageDetector && !this.options.lng) {
      this.logger.warn("init: no languageDetector is used and no lng is defined");
    }
    const storeApi = ["getResource", "hasResourceBundle", "getResourceBundle", "getDataByLanguage"];
    storeApi.forEach((fcName) => {
      this[fcName] = (...args) => this.store[fcName](...args);
    });
    const storeApiChained = ["addResource", "addResources", "addResourceBundle", "removeResourceBundle"];
    storeApiChained.forEach((fcName) => {
      this[fcName] = (...args) => {
        this.store[fcName](...args);
        return this;
      };
    });
    const deferred = defer();
    const load = () => {
      const finish = (err, t2) => {
        this.isInitializing = false;
        if (this.isInitialized && !this.initializedStoreOnce) this.logger.warn("init: i18next is already initialized. You should call init just once!");
        this.isInitialized = true;
        if (!this.options.isClone) this.logger.log("initialized", this.options);
        this.emit("initialized", this.options);
        deferred.resolve(t2);
        callback(err, t2);
      };
      if ((this.languages || this.isLanguageChangingTo) && !this.isInitialized) return finish(null, this.t.bind(this));
      this.changeLanguage(this.options.lng, finish);
    };
    if (this.options.resources || !this.options.initAsync) {
      load();
    } else {
      setTimeout(load, 0);
    }
    return deferred;
  }
  loadResources(language, callback = noop) {
    let usedCallback = callback;
    const usedLng = isString(language) ? language : this.language;
    if (typeof language === "function") usedCallback = language;
    if (!this.options.resources || this.options.partialBundledLanguages) {
      if (usedLng?.toLowerCase() === "cimode" && (!this.options.preload || this.options.preload.length === 0)) return usedCallback();
      const toLoad = [];
      const append = (lng) => {
        if (!lng) return;
        if (lng === "cimode") return;
        const lngs = this.services.languageUtils.toResolveHierarchy(lng);
        lngs.forEach((l) => {
          if (l === "cimode") return;
          if (!toLoad.includes(l)) toLoad.push(l);
        });
      };
      if (!usedLng) {
        const fallbacks = this.services.languageUtils.getFallbackCodes(this.options.fallbackLng);
        fallbacks.forEach((l) => append(l));
      } else {
        append(usedLng);
      }
      this.options.preload?.forEach?.((l) => append(l));
      this.services.backendConnector.load(toLoad, this.options.ns, (e) => {
        if (!e && !this.resolvedLanguage && this.language) this.setResolvedLanguage(this.language);
        usedCallback(e);
      });
    } else {
      usedCallback(null);
    }
  }
  reloadResources(lngs, ns, callback) {
    const deferred = defer();
    if (typeof lngs === "function") {
      callback = lngs;
      lngs = void 0;
    }
    if (typeof ns === "function") {
      callback = ns;
      ns = void 0;
    }
    if (!lngs) {
      const requested = Object.keys(this.services.backendConnector.state).map((name) => name.split("|")[0]);
      lngs = [.../* @__PURE__ */ new Set([...this.languages || [], ...requested])].filter((l) => l !== "cimode");
    }
    if (!ns) ns = this.options.ns;
    if (!callback) callback = noop;
    this.services.backendConnector.reload(lngs, ns, (err) => {
      deferred.resolve();
      callback(err);
    });
    return deferred;
  }
  use(module) {
    if (!module) throw new Error("You are passing an undefined module! Please check the object you are passing to i18next.use()");
    if (!module.type) throw new Error("You are passing a wrong module! Please check the object you are passing to i18next.use()");
    const setModule = (type) => {
      if (this.modules[type] && this.modules[type] !== module) {
        const msg = `use: this ${type} replaces the ${type} passed to an earlier use() call; only one ${type} is used per instance`;
        if (this.isInitializing || this.isInitialized) this.logger.warn(msg);
        else (this.pendingWarnings = this.pendingWarnings || []).push(msg);
      }
      this.modules[type] = module;
    };
    if (module.type === "backend") {
      setModule("backend");
    }
    if (module.type === "logger" || module.log && module.warn && module.error) {
      this.modules.logger = module;
    }
    if (module.type === "languageDetector") {
      setModule("languageDetector");
    }
    if (module.type === "i18nFormat") {
      setModule("i18nFormat");
    }
    if (module.type === "postProcessor") {
      postProcessor.addPostProcessor(module);
      this.services.ownPostProcessors?.add(module.name);
    }
    if (module.type === "formatter") {
      setModule("formatter");
    }
    if (module.type === "3rdParty") {
      this.modules.external.push(module);
    }
    return this;
  }
  hydrate(resources, lng) {
    if (this.options.isClone) return this;
    if (!this.services.resourceStore) {
      this.logger.warn("hydrate: call init() first, the instance has no resource store yet");
      return this;
    }
    if (resources && !this.initializedStoreOnce) {
      this.services.resourceStore.data = resources;
      Object.values(resources).forEach((lngResources) => {
        Object.keys(lngResources).forEach((ns) => {
          if (!this.options.ns.includes(ns)) this.options.ns.push(ns);
        });
      });
      this.initializedStoreOnce = true;
      this.isInitialized = true;
    }
    if (lng && !this.initializedLanguageOnce) {
      this.changeLanguage(lng);
      this.initializedLanguageOnce = true;
    }
    return this;
  }
  setResolvedLanguage(l) {
    if (!l || !this.languages) return;
    if (["cimode", "dev"].includes(l)) return;
    for (let li = 0; li < this.languages.length; li++) {
      const lngInLngs = this.languages[li];
      if (["cimode", "dev"].includes(lngInLngs)) continue;
      if (this.store.hasLanguageSomeTranslations(lngInLngs)) {
        this.resolvedLanguage = lngInLngs;
        break;
      }
    }
    if (!this.resolvedLanguage && !this.languages.includes(l) && this.store.hasLanguageSomeTranslations(l)) {
      this.resolvedLanguage = l;
      this.languages.unshift(l);
    }
  }
  changeLanguage(lng, callback) {
    this.isLanguageChangingTo = lng;
    const deferred = defer();
    this.emit("languageChanging", lng);
    const setLngProps = (l) => {
      this.language = l;
      this.languages = this.services.languageUtils.toResolveHierarchy(l);
      this.resolvedLanguage = void 0;
      this.setResolvedLanguage(l);
    };
    const done = (err, l) => {
      if (l) {
        if (this.isLanguageChangingTo === lng) {
          setLngProps(l);
          this.translator.changeLanguage(l);
          this.isLanguageChangingTo = void 0;
          this.emit("languageChanged", l);
          this.logger.log("languageChanged", l);
        }
      } else {
        this.isLanguageChangingTo = void 0;
      }
      deferred.resolve((...args) => this.t(...args));
      if (callback) callback(err, (...args) => this.t(...args));
    };
    const setLng = (lngs) => {
      if (!lng && !lngs && this.services.languageDetector) lngs = [];
      const fl = isString(lngs) ? lngs : lngs && lngs[0];
      const l = this.store.hasLanguageSomeTranslations(fl) ? fl : this.services.languageUtils.getBestMatchFromCodes(isString(lngs) ? [lngs] : lngs);
      if (l && this.logger.debug && !isSafeLanguageCode(l)) {
        const configured = [].concat(this.options.supportedLngs || [], this.services.languageUtils.getFallbackCodes(this.options.fallbackLng, l), this.options.preload || []);
        if (!configured.includes(l) && !Object.prototype.hasOwnProperty.call(this.store.data, l)) {
          this.logger.once(`lng:${l}`, "deprecate", `changeLanguage: the language code '${l.slice(0, 64)}' comes from lng, changeLanguage() or the language detector and is not configured; from v27 such a code is refused unless it has only letters, digits, '-', '_', '@' and '.' (no '..'), at most 128 characters. Set supportedLngs, or check the code before passing it on`);
        }
      }
      if (l) {
        if (!this.language) {
          setLngProps(l);
        }
        if (!this.translator.language) this.translator.changeLanguage(l);
        this.services.languageDetector?.cacheUserLanguage?.(l);
      }
      this.loadResources(l, (err) => {
        done(err, l);
      });
    };
    if (!lng && this.services.languageDetector && !this.services.languageDetector.async) {
      setLng(this.services.languageDetector.detect());
    } else if (!lng && this.services.languageDetector && this.services.languageDetector.async) {
      const callbackApi = callbackApiOf(this.services.languageDetector);
      if (callbackApi === false || callbackApi === void 0 && this.services.languageDetector.detect.length === 0) {
        this.services.languageDetector.detect().then(setLng);
      } else {
        this.services.languageDetector.detect(setLng);
      }
    } else {
      setLng(lng);
    }
    return deferred;
  }
  getFixedT(lng, ns, keyPrefix, fixedOpts) {
    const scopeNs = fixedOpts?.scopeNs;
    const fixedT = (key, opts, ...rest) => {
      let o;
      if (typeof opts !== "object") {
        o = this.options.overloadTranslationOptionHandler([key, opts].concat(rest));
      } else {
        o = {
          ...opts
        };
      }
      o.lng = o.lng || fixedT.lng;
      o.lngs = o.lngs || fixedT.lngs;
      const explicitCallNs = o.ns !== void 0 && o.ns !== null;
      o.ns = o.ns || fixedT.ns;
      if (o.keyPrefix !== "") o.keyPrefix = o.keyPrefix || keyPrefix || fixedT.keyPrefix;
      const selectorOpts = {
        ...this.options,
        ...o
      };
      if (Array.isArray(scopeNs) && !explicitCallNs) selectorOpts.ns = scopeNs;
      if (typeof o.keyPrefix === "function") o.keyPrefix = keysFromSelector(o.keyPrefix, selectorOpts);
      const keySeparator = this.options.keySeparator || ".";
      let resultKey;
      if (o.keyPrefix && Array.isArray(key)) {
        resultKey = key.map((k) => {
          if (typeof k === "function") k = keysFromSelector(k, selectorOpts);
          return `${o.keyPrefix}${keySeparator}${k}`;
        });
      } else {
        if (typeof key === "function") key = keysFromSelector(key, selectorOpts);
        resultKey = o.keyPrefix ? `${o.keyPrefix}${keySeparator}${key}` : key;
      }
      return this.t(resultKey, o);
    };
    if (isString(lng)) {
      fixedT.lng = lng;
    } else {
      fixedT.lngs = lng;
    }
    fixedT.ns = ns;
    fixedT.keyPrefix = keyPrefix;
    return fixedT;
  }
  t(...args) {
    if (!this.translator) {
      this.logger.warn("t: called before init(); returning an empty string");
      return "";
    }
    return this.translator.translate(...args);
  }
  exists(...args) {
    return this.translator?.exists(...args);
  }
  setDefaultNamespace(ns) {
    this.options.defaultNS = ns;
  }
  hasLoadedNamespace(ns, options = {}) {
    if (!this.isInitialized) {
      this.logger.warn("hasLoadedNamespace: i18next was not initialized", this.languages);
      return false;
    }
    if (!this.languages || !this.languages.length) {
      this.logger.warn("hasLoadedNamespace: i18n.languages were undefined or empty", this.languages);
      return false;
    }
    const lng = options.lng || this.resolvedLanguage || this.languages[0];
    const fallbackLng = this.options ? this.options.fallbackLng : false;
    const lastLng = this.languages[this.languages.length - 1];
    if (lng.toLowerCase() === "cimode") return true;
    const loadNotPending = (l, n) => {
      const loadState = this.services.backendConnector.state[`${l}|${n}`];
      return loadState === -1 || loadState === 0 || loadState === 2;
    };
    if (options.precheck) {
      const preResult = options.precheck(this, loadNotPending);
      if (preResult !== void 0) return preResult;
    }
    if (this.hasResourceBundle(lng, ns)) return true;
    if (!this.services.backendConnector.backend || this.options.resources && !this.options.partialBundledLanguages) return true;
    const {
      languageUtils
    } = this.services;
    const loadLng = !options.lng ? lng : languageUtils.isSupportedCode(lng) && languageUtils.toResolveHierarchy(lng, false)[0];
    if ((!loadLng || loadNotPending(loadLng, ns)) && (!fallbackLng || loadNotPending(lastLng, ns))) return true;
    return false;
  }
  loadNamespaces(ns, callback) {
    const deferred = defer();
    if (!this.options.ns) {
      if (callback) callback();
      return Promise.resolve();
    }
    if (isString(ns)) ns = [ns];
    ns.forEach((n) => {
      if (!this.options.ns.includes(n)) this.options.ns.push(n);
    });
    this.loadResources((err) => {
      deferred.resolve();
      if (callback) callback(err);
    });
    return deferred;
  }
  loadLanguages(lngs, callback) {
    const deferred = defer();
    if (isString(lngs)) lngs = [lngs];
    const preloaded = this.options.preload || [];
    const newLngs = lngs.filter((lng) => !preloaded.includes(lng) && this.services.languageUtils.isSupportedCode(lng));
    if (!newLngs.length) {
      if (callback) callback();
      return Promise.resolve();
    }
    this.options.preload = preloaded.concat(newLngs);
    this.loadResources((err) => {
      deferred.resolve();
      if (callback) callback(err);
    });
    return deferred;
  }
  dir(lng) {
    if (!lng) lng = this.resolvedLanguage || (this.languages?.length > 0 ? this.languages[0] : this.language);
    if (!lng) return "ltr";
    try {
      const l = new Intl.Locale(lng);
      if (l && l.getTextInfo) {
        const ti = l.getTextInfo();
        if (ti && ti.direction) return ti.direction;
      }
    } catch (e) {
    }
    const rtlLngs = ["ar", "shu", "sqr", "ssh", "xaa", "yhd", "yud", "aao", "abh", "abv", "acm", "acq", "acw", "acx", "acy", "adf", "ads", "aeb", "aec", "afb", "ajp", "apc", "apd", "arb", "arq", "ars", "ary", "arz", "auz", "avl", "ayh", "ayl", "ayn", "ayp", "bbz", "pga", "he", "iw", "ps", "pbt", "pbu", "pst", "prp", "prd", "ug", "ur", "ydd", "yds", "yih", "ji", "yi", "hbo", "men", "xmn", "fa", "jpr", "peo", "pes", "prs", "dv", "sam", "ckb"];
    const languageUtils = this.services?.languageUtils || new LanguageUtil(get());
    if (lng.toLowerCase().indexOf("-latn") > 1) return "ltr";
    return rtlLngs.includes(languageUtils.getLanguagePartFromCode(lng)) || lng.toLowerCase().indexOf("-arab") > 1 ? "rtl" : "ltr";
  }
  static createInstance(options = {}, callback) {
    const instance2 = new _I18n(options, callback);
    instance2.createInstance = _I18n.createInstance;
    return instance2;
  }
  cloneInstance(options = {}, callback = noop) {
    const forkResourceStore = options.forkResourceStore;
    if (forkResourceStore) {
      options = {
        ...options
      };
      delete options.forkResourceStore;
    }
    const mergedOptions = {
      ...this.options,
      preload: false,
      ...options,
      ...{
        isClone: true
      }
    };
    const clone = new _I18n(mergedOptions);
    if (options.debug !== void 0 || options.prefix !== void 0) {
      clone.logger = clone.logger.clone(options);
    }
    const membersToCopy = ["store", "services", "language"];
    membersToCopy.forEach((m) => {
      clone[m] = this[m];
    });
    clone.services = {
      ...this.services
    };
    clone.services.utils = {
      ...clone.services.utils,
      hasLoadedNamespace: clone.hasLoadedNamespace.bind(clone),
      reloadResources: clone.reloadResources.bind(clone)
    };
    if (forkResourceStore) {
      const copyData = (obj) => {
        const copied = Array.isArray(obj) ? [...obj] : {
          ...obj
        };
        Object.keys(copied).forEach((k) => {
          if (copied[k] && typeof copied[k] === "object") copied[k] = copyData(copied[k]);
        });
        return copied;
      };
      const clonedData = copyData(this.store.data);
      clone.store = new ResourceStore(clonedData, mergedOptions);
      clone.services.resourceStore = clone.store;
    }
    if (options.interpolation) {
      const defOpts = get();
      const mergedInterpolation = {
        ...defOpts.interpolation,
        ...this.options.interpolation,
        ...options.interpolation
      };
      const mergedForInterpolator = {
        ...mergedOptions,
        interpolation: mergedInterpolation
      };
      clone.services.interpolator = new Interpolator(mergedForInterpolator);
    }
    clone.translator = new Translator(clone.services, mergedOptions);
    clone.translator.on("*", (event, ...args) => {
      clone.emit(event, ...args);
    });
    clone.init(mergedOptions, callback);
    clone.translator.options = mergedOptions;
    clone.translator.backendConnector.newestCloneHasLoadedNamespace = clone.hasLoadedNamespace.bind(clone);
    return clone;
  }
  toJSON() {
    return {
      options: this.options,
      store: this.store,
      language: this.language,
      languages: this.languages,
      resolvedLanguage: this.resolvedLanguage
    };
  }
};
var instance = I18n.createInstance();
var createInstance = instance.createInstance;
var dir = instance.dir;
var init = instance.init;
var loadResources = instance.loadResources;
var reloadResources = instance.reloadResources;
var use = instance.use;
var changeLanguage = instance.changeLanguage;
var getFixedT = instance.getFixedT;
var t = instance.t;
var exists = instance.exists;
var setDefaultNamespace = instance.setDefaultNamespace;
var hasLoadedNamespace = instance.hasLoadedNamespace;
var loadNamespaces = instance.loadNamespaces;
var loadLanguages = instance.loadLanguages;

// src/core/locales/interface/en.ts
var uiEn = {
  help: {
    title: "Alash history bot",
    intro: "I know the Alash movement (the Kazakh national party and autonomy of 1917\u20131920), its leaders and what became of them. Every answer cites its sources.",
    line: "{{usage}}: {{description}}",
    tip: 'You can also just ask: "who was Baitursynov?", "what happened on 26 August 1920?", "\u0411\u04E9\u043A\u0435\u0439\u0445\u0430\u043D\u043E\u0432", "1935-1938". Latin or Cyrillic, English, Kazakh or Russian.'
  },
  refusal: {
    admin: "Only chat admins can do that.",
    group: "That works in group chats only.",
    private: "That works in a private chat with me only."
  },
  unknownCommand: `I don't know the command "{{word}}". Try: {{known}}.`,
  apology: "Sorry, something went wrong while answering that. Please try again.",
  tooLong_one: "That message is too long for me ({{length}} character): I read at most {{limit}}. Ask one short question at a time.",
  tooLong_other: "That message is too long for me ({{length}} characters): I read at most {{limit}}. Ask one short question at a time.",
  label: {
    sources: "Sources",
    sourcesLine: "Sources: {{list}}",
    didYouMean: "Did you mean: {{choices}}?",
    moreLine: "More: {{request}}",
    shortened: "(Answer shortened.)",
    question: "Question {{number}}/{{total}}",
    questionLine: "Question {{number}}/{{total}}: {{question}}",
    questionTimed: "Question {{number}}/{{total}} ({{seconds}} s)",
    picture: "Picture: {{file}}",
    expired: "This button has expired.",
    textOnly: "I read text messages only. Ask me about the Alash movement, or try /help.",
    staleCommand: "That command has changed: try /alash help.",
    alash: "Ask about the Alash movement (1917-1920): people, dates, events, terms"
  },
  ask: {
    about: "Which entry? For example: /about alash-orda",
    more: "More about what? For example: /more alash-orda",
    search: "What should I search for? For example: /search newspaper",
    what: "What should I explain? For example: /what Alash Orda",
    when: "Which date or event? For example: /when 26 August 1920",
    who: "Who should I look up? For example: /who Bukeikhanov"
  },
  daily: {
    title: "Daily post",
    unavailable: "The daily post is not available right now.",
    isOn: "On: every day at {{time}} ({{timezone}}). An admin can turn it off with /daily off.",
    isOff: "Off. A chat admin can turn it on with /daily on [HH:MM] [time zone], e.g. /daily on 09:00 Asia/Almaty.",
    usage: "Use /daily on [HH:MM] [time zone], /daily off, or /daily to see the setting.",
    turnedOff: "Off. No more daily posts here.",
    alreadyOff: "It was already off.",
    badTime: "The time is HH:MM on a 24-hour clock, e.g. 09:00 or 18:30.",
    badZone: "I don't know that time zone. Use an IANA name such as Asia/Almaty, Asia/Aqtobe, Europe/Moscow or UTC.",
    turnedOn: "On: every day at {{time}} ({{timezone}}), what happened on that date in the Alash movement's history. The first post comes on {{day}}."
  },
  timeline: {
    unreadable: "I can draw a span of years (1917, 1917-1920) or a topic: {{topics}}.",
    tooManyYears: "Give one year or two: /timeline 1917 1920.",
    yearRange: "Years go from 1000 to 2100 here."
  },
  lang: {
    title: "Language",
    current: {
      auto: "Language: automatic. I answer each question in its own language (or your app's). A chat admin can fix one with /lang kk, /lang ru or /lang en.",
      en: "Language: English, fixed for this chat. /lang auto answers each question in its own language.",
      ru: "Language: Russian, fixed for this chat. /lang auto answers each question in its own language.",
      kk: "Language: Kazakh, fixed for this chat. /lang auto answers each question in its own language."
    },
    set: {
      auto: "Done: I answer each question in its own language here.",
      en: "Done: I answer in English in this chat. /lang auto answers each question in its own language.",
      ru: "Done: I answer in Russian in this chat. /lang auto answers each question in its own language.",
      kk: "Done: I answer in Kazakh in this chat. /lang auto answers each question in its own language."
    },
    usage: "Use /lang kk, /lang ru, /lang en, or /lang auto (each question in its own language)."
  }
};

// src/core/locales/quiz/en.ts
var quizEn = {
  // A difficulty as a word in a sentence ("difficulty: easy") and as a list of them.
  level: { easy: "easy", medium: "medium", hard: "hard" },
  levels_one: "{{a}}",
  levels_other: "{{a}} and {{b}}",
  /** How many questions a topic has at one difficulty, in `/quiz topics`. */
  levelCount: {
    easy_one: "{{count}} easy",
    easy_other: "{{count}} easy",
    medium_one: "{{count}} medium",
    medium_other: "{{count}} medium",
    hard_one: "{{count}} hard",
    hard_other: "{{count}} hard"
  },
  topicWithLevels: "{{topic}} ({{levels}})",
  topicLine: "{{topic}}: {{counts}}",
  topicsTitle: "Quiz topics",
  topicsFooter: "Start one with /quiz 5 <topic> <difficulty>.",
  unknownTopic: 'There is no quiz topic "{{topic}}". Topics: {{topics}}.',
  noLevel_one: "There are no {{difficulty}} questions on {{topic}} yet; it has {{has}} ones. Try /quiz {{topic}} {{first}}.",
  noLevel_other: "There are no {{difficulty}} questions on {{topic}} yet; it has {{has}} ones. Try /quiz {{topic}} {{first}}.",
  noQuestions: "There are no questions for that topic and difficulty yet. Try another.",
  noMissed: "You have no missed questions here yet. Questions you answer wrong or let pass in a round come back with /quiz missed.",
  noMissedNarrowed: "You have no missed questions here yet for that topic and difficulty. Questions you answer wrong or let pass in a round come back with /quiz missed.",
  // The start of a round.
  startTitle_one: "Quiz: {{count}} question",
  startTitle_other: "Quiz: {{count}} questions",
  startTitleShort_one: "Quiz: {{count}} question (only {{count}} match)",
  startTitleShort_other: "Quiz: {{count}} questions (only {{count}} match)",
  startTitleMissed_one: "Quiz: {{count}} missed question",
  startTitleMissed_other: "Quiz: {{count}} missed questions",
  startTitleMissedShort_one: "Quiz: {{count}} missed question (only {{count}} missed)",
  startTitleMissedShort_other: "Quiz: {{count}} missed questions (only {{count}} missed)",
  aboutTopic: "topic: {{topic}}",
  aboutDifficulty: "difficulty: {{difficulty}}",
  started: "{{starter}} started a quiz.",
  startedAbout: "{{starter}} started a quiz ({{about}}).",
  startedMissed: "{{starter}} started a quiz of questions {{starter}} missed before.",
  startedMissedAbout: "{{starter}} started a quiz of questions {{starter}} missed before ({{about}}).",
  perQuestion_one: "{{count}} second per question, one answer per person.",
  perQuestion_other: "{{count}} seconds per question, one answer per person.",
  perQuestionTyped_one: "{{count}} second per question, one answer per person: type the number of your answer.",
  perQuestionTyped_other: "{{count}} seconds per question, one answer per person: type the number of your answer.",
  firstComesNow: "The first question comes now.",
  // A question as an adapter shows it (adapters may use these with `QuizQuestionView.language`).
  questionTitle: "Question {{number}}/{{total}}",
  secondsToAnswer_one: "{{count}} second to answer.",
  secondsToAnswer_other: "{{count}} seconds to answer.",
  // The reveal of a question.
  answerTitle: "Answer {{number}}: {{answer}}",
  nobodyAnswered: "Nobody answered.",
  nobodyRight_one: "Nobody got it right ({{count}} answer).",
  nobodyRight_other: "Nobody got it right ({{count}} answers).",
  rightOf_one: "Right: {{names}} ({{right}} of {{count}} answer).",
  rightOf_other: "Right: {{names}} ({{right}} of {{count}} answers).",
  onStreak: "On a streak: {{players}}.",
  streakOf: "{{name}} ({{streak}})",
  // The end of a round.
  overTitle: "Quiz over",
  stoppedTitle: "Quiz stopped",
  scores: "Scores this round:\n{{lines}}",
  nobodyThisRound: "Nobody answered this round.",
  scoreLine_one: "{{rank}}. {{name}}: {{count}} point ({{right}}/{{asked}} right)",
  scoreLine_other: "{{rank}}. {{name}}: {{count}} points ({{right}}/{{asked}} right)",
  scoreLineStreak_one: "{{rank}}. {{name}}: {{count}} point ({{right}}/{{asked}} right, streak {{streak}})",
  scoreLineStreak_other: "{{rank}}. {{name}}: {{count}} points ({{right}}/{{asked}} right, streak {{streak}})",
  stoppedBy: "{{name}} stopped the quiz.",
  wasAnswer: "The answer to question {{number}} was: {{answer}}.",
  interrupted: "This quiz was interrupted by a restart and has ended. Every recorded answer counts.",
  storageFailed: "The quiz stopped: I could not save the game (a storage error on my side). Start a new round with /quiz later.",
  storageFailedQuestion: "The quiz stopped: I could not save the game (a storage error on my side). Question {{number}} does not count. Start a new round with /quiz later.",
  postFailed: "The quiz stopped: I could not post the next question.",
  // Leaderboard.
  leaderboardTitle: "Leaderboard",
  noScores: "No scores in this chat yet. Start a round with /quiz.",
  standing_one: "{{rank}}. {{name}}: {{count}} point ({{right}}/{{answered}} right, best streak {{best}})",
  standing_other: "{{rank}}. {{name}}: {{count}} points ({{right}}/{{answered}} right, best streak {{best}})",
  resetTitle: "Leaderboard reset",
  resetBody_one: "{{name}} reset this chat's leaderboard ({{count}} player removed).",
  resetBody_other: "{{name}} reset this chat's leaderboard ({{count}} players removed).",
  // Refusals and answers.
  unavailable: "The quiz is not available right now.",
  unavailableHere: "The quiz is not available here right now.",
  roundLength: "A round has 1 to {{max}} questions.",
  wholeNumber: "The number of questions must be a whole number.",
  difficulties: "Difficulty is easy, medium or hard.",
  alreadyRunning: "A quiz is already running in this chat. Wait for it to end, or stop it with /quiz stop.",
  notRunning: "No quiz is running in this chat.",
  onlyStarter: "Only {{name}}, who started this quiz, or a chat admin can stop it.",
  onlyAdminsReset: "Only chat admins can reset the leaderboard.",
  notInQuiz: "That question is not part of a quiz here.",
  otherChat: "That question belongs to a quiz in another chat.",
  tooLate: "Too late: that question has closed.",
  noOption: "There is no option {{number}}.",
  repeat: "You have already answered this question.",
  recorded: "Answer recorded: {{answer}}.",
  nextComing: "The next question is coming; answer it when it appears.",
  typeNumber: "Type a number from 1 to {{max}}.",
  /**
   * Generated questions in other languages (src/core/quiz/bank/generators): one template per
   * kind. English questions are phrased by bank/phrasing.ts, which knows English grammar; these
   * English forms say what each template means.
   */
  bank: {
    sources: "Sources: {{keys}}.",
    period: {
      from: " (from {{year}})",
      in: " ({{date}})",
      year: " ({{year}})",
      range: " ({{from}}\u2013{{to}})"
    },
    oldStyle: "{{date}} (old style)",
    versionOldStyle: "{{date}} OS ({{sources}})",
    version: "{{date}} ({{sources}})",
    role: "Who was the {{title}}{{when}}?",
    post: "{{name}}: {{title}}{{when}}. {{sources}}",
    personRole: "Which post did {{name}} hold{{when}}?",
    eventDate: 'When did "{{name}}" take place?',
    eventDateOldStyle: 'When did "{{name}}" take place (old style)?',
    eventPlace: 'Where did "{{name}}" take place?',
    eventIs: "{{name}}: {{value}}. {{sources}}",
    born: "In which year was {{name}} born?",
    died: "In which year did {{name}} die?",
    bornWas: "{{name}} was born on {{date}}. {{sources}}",
    bornWasAt: "{{name}} was born on {{date}}, {{place}}. {{sources}}",
    diedWas: "{{name}} died on {{date}}. {{sources}}",
    diedWasAt: "{{name}} died on {{date}}, {{place}}. {{sources}}",
    disputedDate: 'Sources disagree on the date of "{{name}}". Which of these dates does one of them give?',
    sourcesDiffer: "Sources differ: {{versions}}.",
    claimEvent: 'Sources disagree on the date of "{{name}}". True or false: one of them gives {{date}}.',
    claimBorn: "Sources disagree on when {{name}} was born. True or false: one of them gives {{date}}.",
    claimDied: "Sources disagree on when {{name}} died. True or false: one of them gives {{date}}.",
    claimAbout: 'Sources disagree about "{{name}}" ({{about}}). True or false: one of them gives {{date}}.',
    true: "True",
    false: "False",
    describePerson: "Who was {{name}}?",
    describeTerm: 'What was "{{name}}"?',
    described: "{{name}}: {{description}}. {{sources}}",
    identifyTerm: "Which of these was {{description}}?",
    identified: "{{name}}. {{sources}}",
    spelling: "How is {{name}}'s name written in Kazakh Cyrillic?",
    spelled: "{{name}} is written {{spelling}} in Kazakh. {{sources}}",
    notSigned: 'Who did NOT sign "{{name}}"?',
    notTookPart: 'Who did NOT take part in "{{name}}"?',
    signatories: 'Signatories of "{{name}}" include {{people}}. {{sources}}',
    participants: 'Participants of "{{name}}" include {{people}}. {{sources}}',
    cameFirst: 'Which came first: "{{a}}", "{{b}}" or "{{c}}"?',
    bornFirst: "Who was born first: {{a}}, {{b}} or {{c}}?",
    diedFirst: "Who died first: {{a}}, {{b}} or {{c}}?",
    wasFirst: "First: {{name}}. {{sources}}",
    whoWrote: 'Who wrote "{{title}}"?',
    whichWrote: "Which of these did {{name}} write?",
    wroteBy: "{{work}} is by {{name}}. {{sources}}",
    fact: "{{text}} {{sources}}"
  }
};

// src/core/locales/en.ts
var en = {
  quiz: quizEn,
  ui: uiEn,
  date: {
    day: "on {{date}}",
    month: "in {{date}}",
    year: "in {{date}}",
    range: "on {{date}}",
    circa: "around {{date}}",
    oldStyleMark: "old style",
    approximately: "approximately",
    oldStyle: "{{date}} (old style)"
  },
  fact: {
    born: "{{name}} was born {{when}}.",
    bornPlace: "{{name}} was born in {{place}}.",
    died: "{{name}} died {{when}}.",
    diedPlace: "{{name}} died in {{place}}.",
    noDate_born: "My sources do not give the date {{name}} was born.",
    noDate_died: "My sources do not give the date {{name}} died.",
    when: "{{name}} took place {{when}}.",
    at: " in {{place}}",
    dated: "{{name}} is dated {{date}}.",
    place: "{{name}} took place in {{place}}.",
    participants: "Those who took part in {{name}} included {{people}}.",
    role: "{{name}} was {{title}}.",
    roleSpan: "{{name}} was {{title}} ({{span}}).",
    attribute: "{{label}} of {{name}}: {{value}}.",
    disputed: "Sources disagree on {{about}}: {{versions}}.",
    disputedMore_one: "Sources disagree on {{about}}: {{versions}}; one more version is under More.",
    disputedMore_other: "Sources disagree on {{about}}: {{versions}}; {{count}} more versions are under More.",
    disputedDate_born: "Sources disagree on when {{name}} was born: {{versions}}.",
    disputedDate_died: "Sources disagree on when {{name}} died: {{versions}}.",
    disputedDate_when: "Sources disagree on when {{name}} took place: {{versions}}.",
    disputedPlace_born: "Sources disagree on where {{name}} was born: {{versions}}.",
    disputedPlace_died: "Sources disagree on where {{name}} died: {{versions}}.",
    disputedPlace_when: "Sources disagree on where {{name}} took place: {{versions}}.",
    or: " or ",
    spanFrom: "from {{from}}",
    spanTo: "until {{to}}"
  },
  card: {
    onThisDay: "On this day: {{date}}",
    nothingDated: "The knowledge dates nothing to a single day yet.",
    nothingOnDay: "Nothing I know of happened on {{date}}. The nearest dates are {{dates}}:",
    and: " and ",
    born: "Born",
    died: "Died",
    roles: "Roles",
    when: "When",
    whenDisputed: "When (sources disagree)",
    where: "Where",
    participants: "Who took part",
    otherDates: "Sources disagree: other sources give {{dates}}.",
    dateDisputed: "sources disagree on the date",
    andMore: "\u2026and {{count}} more. Ask about a narrower date to see them.",
    whichOne: "Which one?",
    severalPeople: 'Several people match "{{query}}": {{names}}. Which one do you mean?',
    notFoundNear: `I don't know anything about "{{query}}". Did you mean {{names}}?`,
    notFound: `I don't know anything about "{{query}}". I know the Alash movement: its people, events and terms. Try /help.`,
    disputedFact: "{{about}}: sources disagree.",
    circa: "c. ",
    nearest: "Nearest to {{date}}",
    nothingOn: "I know of nothing on {{date}}. The nearest dates I know:",
    nothingFor: "I don't know of anything in the Alash story for {{date}}. My knowledge runs from the 1905 congress in Uralsk to the 2021 monument, with a few older roots.",
    notADate: '"{{date}}" is not a real date. Try a form like 26 August 1920 or 26.08.1920.',
    askMe: 'Ask me about a person, an event, a term or a date, e.g. "who was Bukeikhanov?" or "what happened in 1917?"',
    greetingTitle: "Alash history bot",
    greeting: 'Ask me about the Alash movement of 1917\u20131920: a person ("who was Bukeikhanov?"), an event, a term, or a date ("what happened on 26 August 1920?"). Type /help for the commands.',
    search: "Search: {{query}}"
  },
  timeline: {
    title: "Timeline: {{name}}",
    pictureTitle: "Alash timeline: {{name}}",
    nothingUnder: "I know of nothing dated under {{name}}. Try /timeline 1917 1920.",
    nothingIn: "I know of nothing dated in {{name}}. Try /timeline 1917 1920.",
    count_one: "{{count}} dated entry.",
    count_other: "{{count}} dated entries.",
    countDrawn_one: "{{count}} dated entry (the {{shown}} most referred to drawn).",
    countDrawn_other: "{{count}} dated entries (the {{shown}} most referred to drawn).",
    disputed_one: "Orange marks {{count}} date the sources disagree on; every version is drawn.",
    disputed_other: "Orange marks {{count}} dates the sources disagree on; every version is drawn.",
    sourcesDiffer: "Sources differ: also {{dates}}",
    alsoDated: "also dated {{dates}}",
    hidden: "\u2026and {{count}} more: ask for fewer years to see them.",
    sources: "Sources: {{keys}}"
  },
  moment: {
    born: "{{name}} was born.",
    bornIn: "{{name}} was born in {{place}}.",
    died: "{{name}} died.",
    diedIn: "{{name}} died ({{place}})."
  },
  verdict: {
    yes: "Yes.",
    no: "No.",
    disputed: "Sources disagree.",
    unsure: "I cannot say yes or no from my sources; what they say:"
  },
  life: {
    born: "was born",
    died: "died"
  },
  reply: {
    more: "More",
    moreHint: "More: /more {{id}}",
    notKnownAbout: "I don't know that about {{name}}. Ask me something else about {{name}}, or tap More for everything I know.",
    both: '{{count}} entries fit "{{query}}":',
    next: "Next, after {{name}}:",
    nothingNext: "I know of nothing after {{name}} in the Alash story."
  }
};

// src/core/locales/interface/kk.ts
var uiKk = {
  help: {
    title: "\u0410\u043B\u0430\u0448 \u0442\u0430\u0440\u0438\u0445\u044B \u0431\u043E\u0442\u044B",
    intro: "\u041C\u0435\u043D \u0410\u043B\u0430\u0448 \u049B\u043E\u0437\u0493\u0430\u043B\u044B\u0441\u044B\u043D (1917\u20131920 \u0436\u044B\u043B\u0434\u0430\u0440\u0434\u0430\u0493\u044B \u049B\u0430\u0437\u0430\u049B \u04B1\u043B\u0442\u0442\u044B\u049B \u043F\u0430\u0440\u0442\u0438\u044F\u0441\u044B \u043C\u0435\u043D \u0430\u0432\u0442\u043E\u043D\u043E\u043C\u0438\u044F\u0441\u044B\u043D), \u043E\u043D\u044B\u04A3 \u043A\u04E9\u0448\u0431\u0430\u0441\u0448\u044B\u043B\u0430\u0440\u044B\u043D \u0436\u04D9\u043D\u0435 \u043E\u043B\u0430\u0440\u0434\u044B\u04A3 \u0442\u0430\u0493\u0434\u044B\u0440\u044B\u043D \u0431\u0456\u043B\u0435\u043C\u0456\u043D. \u04D8\u0440 \u0436\u0430\u0443\u0430\u043F \u0434\u0435\u0440\u0435\u043A\u043A\u04E9\u0437\u0434\u0435\u0440\u0456\u043D\u0435 \u0441\u0456\u043B\u0442\u0435\u043C\u0435 \u0431\u0435\u0440\u0435\u0434\u0456.",
    line: "{{usage}}: {{description}}",
    tip: "\u0416\u0430\u0439 \u0493\u0430\u043D\u0430 \u0441\u04B1\u0440\u0430\u0439 \u0431\u0435\u0440\u0456\u04A3\u0456\u0437: \xAB\u0411\u0430\u0439\u0442\u04B1\u0440\u0441\u044B\u043D\u043E\u0432 \u043A\u0456\u043C?\xBB, \xAB1920 \u0436\u044B\u043B\u044B 26 \u0442\u0430\u043C\u044B\u0437\u0434\u0430 \u043D\u0435 \u0431\u043E\u043B\u0434\u044B?\xBB, \xAB\u0411\u04E9\u043A\u0435\u0439\u0445\u0430\u043D\u043E\u0432\xBB, \xAB1935-1938\xBB. \u041B\u0430\u0442\u044B\u043D \u043D\u0435 \u043A\u0438\u0440\u0438\u043B\u043B \u04D9\u0440\u043F\u0456\u043C\u0435\u043D, \u049B\u0430\u0437\u0430\u049B\u0448\u0430, \u043E\u0440\u044B\u0441\u0448\u0430 \u043D\u0435 \u0430\u0493\u044B\u043B\u0448\u044B\u043D\u0448\u0430."
  },
  refusal: {
    admin: "\u041C\u04B1\u043D\u044B \u0442\u0435\u043A \u0447\u0430\u0442 \u04D9\u043A\u0456\u043C\u0448\u0456\u043B\u0435\u0440\u0456 \u0456\u0441\u0442\u0435\u0439 \u0430\u043B\u0430\u0434\u044B.",
    group: "\u0411\u04B1\u043B \u0442\u0435\u043A \u0442\u043E\u043F\u0442\u044B\u049B \u0447\u0430\u0442\u0442\u0430\u0440\u0434\u0430 \u0456\u0441\u0442\u0435\u0439\u0434\u0456.",
    private: "\u0411\u04B1\u043B \u0442\u0435\u043A \u043C\u0435\u043D\u0456\u043C\u0435\u043D \u0436\u0435\u043A\u0435 \u0447\u0430\u0442\u0442\u0430 \u0456\u0441\u0442\u0435\u0439\u0434\u0456."
  },
  unknownCommand: "\xAB{{word}}\xBB \u0434\u0435\u0433\u0435\u043D \u043A\u043E\u043C\u0430\u043D\u0434\u0430\u043D\u044B \u0431\u0456\u043B\u043C\u0435\u0439\u043C\u0456\u043D. \u041C\u044B\u043D\u0430\u043B\u0430\u0440\u0434\u044B \u0431\u0430\u0439\u049B\u0430\u043F \u043A\u04E9\u0440\u0456\u04A3\u0456\u0437: {{known}}.",
  apology: "\u041A\u0435\u0448\u0456\u0440\u0456\u04A3\u0456\u0437, \u0436\u0430\u0443\u0430\u043F \u0431\u0435\u0440\u0443 \u043A\u0435\u0437\u0456\u043D\u0434\u0435 \u0431\u0456\u0440\u0434\u0435\u04A3\u0435 \u0434\u04B1\u0440\u044B\u0441 \u0431\u043E\u043B\u043C\u0430\u0434\u044B. \u049A\u0430\u0439\u0442\u0430\u043B\u0430\u043F \u043A\u04E9\u0440\u0456\u04A3\u0456\u0437.",
  tooLong_one: "\u0411\u04B1\u043B \u0445\u0430\u0431\u0430\u0440\u043B\u0430\u043C\u0430 \u043C\u0430\u0493\u0430\u043D \u0442\u044B\u043C \u04B1\u0437\u044B\u043D ({{length}} \u0442\u0430\u04A3\u0431\u0430): \u043C\u0435\u043D \u0435\u04A3 \u043A\u04E9\u0431\u0456 {{limit}} \u0442\u0430\u04A3\u0431\u0430 \u043E\u049B\u0438\u043C\u044B\u043D. \u0411\u0456\u0440 \u0436\u043E\u043B\u044B \u0431\u0456\u0440 \u049B\u044B\u0441\u049B\u0430 \u0441\u04B1\u0440\u0430\u049B \u049B\u043E\u0439\u044B\u04A3\u044B\u0437.",
  tooLong_other: "\u0411\u04B1\u043B \u0445\u0430\u0431\u0430\u0440\u043B\u0430\u043C\u0430 \u043C\u0430\u0493\u0430\u043D \u0442\u044B\u043C \u04B1\u0437\u044B\u043D ({{length}} \u0442\u0430\u04A3\u0431\u0430): \u043C\u0435\u043D \u0435\u04A3 \u043A\u04E9\u0431\u0456 {{limit}} \u0442\u0430\u04A3\u0431\u0430 \u043E\u049B\u0438\u043C\u044B\u043D. \u0411\u0456\u0440 \u0436\u043E\u043B\u044B \u0431\u0456\u0440 \u049B\u044B\u0441\u049B\u0430 \u0441\u04B1\u0440\u0430\u049B \u049B\u043E\u0439\u044B\u04A3\u044B\u0437.",
  label: {
    sources: "\u0414\u0435\u0440\u0435\u043A\u043A\u04E9\u0437\u0434\u0435\u0440",
    sourcesLine: "\u0414\u0435\u0440\u0435\u043A\u043A\u04E9\u0437\u0434\u0435\u0440: {{list}}",
    didYouMean: "\u041C\u044B\u043D\u0430\u043D\u044B \u0430\u0439\u0442\u049B\u044B\u04A3\u044B\u0437 \u043A\u0435\u043B\u0434\u0456 \u043C\u0435: {{choices}}?",
    moreLine: "\u0422\u043E\u043B\u044B\u0493\u044B\u0440\u0430\u049B: {{request}}",
    shortened: "(\u0416\u0430\u0443\u0430\u043F \u049B\u044B\u0441\u049B\u0430\u0440\u0442\u044B\u043B\u0434\u044B.)",
    question: "{{number}}/{{total}} \u0441\u04B1\u0440\u0430\u049B",
    questionLine: "{{number}}/{{total}} \u0441\u04B1\u0440\u0430\u049B: {{question}}",
    questionTimed: "{{number}}/{{total}} \u0441\u04B1\u0440\u0430\u049B ({{seconds}} \u0441)",
    picture: "\u0421\u0443\u0440\u0435\u0442: {{file}}",
    expired: "\u0411\u04B1\u043B \u0442\u04AF\u0439\u043C\u0435\u043D\u0456\u04A3 \u043C\u0435\u0440\u0437\u0456\u043C\u0456 \u04E9\u0442\u0456\u043F \u043A\u0435\u0442\u0442\u0456.",
    textOnly: "\u041C\u0435\u043D \u0442\u0435\u043A \u043C\u04D9\u0442\u0456\u043D\u0434\u0456\u043A \u0445\u0430\u0431\u0430\u0440\u043B\u0430\u043C\u0430\u043B\u0430\u0440\u0434\u044B \u043E\u049B\u0438\u043C\u044B\u043D. \u0410\u043B\u0430\u0448 \u049B\u043E\u0437\u0493\u0430\u043B\u044B\u0441\u044B \u0442\u0443\u0440\u0430\u043B\u044B \u0441\u04B1\u0440\u0430\u04A3\u044B\u0437 \u043D\u0435\u043C\u0435\u0441\u0435 /help \u0442\u0435\u0440\u0456\u04A3\u0456\u0437.",
    staleCommand: "\u0411\u04B1\u043B \u043A\u043E\u043C\u0430\u043D\u0434\u0430 \u04E9\u0437\u0433\u0435\u0440\u0434\u0456: /alash help \u0442\u0435\u0440\u0456\u043F \u043A\u04E9\u0440\u0456\u04A3\u0456\u0437.",
    alash: "\u0410\u043B\u0430\u0448 \u049B\u043E\u0437\u0493\u0430\u043B\u044B\u0441\u044B (1917\u20131920) \u0442\u0443\u0440\u0430\u043B\u044B \u0441\u04B1\u0440\u0430\u049B\u0442\u0430\u0440: \u0430\u0434\u0430\u043C\u0434\u0430\u0440, \u043A\u04AF\u043D\u0434\u0435\u0440, \u043E\u049B\u0438\u0493\u0430\u043B\u0430\u0440, \u04B1\u0493\u044B\u043C\u0434\u0430\u0440"
  },
  ask: {
    about: "\u049A\u0430\u0439 \u0436\u0430\u0437\u0431\u0430? \u041C\u044B\u0441\u0430\u043B\u044B: /about alash-orda",
    more: "\u041D\u0435 \u0442\u0443\u0440\u0430\u043B\u044B \u0442\u043E\u043B\u044B\u0493\u044B\u0440\u0430\u049B? \u041C\u044B\u0441\u0430\u043B\u044B: /more alash-orda",
    search: "\u041D\u0435\u043D\u0456 \u0456\u0437\u0434\u0435\u0439\u0456\u043D? \u041C\u044B\u0441\u0430\u043B\u044B: /search \u0433\u0430\u0437\u0435\u0442",
    what: "\u041D\u0435\u043D\u0456 \u0442\u04AF\u0441\u0456\u043D\u0434\u0456\u0440\u0435\u0439\u0456\u043D? \u041C\u044B\u0441\u0430\u043B\u044B: /what \u0410\u043B\u0430\u0448\u043E\u0440\u0434\u0430",
    when: "\u049A\u0430\u0439 \u043A\u04AF\u043D \u043D\u0435 \u049B\u0430\u0439 \u043E\u049B\u0438\u0493\u0430? \u041C\u044B\u0441\u0430\u043B\u044B: /when 1917",
    who: "\u041A\u0456\u043C\u0434\u0456 \u0456\u0437\u0434\u0435\u0439\u0456\u043D? \u041C\u044B\u0441\u0430\u043B\u044B: /who \u0411\u04E9\u043A\u0435\u0439\u0445\u0430\u043D\u043E\u0432"
  },
  daily: {
    title: "\u041A\u04AF\u043D\u0434\u0435\u043B\u0456\u043A\u0442\u0456 \u0436\u0430\u0437\u0431\u0430",
    unavailable: "\u041A\u04AF\u043D\u0434\u0435\u043B\u0456\u043A\u0442\u0456 \u0436\u0430\u0437\u0431\u0430 \u049B\u0430\u0437\u0456\u0440 \u049B\u043E\u043B\u0436\u0435\u0442\u0456\u043C\u0441\u0456\u0437.",
    isOn: "\u049A\u043E\u0441\u0443\u043B\u044B: \u043A\u04AF\u043D \u0441\u0430\u0439\u044B\u043D \u0441\u0430\u0493\u0430\u0442 {{time}} ({{timezone}}). \u04D8\u043A\u0456\u043C\u0448\u0456 \u043E\u043D\u044B /daily off \u043A\u043E\u043C\u0430\u043D\u0434\u0430\u0441\u044B\u043C\u0435\u043D \u04E9\u0448\u0456\u0440\u0435 \u0430\u043B\u0430\u0434\u044B.",
    isOff: "\u04E8\u0448\u0456\u0440\u0443\u043B\u0456. \u0427\u0430\u0442 \u04D9\u043A\u0456\u043C\u0448\u0456\u0441\u0456 \u043E\u043D\u044B \u049B\u043E\u0441\u0430 \u0430\u043B\u0430\u0434\u044B: /daily on [\u0421\u0421:\u041C\u041C] [\u0443\u0430\u049B\u044B\u0442 \u0431\u0435\u043B\u0434\u0435\u0443\u0456], \u043C\u044B\u0441\u0430\u043B\u044B /daily on 09:00 Asia/Almaty.",
    usage: "/daily on [\u0421\u0421:\u041C\u041C] [\u0443\u0430\u049B\u044B\u0442 \u0431\u0435\u043B\u0434\u0435\u0443\u0456], /daily off \u0434\u0435\u043F \u0436\u0430\u0437\u044B\u04A3\u044B\u0437, \u0430\u043B \u0431\u0430\u043F\u0442\u0430\u0443\u0434\u044B \u043A\u04E9\u0440\u0443 \u04AF\u0448\u0456\u043D \u0436\u0430\u0439 /daily \u0434\u0435\u043F \u0436\u0430\u0437\u044B\u04A3\u044B\u0437.",
    turnedOff: "\u04E8\u0448\u0456\u0440\u0456\u043B\u0434\u0456. \u0411\u04B1\u043B \u0436\u0435\u0440\u0434\u0435 \u043A\u04AF\u043D\u0434\u0435\u043B\u0456\u043A\u0442\u0456 \u0436\u0430\u0437\u0431\u0430 \u0435\u043D\u0434\u0456 \u0431\u043E\u043B\u043C\u0430\u0439\u0434\u044B.",
    alreadyOff: "\u041E\u043B \u0431\u04B1\u0493\u0430\u043D \u0434\u0435\u0439\u0456\u043D \u0434\u0435 \u04E9\u0448\u0456\u0440\u0443\u043B\u0456 \u0435\u0434\u0456.",
    badTime: "\u0423\u0430\u049B\u044B\u0442 24 \u0441\u0430\u0493\u0430\u0442\u0442\u044B\u049B \u043F\u0456\u0448\u0456\u043C\u043C\u0435\u043D \u0421\u0421:\u041C\u041C \u0442\u04AF\u0440\u0456\u043D\u0434\u0435 \u0436\u0430\u0437\u044B\u043B\u0430\u0434\u044B, \u043C\u044B\u0441\u0430\u043B\u044B 09:00 \u043D\u0435\u043C\u0435\u0441\u0435 18:30.",
    badZone: "\u041C\u04B1\u043D\u0434\u0430\u0439 \u0443\u0430\u049B\u044B\u0442 \u0431\u0435\u043B\u0434\u0435\u0443\u0456\u043D \u0431\u0456\u043B\u043C\u0435\u0439\u043C\u0456\u043D. IANA \u0431\u0430\u0437\u0430\u0441\u044B\u043D\u0434\u0430\u0493\u044B \u0430\u0442\u0430\u0443\u044B\u043D \u0436\u0430\u0437\u044B\u04A3\u044B\u0437, \u043C\u044B\u0441\u0430\u043B\u044B Asia/Almaty, Asia/Aqtobe, Europe/Moscow \u043D\u0435\u043C\u0435\u0441\u0435 UTC.",
    turnedOn: "\u049A\u043E\u0441\u044B\u043B\u0434\u044B: \u043A\u04AF\u043D \u0441\u0430\u0439\u044B\u043D \u0441\u0430\u0493\u0430\u0442 {{time}} ({{timezone}}) \u0410\u043B\u0430\u0448 \u049B\u043E\u0437\u0493\u0430\u043B\u044B\u0441\u044B \u0442\u0430\u0440\u0438\u0445\u044B\u043D\u0434\u0430 \u0434\u04D9\u043B \u043E\u0441\u044B \u043A\u04AF\u043D\u0456 \u043D\u0435 \u0431\u043E\u043B\u0493\u0430\u043D\u044B\u043D \u0436\u0430\u0440\u0438\u044F\u043B\u0430\u0439\u043C\u044B\u043D. \u0410\u043B\u0493\u0430\u0448\u049B\u044B \u0436\u0430\u0437\u0431\u0430: {{day}}."
  },
  timeline: {
    unreadable: "\u041C\u0435\u043D \u0436\u044B\u043B\u0434\u0430\u0440\u0434\u044B (1917, 1917-1920) \u043D\u0435 \u0442\u0430\u049B\u044B\u0440\u044B\u043F\u0442\u044B \u0441\u0430\u043B\u0430 \u0430\u043B\u0430\u043C\u044B\u043D: {{topics}}.",
    tooManyYears: "\u0411\u0456\u0440 \u043D\u0435 \u0435\u043A\u0456 \u0436\u044B\u043B \u0436\u0430\u0437\u044B\u04A3\u044B\u0437: /timeline 1917 1920.",
    yearRange: "\u041C\u04B1\u043D\u0434\u0430 \u0436\u044B\u043B\u0434\u0430\u0440 1000 \u043C\u0435\u043D 2100 \u0430\u0440\u0430\u043B\u044B\u0493\u044B\u043D\u0434\u0430 \u0431\u043E\u043B\u0430\u0434\u044B."
  },
  lang: {
    title: "\u0422\u0456\u043B",
    current: {
      auto: "\u0422\u0456\u043B: \u0430\u0432\u0442\u043E\u043C\u0430\u0442\u0442\u044B. \u04D8\u0440 \u0441\u04B1\u0440\u0430\u049B\u049B\u0430 \u043E\u043D\u044B\u04A3 \u04E9\u0437 \u0442\u0456\u043B\u0456\u043D\u0434\u0435 (\u043D\u0435 \u049B\u043E\u043B\u0434\u0430\u043D\u0431\u0430\u04A3\u044B\u0437\u0434\u044B\u04A3 \u0442\u0456\u043B\u0456\u043D\u0434\u0435) \u0436\u0430\u0443\u0430\u043F \u0431\u0435\u0440\u0435\u043C\u0456\u043D. \u0427\u0430\u0442 \u04D9\u043A\u0456\u043C\u0448\u0456\u0441\u0456 \u0442\u0456\u043B\u0434\u0456 \u0431\u0435\u043A\u0456\u0442\u0435 \u0430\u043B\u0430\u0434\u044B: /lang kk, /lang ru \u043D\u0435\u043C\u0435\u0441\u0435 /lang en.",
      en: "\u0422\u0456\u043B: \u0430\u0493\u044B\u043B\u0448\u044B\u043D \u0442\u0456\u043B\u0456, \u043E\u0441\u044B \u0447\u0430\u0442\u049B\u0430 \u0431\u0435\u043A\u0456\u0442\u0456\u043B\u0433\u0435\u043D. /lang auto \u2014 \u04D9\u0440 \u0441\u04B1\u0440\u0430\u049B\u049B\u0430 \u043E\u043D\u044B\u04A3 \u04E9\u0437 \u0442\u0456\u043B\u0456\u043D\u0434\u0435 \u0436\u0430\u0443\u0430\u043F \u0431\u0435\u0440\u0443.",
      ru: "\u0422\u0456\u043B: \u043E\u0440\u044B\u0441 \u0442\u0456\u043B\u0456, \u043E\u0441\u044B \u0447\u0430\u0442\u049B\u0430 \u0431\u0435\u043A\u0456\u0442\u0456\u043B\u0433\u0435\u043D. /lang auto \u2014 \u04D9\u0440 \u0441\u04B1\u0440\u0430\u049B\u049B\u0430 \u043E\u043D\u044B\u04A3 \u04E9\u0437 \u0442\u0456\u043B\u0456\u043D\u0434\u0435 \u0436\u0430\u0443\u0430\u043F \u0431\u0435\u0440\u0443.",
      kk: "\u0422\u0456\u043B: \u049B\u0430\u0437\u0430\u049B \u0442\u0456\u043B\u0456, \u043E\u0441\u044B \u0447\u0430\u0442\u049B\u0430 \u0431\u0435\u043A\u0456\u0442\u0456\u043B\u0433\u0435\u043D. /lang auto \u2014 \u04D9\u0440 \u0441\u04B1\u0440\u0430\u049B\u049B\u0430 \u043E\u043D\u044B\u04A3 \u04E9\u0437 \u0442\u0456\u043B\u0456\u043D\u0434\u0435 \u0436\u0430\u0443\u0430\u043F \u0431\u0435\u0440\u0443."
    },
    set: {
      auto: "\u0414\u0430\u0439\u044B\u043D: \u0431\u04B1\u043B \u0436\u0435\u0440\u0434\u0435 \u04D9\u0440 \u0441\u04B1\u0440\u0430\u049B\u049B\u0430 \u043E\u043D\u044B\u04A3 \u04E9\u0437 \u0442\u0456\u043B\u0456\u043D\u0434\u0435 \u0436\u0430\u0443\u0430\u043F \u0431\u0435\u0440\u0435\u043C\u0456\u043D.",
      en: "\u0414\u0430\u0439\u044B\u043D: \u0431\u04B1\u043B \u0447\u0430\u0442\u0442\u0430 \u0430\u0493\u044B\u043B\u0448\u044B\u043D\u0448\u0430 \u0436\u0430\u0443\u0430\u043F \u0431\u0435\u0440\u0435\u043C\u0456\u043D. /lang auto \u2014 \u04D9\u0440 \u0441\u04B1\u0440\u0430\u049B\u049B\u0430 \u043E\u043D\u044B\u04A3 \u04E9\u0437 \u0442\u0456\u043B\u0456\u043D\u0434\u0435 \u0436\u0430\u0443\u0430\u043F \u0431\u0435\u0440\u0443.",
      ru: "\u0414\u0430\u0439\u044B\u043D: \u0431\u04B1\u043B \u0447\u0430\u0442\u0442\u0430 \u043E\u0440\u044B\u0441\u0448\u0430 \u0436\u0430\u0443\u0430\u043F \u0431\u0435\u0440\u0435\u043C\u0456\u043D. /lang auto \u2014 \u04D9\u0440 \u0441\u04B1\u0440\u0430\u049B\u049B\u0430 \u043E\u043D\u044B\u04A3 \u04E9\u0437 \u0442\u0456\u043B\u0456\u043D\u0434\u0435 \u0436\u0430\u0443\u0430\u043F \u0431\u0435\u0440\u0443.",
      kk: "\u0414\u0430\u0439\u044B\u043D: \u0431\u04B1\u043B \u0447\u0430\u0442\u0442\u0430 \u049B\u0430\u0437\u0430\u049B\u0448\u0430 \u0436\u0430\u0443\u0430\u043F \u0431\u0435\u0440\u0435\u043C\u0456\u043D. /lang auto \u2014 \u04D9\u0440 \u0441\u04B1\u0440\u0430\u049B\u049B\u0430 \u043E\u043D\u044B\u04A3 \u04E9\u0437 \u0442\u0456\u043B\u0456\u043D\u0434\u0435 \u0436\u0430\u0443\u0430\u043F \u0431\u0435\u0440\u0443."
    },
    usage: "/lang kk, /lang ru, /lang en \u043D\u0435\u043C\u0435\u0441\u0435 /lang auto (\u04D9\u0440 \u0441\u04B1\u0440\u0430\u049B\u049B\u0430 \u04E9\u0437 \u0442\u0456\u043B\u0456\u043D\u0434\u0435) \u0434\u0435\u043F \u0436\u0430\u0437\u044B\u04A3\u044B\u0437."
  },
  commands: {
    who: {
      name: "\u043A\u0456\u043C",
      description: "\u0410\u043B\u0430\u0448 \u049B\u043E\u0437\u0493\u0430\u043B\u044B\u0441\u044B \u049B\u0430\u0439\u0440\u0430\u0442\u043A\u0435\u0440\u0456\u043D\u0456\u04A3 \u0434\u0435\u0440\u0435\u043A\u043A\u04E9\u0437\u0434\u0435\u0440\u0456 \u0431\u0430\u0440 \u049B\u044B\u0441\u049B\u0430\u0448\u0430 \u04E9\u043C\u0456\u0440\u0431\u0430\u044F\u043D\u044B",
      options: { name: { name: "\u0435\u0441\u0456\u043C", description: "\u041B\u0430\u0442\u044B\u043D \u043D\u0435 \u043A\u0438\u0440\u0438\u043B\u043B \u04D9\u0440\u043F\u0456\u043C\u0435\u043D \u0436\u0430\u0437\u044B\u043B\u0493\u0430\u043D \u0435\u0441\u0456\u043C, \u043C\u044B\u0441\u0430\u043B\u044B Bukeikhanov \u043D\u0435 \u0411\u04E9\u043A\u0435\u0439\u0445\u0430\u043D\u043E\u0432" } }
    },
    when: {
      name: "\u049B\u0430\u0448\u0430\u043D",
      description: "\u041A\u04AF\u043D\u043D\u0456\u04A3 \u043D\u0435 \u0436\u044B\u043B\u0434\u044B\u04A3 \u043E\u049B\u0438\u0493\u0430\u043B\u0430\u0440\u044B, \u043D\u0435 \u0431\u0456\u0440 \u043E\u049B\u0438\u0493\u0430\u043D\u044B\u04A3 \u049B\u0430\u0448\u0430\u043D \u0431\u043E\u043B\u0493\u0430\u043D\u044B",
      options: { query: { name: "\u0441\u04B1\u0440\u0430\u0443", description: "\u041A\u04AF\u043D, \u0436\u044B\u043B \u043D\u0435 \u043A\u0435\u0437\u0435\u04A3 (1920 \u0436\u044B\u043B\u0493\u044B 26 \u0442\u0430\u043C\u044B\u0437, 1917, 1935-1938) \u043D\u0435 \u043E\u049B\u0438\u0493\u0430" } }
    },
    what: {
      name: "\u043D\u0435",
      description: "\u04B0\u0493\u044B\u043C, \u04B1\u0439\u044B\u043C, \u0431\u0430\u0441\u044B\u043B\u044B\u043C \u043D\u0435 \u043E\u049B\u0438\u0493\u0430 \u0434\u0435\u0433\u0435\u043D\u0456\u043C\u0456\u0437 \u043D\u0435",
      options: { query: { name: "\u0441\u04B1\u0440\u0430\u0443", description: "\u04B0\u0493\u044B\u043C \u043D\u0435 \u0441\u04B1\u0440\u0430\u049B, \u043C\u044B\u0441\u0430\u043B\u044B \u0410\u043B\u0430\u0448\u043E\u0440\u0434\u0430, \xAB\u049A\u0430\u0437\u0430\u049B\xBB, \u0411\u0435\u0441\u0435\u0443\u0434\u0456\u04A3 \u0445\u0430\u0442\u044B" } }
    },
    search: {
      name: "\u0456\u0437\u0434\u0435\u0443",
      description: "\u0411\u043E\u0442 \u0431\u0456\u043B\u0435\u0442\u0456\u043D\u043D\u0456\u04A3 \u0431\u04D9\u0440\u0456\u043D\u0435\u043D \u0441\u04E9\u0437\u0434\u0435\u0440\u0434\u0456 \u0456\u0437\u0434\u0435\u0443",
      options: { words: { name: "\u0441\u04E9\u0437\u0434\u0435\u0440", description: "\u0406\u0437\u0434\u0435\u0439\u0442\u0456\u043D \u0441\u04E9\u0437\u0434\u0435\u0440, \u043C\u044B\u0441\u0430\u043B\u044B \u0430\u0448\u0430\u0440\u0448\u044B\u043B\u044B\u049B, \u0433\u0430\u0437\u0435\u0442, \u0421\u0435\u043C\u0435\u0439" } }
    },
    today: { name: "\u0431\u04AF\u0433\u0456\u043D", description: "\u0411\u0430\u0441\u049B\u0430 \u0436\u044B\u043B\u0434\u0430\u0440\u044B \u0434\u04D9\u043B \u043E\u0441\u044B \u043A\u04AF\u043D\u0456 \u043D\u0435 \u0431\u043E\u043B\u0434\u044B" },
    daily: {
      name: "\u043A\u04AF\u043D\u0434\u0435\u043B\u0456\u043A\u0442\u0456",
      description: "\u041E\u0441\u044B\u043D\u0434\u0430 \u043A\u04AF\u043D \u0441\u0430\u0439\u044B\u043D \xAB\u043E\u0441\u044B \u043A\u04AF\u043D\u0456\xBB \u0436\u0430\u0437\u0431\u0430\u0441\u044B\u043D \u0436\u0430\u0440\u0438\u044F\u043B\u0430\u0443 (\u04D9\u043A\u0456\u043C\u0448\u0456\u043B\u0435\u0440: on [\u0421\u0421:\u041C\u041C] [\u0431\u0435\u043B\u0434\u0435\u0443], off)",
      options: {
        action: {
          name: "\u04D9\u0440\u0435\u043A\u0435\u0442",
          description: "status (\u04D9\u0434\u0435\u043F\u043A\u0456), on \u043D\u0435 off: \u0442\u0435\u043A \u0447\u0430\u0442 \u04D9\u043A\u0456\u043C\u0448\u0456\u043B\u0435\u0440\u0456",
          choices: { status: "\u043A\u04AF\u0439\u0456", on: "\u049B\u043E\u0441\u0443", off: "\u04E9\u0448\u0456\u0440\u0443" }
        },
        time: { name: "\u0443\u0430\u049B\u044B\u0442", description: "\u0416\u0430\u0437\u0431\u0430\u043D\u044B\u04A3 \u0436\u0435\u0440\u0433\u0456\u043B\u0456\u043A\u0442\u0456 \u0443\u0430\u049B\u044B\u0442\u044B, \u0421\u0421:\u041C\u041C (\u04D9\u0434\u0435\u043F\u043A\u0456 09:00)" },
        timezone: { name: "\u0443\u0430\u049B\u044B\u0442_\u0431\u0435\u043B\u0434\u0435\u0443\u0456", description: "IANA \u0443\u0430\u049B\u044B\u0442 \u0431\u0435\u043B\u0434\u0435\u0443\u0456, \u043C\u044B\u0441\u0430\u043B\u044B Asia/Almaty \u043D\u0435 Europe/Moscow (\u04D9\u0434\u0435\u043F\u043A\u0456 UTC)" }
      }
    },
    more: {
      name: "\u0442\u043E\u043B\u044B\u0493\u044B\u0440\u0430\u049B",
      description: "\u0411\u0456\u0440 \u0436\u0430\u0437\u0431\u0430 \u0442\u0443\u0440\u0430\u043B\u044B \u0431\u043E\u0442 \u0431\u0456\u043B\u0435\u0442\u0456\u043D\u043D\u0456\u04A3 \u0431\u04D9\u0440\u0456, \u0431\u0430\u0440\u043B\u044B\u049B \u0434\u0435\u0440\u0435\u043A\u043A\u04E9\u0437\u0434\u0435\u0440\u0456\u043C\u0435\u043D",
      options: { entry: { name: "\u0436\u0430\u0437\u0431\u0430", description: "\u0416\u0430\u0437\u0431\u0430\u043D\u044B\u04A3 \u0438\u0434\u0435\u043D\u0442\u0438\u0444\u0438\u043A\u0430\u0442\u043E\u0440\u044B, \u043C\u044B\u0441\u0430\u043B\u044B bukeikhanov, \u043D\u0435 \u0435\u0441\u0456\u043C" } }
    },
    about: {
      name: "\u0436\u0430\u0437\u0431\u0430",
      description: "\u0411\u0456\u043B\u0456\u043C \u049B\u043E\u0440\u044B\u043D\u0434\u0430\u0493\u044B \u0431\u0456\u0440 \u0436\u0430\u0437\u0431\u0430, \u0438\u0434\u0435\u043D\u0442\u0438\u0444\u0438\u043A\u0430\u0442\u043E\u0440\u044B \u043D\u0435 \u0430\u0442\u0430\u0443\u044B \u0431\u043E\u0439\u044B\u043D\u0448\u0430",
      options: { entry: { name: "\u0436\u0430\u0437\u0431\u0430", description: "\u0416\u0430\u0437\u0431\u0430\u043D\u044B\u04A3 \u0438\u0434\u0435\u043D\u0442\u0438\u0444\u0438\u043A\u0430\u0442\u043E\u0440\u044B, \u043C\u044B\u0441\u0430\u043B\u044B bukeikhanov, \u043D\u0435 \u0435\u0441\u0456\u043C" } }
    },
    timeline: {
      name: "\u0445\u0440\u043E\u043D\u043E\u043B\u043E\u0433\u0438\u044F",
      description: "\u0416\u044B\u043B\u0434\u0430\u0440 (1917 1920) \u043D\u0435 \u0442\u0430\u049B\u044B\u0440\u044B\u043F (repression) \u043E\u049B\u0438\u0493\u0430\u043B\u0430\u0440\u044B\u043D\u044B\u04A3 \u0441\u0443\u0440\u0435\u0442\u0456",
      options: {
        from: { name: "\u0431\u0430\u0441\u0442\u0430\u043F", description: "\u0416\u044B\u043B, \u043A\u0435\u0437\u0435\u04A3 (1917-1920) \u043D\u0435 \u0442\u0430\u049B\u044B\u0440\u044B\u043F, \u043C\u044B\u0441\u0430\u043B\u044B repression (\u04D9\u0434\u0435\u043F\u043A\u0456 1917-1920)" },
        to: { name: "\u0434\u0435\u0439\u0456\u043D", description: "\u0421\u043E\u04A3\u0493\u044B \u0436\u044B\u043B" }
      }
    },
    quiz: {
      name: "\u0432\u0438\u043A\u0442\u043E\u0440\u0438\u043D\u0430",
      description: "\u041E\u0441\u044B \u0447\u0430\u0442\u0442\u0430 \u0432\u0438\u043A\u0442\u043E\u0440\u0438\u043D\u0430 \u0431\u0430\u0441\u0442\u0430\u0443, \u049B\u0430\u0442\u0435 \u0436\u0430\u0443\u0430\u043F \u0431\u0435\u0440\u0433\u0435\u043D \u0441\u04B1\u0440\u0430\u049B\u0442\u0430\u0440\u0434\u044B \u049B\u0430\u0439\u0442\u0430\u043B\u0430\u0443 \u043D\u0435 \u0440\u0430\u0443\u043D\u0434\u0442\u044B \u0442\u043E\u049B\u0442\u0430\u0442\u0443",
      options: {
        questions: { name: "\u0441\u04B1\u0440\u0430\u049B\u0442\u0430\u0440", description: "\u041D\u0435\u0448\u0435 \u0441\u04B1\u0440\u0430\u049B (1-20)" },
        topic: { name: "\u0442\u0430\u049B\u044B\u0440\u044B\u043F", description: "\u0422\u0435\u043A \u043E\u0441\u044B \u0442\u0430\u049B\u044B\u0440\u044B\u043F\u0442\u0430\u0493\u044B \u0441\u04B1\u0440\u0430\u049B\u0442\u0430\u0440" },
        difficulty: {
          name: "\u049B\u0438\u044B\u043D\u0434\u044B\u049B",
          description: "\u049A\u0438\u044B\u043D\u0434\u044B\u0493\u044B: easy, medium \u043D\u0435 hard",
          choices: { easy: "\u0436\u0435\u04A3\u0456\u043B", medium: "\u043E\u0440\u0442\u0430\u0448\u0430", hard: "\u049B\u0438\u044B\u043D" }
        },
        action: {
          name: "\u04D9\u0440\u0435\u043A\u0435\u0442",
          description: "start (\u04D9\u0434\u0435\u043F\u043A\u0456), missed \u2014 \u049B\u0430\u0442\u0435\u043B\u0435\u0440\u0456\u043C, stop \u2014 \u0442\u043E\u049B\u0442\u0430\u0442\u0443, topics \u2014 \u0442\u0430\u049B\u044B\u0440\u044B\u043F\u0442\u0430\u0440 \u0442\u0456\u0437\u0456\u043C\u0456",
          choices: { start: "\u0431\u0430\u0441\u0442\u0430\u0443", missed: "\u049B\u0430\u0442\u0435\u043B\u0435\u0440\u0456\u043C", stop: "\u0442\u043E\u049B\u0442\u0430\u0442\u0443", topics: "\u0442\u0430\u049B\u044B\u0440\u044B\u043F\u0442\u0430\u0440" }
        }
      }
    },
    leaderboard: {
      name: "\u0440\u0435\u0439\u0442\u0438\u043D\u0433",
      description: "\u041E\u0441\u044B \u0447\u0430\u0442\u0442\u044B\u04A3 \u0432\u0438\u043A\u0442\u043E\u0440\u0438\u043D\u0430 \u043A\u0435\u0441\u0442\u0435\u0441\u0456 (\u04D9\u043A\u0456\u043C\u0448\u0456\u043B\u0435\u0440: \u0442\u0430\u0437\u0430\u043B\u0430\u0443)",
      options: {
        action: {
          name: "\u04D9\u0440\u0435\u043A\u0435\u0442",
          description: "show (\u04D9\u0434\u0435\u043F\u043A\u0456) \u043D\u0435 reset: \u0442\u0435\u043A \u0447\u0430\u0442 \u04D9\u043A\u0456\u043C\u0448\u0456\u043B\u0435\u0440\u0456",
          choices: { show: "\u043A\u04E9\u0440\u0441\u0435\u0442\u0443", reset: "\u0442\u0430\u0437\u0430\u043B\u0430\u0443" }
        }
      }
    },
    lang: {
      name: "\u0442\u0456\u043B",
      description: "\u041E\u0441\u044B \u0447\u0430\u0442\u0442\u0430\u0493\u044B \u0436\u0430\u0443\u0430\u043F\u0442\u0430\u0440 \u0442\u0456\u043B\u0456: kk, ru, en \u043D\u0435 auto (\u04D9\u043A\u0456\u043C\u0448\u0456\u043B\u0435\u0440)",
      options: {
        language: {
          name: "\u0442\u0456\u043B",
          description: "kk, ru, en \u043D\u0435 auto (\u0430\u0432\u0442\u043E\u043C\u0430\u0442\u0442\u044B); \u043E\u043D\u0441\u044B\u0437 \u2014 \u049B\u0430\u0437\u0456\u0440\u0433\u0456 \u0431\u0430\u043F\u0442\u0430\u0443",
          choices: { kk: "\u049B\u0430\u0437\u0430\u049B\u0448\u0430", ru: "\u043E\u0440\u044B\u0441\u0448\u0430", en: "\u0430\u0493\u044B\u043B\u0448\u044B\u043D\u0448\u0430", auto: "\u0430\u0432\u0442\u043E\u043C\u0430\u0442\u0442\u044B" }
        }
      }
    },
    help: { name: "\u043A\u04E9\u043C\u0435\u043A", description: "\u0411\u043E\u0442 \u043D\u0435 \u0456\u0441\u0442\u0435\u0439 \u0430\u043B\u0430\u0434\u044B \u0436\u04D9\u043D\u0435 \u043E\u0434\u0430\u043D \u049B\u0430\u043B\u0430\u0439 \u0441\u04B1\u0440\u0430\u0443 \u043A\u0435\u0440\u0435\u043A" },
    start: { name: "\u0431\u0430\u0441\u0442\u0430\u0443", description: "\u0411\u043E\u0442\u043F\u0435\u043D \u0441\u04E9\u0439\u043B\u0435\u0441\u0443\u0434\u0456 \u0431\u0430\u0441\u0442\u0430\u0443" }
  }
};

// src/core/locales/quiz/kk.ts
var quizKk = {
  level: { easy: "\u0436\u0435\u04A3\u0456\u043B", medium: "\u043E\u0440\u0442\u0430\u0448\u0430", hard: "\u049B\u0438\u044B\u043D" },
  levels_one: "{{a}}",
  levels_other: "{{a}} \u0436\u04D9\u043D\u0435 {{b}}",
  levelCount: {
    easy_one: "{{count}} \u0436\u0435\u04A3\u0456\u043B",
    easy_other: "{{count}} \u0436\u0435\u04A3\u0456\u043B",
    medium_one: "{{count}} \u043E\u0440\u0442\u0430\u0448\u0430",
    medium_other: "{{count}} \u043E\u0440\u0442\u0430\u0448\u0430",
    hard_one: "{{count}} \u049B\u0438\u044B\u043D",
    hard_other: "{{count}} \u049B\u0438\u044B\u043D"
  },
  topicWithLevels: "{{topic}} ({{levels}})",
  topicLine: "{{topic}}: {{counts}}",
  topicsTitle: "\u0412\u0438\u043A\u0442\u043E\u0440\u0438\u043D\u0430 \u0442\u0430\u049B\u044B\u0440\u044B\u043F\u0442\u0430\u0440\u044B",
  topicsFooter: "\u0411\u0430\u0441\u0442\u0430\u0443: /quiz 5 <\u0442\u0430\u049B\u044B\u0440\u044B\u043F> <\u0434\u0435\u04A3\u0433\u0435\u0439>.",
  unknownTopic: "\u0412\u0438\u043A\u0442\u043E\u0440\u0438\u043D\u0430\u0434\u0430 \xAB{{topic}}\xBB \u0434\u0435\u0433\u0435\u043D \u0442\u0430\u049B\u044B\u0440\u044B\u043F \u0436\u043E\u049B. \u0422\u0430\u049B\u044B\u0440\u044B\u043F\u0442\u0430\u0440: {{topics}}.",
  noLevel_one: "\xAB{{topic}}\xBB \u0442\u0430\u049B\u044B\u0440\u044B\u0431\u044B\u043D\u0434\u0430 \u04D9\u0437\u0456\u0440\u0433\u0435 \xAB{{difficulty}}\xBB \u0434\u0435\u04A3\u0433\u0435\u0439\u043B\u0456 \u0441\u04B1\u0440\u0430\u049B \u0436\u043E\u049B; \u0442\u0435\u043A \xAB{{has}}\xBB \u0434\u0435\u04A3\u0433\u0435\u0439\u0456 \u0431\u0430\u0440. /quiz {{topic}} {{first}} \u0434\u0435\u043F \u043A\u04E9\u0440\u0456\u04A3\u0456\u0437.",
  noLevel_other: "\xAB{{topic}}\xBB \u0442\u0430\u049B\u044B\u0440\u044B\u0431\u044B\u043D\u0434\u0430 \u04D9\u0437\u0456\u0440\u0433\u0435 \xAB{{difficulty}}\xBB \u0434\u0435\u04A3\u0433\u0435\u0439\u043B\u0456 \u0441\u04B1\u0440\u0430\u049B \u0436\u043E\u049B; \u0431\u0430\u0440 \u0434\u0435\u04A3\u0433\u0435\u0439\u043B\u0435\u0440: {{has}}. /quiz {{topic}} {{first}} \u0434\u0435\u043F \u043A\u04E9\u0440\u0456\u04A3\u0456\u0437.",
  noQuestions: "\u0411\u04B1\u043B \u0442\u0430\u049B\u044B\u0440\u044B\u043F \u043F\u0435\u043D \u0434\u0435\u04A3\u0433\u0435\u0439\u0434\u0435 \u04D9\u0437\u0456\u0440\u0433\u0435 \u0441\u04B1\u0440\u0430\u049B \u0436\u043E\u049B. \u0411\u0430\u0441\u049B\u0430\u0441\u044B\u043D \u0442\u0430\u04A3\u0434\u0430\u04A3\u044B\u0437.",
  noMissed: "\u041C\u04B1\u043D\u0434\u0430 \u0441\u0456\u0437\u0434\u0435 \u04D9\u0437\u0456\u0440\u0433\u0435 \u049B\u0430\u0439\u0442\u0430\u043B\u0430\u0439\u0442\u044B\u043D \u0441\u04B1\u0440\u0430\u049B \u0436\u043E\u049B. \u0420\u0430\u0443\u043D\u0434\u0442\u0430 \u049B\u0430\u0442\u0435 \u0436\u0430\u0443\u0430\u043F \u0431\u0435\u0440\u0433\u0435\u043D \u043D\u0435 \u0436\u0430\u0443\u0430\u043F\u0441\u044B\u0437 \u049B\u0430\u043B\u0434\u044B\u0440\u0493\u0430\u043D \u0441\u04B1\u0440\u0430\u049B\u0442\u0430\u0440\u044B\u04A3\u044B\u0437 /quiz missed \u0430\u0440\u049B\u044B\u043B\u044B \u049B\u0430\u0439\u0442\u0430 \u049B\u043E\u0439\u044B\u043B\u0430\u0434\u044B.",
  noMissedNarrowed: "\u041C\u04B1\u043D\u0434\u0430 \u0431\u04B1\u043B \u0442\u0430\u049B\u044B\u0440\u044B\u043F \u043F\u0435\u043D \u0434\u0435\u04A3\u0433\u0435\u0439 \u0431\u043E\u0439\u044B\u043D\u0448\u0430 \u0441\u0456\u0437\u0434\u0435 \u04D9\u0437\u0456\u0440\u0433\u0435 \u049B\u0430\u0439\u0442\u0430\u043B\u0430\u0439\u0442\u044B\u043D \u0441\u04B1\u0440\u0430\u049B \u0436\u043E\u049B. \u0420\u0430\u0443\u043D\u0434\u0442\u0430 \u049B\u0430\u0442\u0435 \u0436\u0430\u0443\u0430\u043F \u0431\u0435\u0440\u0433\u0435\u043D \u043D\u0435 \u0436\u0430\u0443\u0430\u043F\u0441\u044B\u0437 \u049B\u0430\u043B\u0434\u044B\u0440\u0493\u0430\u043D \u0441\u04B1\u0440\u0430\u049B\u0442\u0430\u0440\u044B\u04A3\u044B\u0437 /quiz missed \u0430\u0440\u049B\u044B\u043B\u044B \u049B\u0430\u0439\u0442\u0430 \u049B\u043E\u0439\u044B\u043B\u0430\u0434\u044B.",
  startTitle_one: "\u0412\u0438\u043A\u0442\u043E\u0440\u0438\u043D\u0430: {{count}} \u0441\u04B1\u0440\u0430\u049B",
  startTitle_other: "\u0412\u0438\u043A\u0442\u043E\u0440\u0438\u043D\u0430: {{count}} \u0441\u04B1\u0440\u0430\u049B",
  startTitleShort_one: "\u0412\u0438\u043A\u0442\u043E\u0440\u0438\u043D\u0430: {{count}} \u0441\u04B1\u0440\u0430\u049B (\u0442\u0435\u043A {{count}} \u0441\u04B1\u0440\u0430\u049B \u0441\u04D9\u0439\u043A\u0435\u0441 \u043A\u0435\u043B\u0434\u0456)",
  startTitleShort_other: "\u0412\u0438\u043A\u0442\u043E\u0440\u0438\u043D\u0430: {{count}} \u0441\u04B1\u0440\u0430\u049B (\u0442\u0435\u043A {{count}} \u0441\u04B1\u0440\u0430\u049B \u0441\u04D9\u0439\u043A\u0435\u0441 \u043A\u0435\u043B\u0434\u0456)",
  startTitleMissed_one: "\u0412\u0438\u043A\u0442\u043E\u0440\u0438\u043D\u0430: \u049B\u0430\u0439\u0442\u0430\u043B\u0430\u0443\u0493\u0430 {{count}} \u0441\u04B1\u0440\u0430\u049B",
  startTitleMissed_other: "\u0412\u0438\u043A\u0442\u043E\u0440\u0438\u043D\u0430: \u049B\u0430\u0439\u0442\u0430\u043B\u0430\u0443\u0493\u0430 {{count}} \u0441\u04B1\u0440\u0430\u049B",
  startTitleMissedShort_one: "\u0412\u0438\u043A\u0442\u043E\u0440\u0438\u043D\u0430: \u049B\u0430\u0439\u0442\u0430\u043B\u0430\u0443\u0493\u0430 {{count}} \u0441\u04B1\u0440\u0430\u049B (\u0442\u0435\u043A {{count}} \u0441\u04B1\u0440\u0430\u049B \u0431\u0430\u0440)",
  startTitleMissedShort_other: "\u0412\u0438\u043A\u0442\u043E\u0440\u0438\u043D\u0430: \u049B\u0430\u0439\u0442\u0430\u043B\u0430\u0443\u0493\u0430 {{count}} \u0441\u04B1\u0440\u0430\u049B (\u0442\u0435\u043A {{count}} \u0441\u04B1\u0440\u0430\u049B \u0431\u0430\u0440)",
  aboutTopic: "\u0442\u0430\u049B\u044B\u0440\u044B\u043F: {{topic}}",
  aboutDifficulty: "\u0434\u0435\u04A3\u0433\u0435\u0439: {{difficulty}}",
  started: "{{starter}} \u0432\u0438\u043A\u0442\u043E\u0440\u0438\u043D\u0430 \u0431\u0430\u0441\u0442\u0430\u0434\u044B.",
  startedAbout: "{{starter}} \u0432\u0438\u043A\u0442\u043E\u0440\u0438\u043D\u0430 \u0431\u0430\u0441\u0442\u0430\u0434\u044B ({{about}}).",
  startedMissed: "{{starter}} \u04E9\u0437\u0456 \u0431\u04B1\u0440\u044B\u043D \u0436\u0430\u0443\u0430\u043F \u0431\u0435\u0440\u0435 \u0430\u043B\u043C\u0430\u0493\u0430\u043D \u0441\u04B1\u0440\u0430\u049B\u0442\u0430\u0440\u0434\u0430\u043D \u0432\u0438\u043A\u0442\u043E\u0440\u0438\u043D\u0430 \u0431\u0430\u0441\u0442\u0430\u0434\u044B.",
  startedMissedAbout: "{{starter}} \u04E9\u0437\u0456 \u0431\u04B1\u0440\u044B\u043D \u0436\u0430\u0443\u0430\u043F \u0431\u0435\u0440\u0435 \u0430\u043B\u043C\u0430\u0493\u0430\u043D \u0441\u04B1\u0440\u0430\u049B\u0442\u0430\u0440\u0434\u0430\u043D \u0432\u0438\u043A\u0442\u043E\u0440\u0438\u043D\u0430 \u0431\u0430\u0441\u0442\u0430\u0434\u044B ({{about}}).",
  perQuestion_one: "\u04D8\u0440 \u0441\u04B1\u0440\u0430\u049B\u049B\u0430 {{count}} \u0441\u0435\u043A\u0443\u043D\u0434, \u04D9\u0440\u043A\u0456\u043C \u0431\u0456\u0440 \u0440\u0435\u0442 \u0436\u0430\u0443\u0430\u043F \u0431\u0435\u0440\u0435\u0434\u0456.",
  perQuestion_other: "\u04D8\u0440 \u0441\u04B1\u0440\u0430\u049B\u049B\u0430 {{count}} \u0441\u0435\u043A\u0443\u043D\u0434, \u04D9\u0440\u043A\u0456\u043C \u0431\u0456\u0440 \u0440\u0435\u0442 \u0436\u0430\u0443\u0430\u043F \u0431\u0435\u0440\u0435\u0434\u0456.",
  perQuestionTyped_one: "\u04D8\u0440 \u0441\u04B1\u0440\u0430\u049B\u049B\u0430 {{count}} \u0441\u0435\u043A\u0443\u043D\u0434, \u04D9\u0440\u043A\u0456\u043C \u0431\u0456\u0440 \u0440\u0435\u0442 \u0436\u0430\u0443\u0430\u043F \u0431\u0435\u0440\u0435\u0434\u0456: \u0436\u0430\u0443\u0430\u0431\u044B\u04A3\u044B\u0437\u0434\u044B\u04A3 \u043D\u04E9\u043C\u0456\u0440\u0456\u043D \u0436\u0430\u0437\u044B\u04A3\u044B\u0437.",
  perQuestionTyped_other: "\u04D8\u0440 \u0441\u04B1\u0440\u0430\u049B\u049B\u0430 {{count}} \u0441\u0435\u043A\u0443\u043D\u0434, \u04D9\u0440\u043A\u0456\u043C \u0431\u0456\u0440 \u0440\u0435\u0442 \u0436\u0430\u0443\u0430\u043F \u0431\u0435\u0440\u0435\u0434\u0456: \u0436\u0430\u0443\u0430\u0431\u044B\u04A3\u044B\u0437\u0434\u044B\u04A3 \u043D\u04E9\u043C\u0456\u0440\u0456\u043D \u0436\u0430\u0437\u044B\u04A3\u044B\u0437.",
  firstComesNow: "\u0411\u0456\u0440\u0456\u043D\u0448\u0456 \u0441\u04B1\u0440\u0430\u049B \u049B\u0430\u0437\u0456\u0440 \u0448\u044B\u0493\u0430\u0434\u044B.",
  questionTitle: "\u0421\u04B1\u0440\u0430\u049B {{number}}/{{total}}",
  secondsToAnswer_one: "\u0416\u0430\u0443\u0430\u043F \u0431\u0435\u0440\u0443\u0433\u0435 {{count}} \u0441\u0435\u043A\u0443\u043D\u0434.",
  secondsToAnswer_other: "\u0416\u0430\u0443\u0430\u043F \u0431\u0435\u0440\u0443\u0433\u0435 {{count}} \u0441\u0435\u043A\u0443\u043D\u0434.",
  answerTitle: "{{number}}-\u0441\u04B1\u0440\u0430\u049B\u0442\u044B\u04A3 \u0436\u0430\u0443\u0430\u0431\u044B: {{answer}}",
  nobodyAnswered: "\u0415\u0448\u043A\u0456\u043C \u0436\u0430\u0443\u0430\u043F \u0431\u0435\u0440\u043C\u0435\u0434\u0456.",
  nobodyRight_one: "\u0415\u0448\u043A\u0456\u043C \u0434\u04B1\u0440\u044B\u0441 \u0436\u0430\u0443\u0430\u043F \u0431\u0435\u0440\u043C\u0435\u0434\u0456 ({{count}} \u0436\u0430\u0443\u0430\u043F).",
  nobodyRight_other: "\u0415\u0448\u043A\u0456\u043C \u0434\u04B1\u0440\u044B\u0441 \u0436\u0430\u0443\u0430\u043F \u0431\u0435\u0440\u043C\u0435\u0434\u0456 ({{count}} \u0436\u0430\u0443\u0430\u043F).",
  rightOf_one: "\u0414\u04B1\u0440\u044B\u0441 \u0436\u0430\u0443\u0430\u043F \u0431\u0435\u0440\u0433\u0435\u043D\u0434\u0435\u0440: {{names}} (\u0431\u0430\u0440\u043B\u044B\u0493\u044B {{count}} \u0436\u0430\u0443\u0430\u043F, \u043E\u043D\u044B\u04A3 {{right}} \u0434\u04B1\u0440\u044B\u0441).",
  rightOf_other: "\u0414\u04B1\u0440\u044B\u0441 \u0436\u0430\u0443\u0430\u043F \u0431\u0435\u0440\u0433\u0435\u043D\u0434\u0435\u0440: {{names}} (\u0431\u0430\u0440\u043B\u044B\u0493\u044B {{count}} \u0436\u0430\u0443\u0430\u043F, \u043E\u043D\u044B\u04A3 {{right}} \u0434\u04B1\u0440\u044B\u0441).",
  onStreak: "\u049A\u0430\u0442\u0430\u0440\u044B\u043D\u0430\u043D \u0434\u04B1\u0440\u044B\u0441 \u0436\u0430\u0443\u0430\u043F \u0431\u0435\u0440\u0456\u043F \u043A\u0435\u043B\u0435 \u0436\u0430\u0442\u049B\u0430\u043D\u0434\u0430\u0440: {{players}}.",
  streakOf: "{{name}} ({{streak}})",
  overTitle: "\u0412\u0438\u043A\u0442\u043E\u0440\u0438\u043D\u0430 \u0430\u044F\u049B\u0442\u0430\u043B\u0434\u044B",
  stoppedTitle: "\u0412\u0438\u043A\u0442\u043E\u0440\u0438\u043D\u0430 \u0442\u043E\u049B\u0442\u0430\u0442\u044B\u043B\u0434\u044B",
  scores: "\u041E\u0441\u044B \u0440\u0430\u0443\u043D\u0434\u0442\u044B\u04A3 \u04B1\u043F\u0430\u0439\u043B\u0430\u0440\u044B:\n{{lines}}",
  nobodyThisRound: "\u0411\u04B1\u043B \u0440\u0430\u0443\u043D\u0434\u0442\u0430 \u0435\u0448\u043A\u0456\u043C \u0436\u0430\u0443\u0430\u043F \u0431\u0435\u0440\u043C\u0435\u0434\u0456.",
  scoreLine_one: "{{rank}}. {{name}}: {{count}} \u04B1\u043F\u0430\u0439 ({{right}}/{{asked}} \u0434\u04B1\u0440\u044B\u0441)",
  scoreLine_other: "{{rank}}. {{name}}: {{count}} \u04B1\u043F\u0430\u0439 ({{right}}/{{asked}} \u0434\u04B1\u0440\u044B\u0441)",
  scoreLineStreak_one: "{{rank}}. {{name}}: {{count}} \u04B1\u043F\u0430\u0439 ({{right}}/{{asked}} \u0434\u04B1\u0440\u044B\u0441, \u049B\u0430\u0442\u0430\u0440\u044B\u043D\u0430\u043D {{streak}})",
  scoreLineStreak_other: "{{rank}}. {{name}}: {{count}} \u04B1\u043F\u0430\u0439 ({{right}}/{{asked}} \u0434\u04B1\u0440\u044B\u0441, \u049B\u0430\u0442\u0430\u0440\u044B\u043D\u0430\u043D {{streak}})",
  stoppedBy: "{{name}} \u0432\u0438\u043A\u0442\u043E\u0440\u0438\u043D\u0430\u043D\u044B \u0442\u043E\u049B\u0442\u0430\u0442\u0442\u044B.",
  wasAnswer: "{{number}}-\u0441\u04B1\u0440\u0430\u049B\u0442\u044B\u04A3 \u0434\u04B1\u0440\u044B\u0441 \u0436\u0430\u0443\u0430\u0431\u044B: {{answer}}.",
  interrupted: "\u0411\u043E\u0442 \u049B\u0430\u0439\u0442\u0430 \u0456\u0441\u043A\u0435 \u049B\u043E\u0441\u044B\u043B\u0493\u0430\u043D\u0434\u044B\u049B\u0442\u0430\u043D \u0432\u0438\u043A\u0442\u043E\u0440\u0438\u043D\u0430 \u04AF\u0437\u0456\u043B\u0456\u043F, \u0430\u044F\u049B\u0442\u0430\u043B\u0434\u044B. \u0416\u0430\u0437\u044B\u043B\u0493\u0430\u043D \u0436\u0430\u0443\u0430\u043F\u0442\u0430\u0440\u0434\u044B\u04A3 \u0431\u04D9\u0440\u0456 \u0435\u0441\u0435\u043F\u0442\u0435\u043B\u0435\u0434\u0456.",
  storageFailed: "\u0412\u0438\u043A\u0442\u043E\u0440\u0438\u043D\u0430 \u0442\u043E\u049B\u0442\u0430\u0434\u044B: \u043E\u0439\u044B\u043D\u0434\u044B \u0441\u0430\u049B\u0442\u0430\u0439 \u0430\u043B\u043C\u0430\u0434\u044B\u043C (\u043C\u0435\u043D\u0456\u04A3 \u0436\u0430\u0493\u044B\u043C\u0434\u0430\u0493\u044B \u0441\u0430\u049B\u0442\u0430\u0443 \u049B\u0430\u0442\u0435\u0441\u0456). \u041A\u0435\u0439\u0456\u043D\u0456\u0440\u0435\u043A /quiz \u0430\u0440\u049B\u044B\u043B\u044B \u0436\u0430\u04A3\u0430 \u0440\u0430\u0443\u043D\u0434 \u0431\u0430\u0441\u0442\u0430\u04A3\u044B\u0437.",
  storageFailedQuestion: "\u0412\u0438\u043A\u0442\u043E\u0440\u0438\u043D\u0430 \u0442\u043E\u049B\u0442\u0430\u0434\u044B: \u043E\u0439\u044B\u043D\u0434\u044B \u0441\u0430\u049B\u0442\u0430\u0439 \u0430\u043B\u043C\u0430\u0434\u044B\u043C (\u043C\u0435\u043D\u0456\u04A3 \u0436\u0430\u0493\u044B\u043C\u0434\u0430\u0493\u044B \u0441\u0430\u049B\u0442\u0430\u0443 \u049B\u0430\u0442\u0435\u0441\u0456). {{number}}-\u0441\u04B1\u0440\u0430\u049B \u0435\u0441\u0435\u043F\u0442\u0435\u043B\u043C\u0435\u0439\u0434\u0456. \u041A\u0435\u0439\u0456\u043D\u0456\u0440\u0435\u043A /quiz \u0430\u0440\u049B\u044B\u043B\u044B \u0436\u0430\u04A3\u0430 \u0440\u0430\u0443\u043D\u0434 \u0431\u0430\u0441\u0442\u0430\u04A3\u044B\u0437.",
  postFailed: "\u0412\u0438\u043A\u0442\u043E\u0440\u0438\u043D\u0430 \u0442\u043E\u049B\u0442\u0430\u0434\u044B: \u043A\u0435\u043B\u0435\u0441\u0456 \u0441\u04B1\u0440\u0430\u049B\u0442\u044B \u0436\u0456\u0431\u0435\u0440\u0435 \u0430\u043B\u043C\u0430\u0434\u044B\u043C.",
  leaderboardTitle: "\u041A\u04E9\u0448\u0431\u0430\u0441\u0448\u044B\u043B\u0430\u0440 \u043A\u0435\u0441\u0442\u0435\u0441\u0456",
  noScores: "\u0411\u04B1\u043B \u0447\u0430\u0442\u0442\u0430 \u04D9\u043B\u0456 \u04B1\u043F\u0430\u0439 \u0436\u043E\u049B. \u0420\u0430\u0443\u043D\u0434\u0442\u044B /quiz \u0430\u0440\u049B\u044B\u043B\u044B \u0431\u0430\u0441\u0442\u0430\u04A3\u044B\u0437.",
  standing_one: "{{rank}}. {{name}}: {{count}} \u04B1\u043F\u0430\u0439 ({{right}}/{{answered}} \u0434\u04B1\u0440\u044B\u0441, \u0435\u04A3 \u04B1\u0437\u0430\u049B \u049B\u0430\u0442\u0430\u0440 {{best}})",
  standing_other: "{{rank}}. {{name}}: {{count}} \u04B1\u043F\u0430\u0439 ({{right}}/{{answered}} \u0434\u04B1\u0440\u044B\u0441, \u0435\u04A3 \u04B1\u0437\u0430\u049B \u049B\u0430\u0442\u0430\u0440 {{best}})",
  resetTitle: "\u041A\u04E9\u0448\u0431\u0430\u0441\u0448\u044B\u043B\u0430\u0440 \u043A\u0435\u0441\u0442\u0435\u0441\u0456 \u0442\u0430\u0437\u0430\u0440\u0442\u044B\u043B\u0434\u044B",
  resetBody_one: "{{name}} \u0431\u04B1\u043B \u0447\u0430\u0442\u0442\u044B\u04A3 \u043A\u04E9\u0448\u0431\u0430\u0441\u0448\u044B\u043B\u0430\u0440 \u043A\u0435\u0441\u0442\u0435\u0441\u0456\u043D \u0442\u0430\u0437\u0430\u0440\u0442\u0442\u044B ({{count}} \u043E\u0439\u044B\u043D\u0448\u044B \u04E9\u0448\u0456\u0440\u0456\u043B\u0434\u0456).",
  resetBody_other: "{{name}} \u0431\u04B1\u043B \u0447\u0430\u0442\u0442\u044B\u04A3 \u043A\u04E9\u0448\u0431\u0430\u0441\u0448\u044B\u043B\u0430\u0440 \u043A\u0435\u0441\u0442\u0435\u0441\u0456\u043D \u0442\u0430\u0437\u0430\u0440\u0442\u0442\u044B ({{count}} \u043E\u0439\u044B\u043D\u0448\u044B \u04E9\u0448\u0456\u0440\u0456\u043B\u0434\u0456).",
  unavailable: "\u0412\u0438\u043A\u0442\u043E\u0440\u0438\u043D\u0430 \u049B\u0430\u0437\u0456\u0440 \u049B\u043E\u043B\u0436\u0435\u0442\u0456\u043C\u0441\u0456\u0437.",
  unavailableHere: "\u0412\u0438\u043A\u0442\u043E\u0440\u0438\u043D\u0430 \u0431\u04B1\u043B \u0436\u0435\u0440\u0434\u0435 \u049B\u0430\u0437\u0456\u0440 \u049B\u043E\u043B\u0436\u0435\u0442\u0456\u043C\u0441\u0456\u0437.",
  roundLength: "\u0420\u0430\u0443\u043D\u0434\u0442\u0430 1 \u043C\u0435\u043D {{max}} \u0430\u0440\u0430\u043B\u044B\u0493\u044B\u043D\u0434\u0430 \u0441\u04B1\u0440\u0430\u049B \u0431\u043E\u043B\u0430\u0434\u044B.",
  wholeNumber: "\u0421\u04B1\u0440\u0430\u049B \u0441\u0430\u043D\u044B \u0431\u04AF\u0442\u0456\u043D \u0441\u0430\u043D \u0431\u043E\u043B\u0443\u044B \u043A\u0435\u0440\u0435\u043A.",
  difficulties: "\u049A\u0438\u044B\u043D\u0434\u044B\u049B \u0434\u0435\u04A3\u0433\u0435\u0439\u0456: easy, medium \u043D\u0435\u043C\u0435\u0441\u0435 hard.",
  alreadyRunning: "\u0411\u04B1\u043B \u0447\u0430\u0442\u0442\u0430 \u0432\u0438\u043A\u0442\u043E\u0440\u0438\u043D\u0430 \u0436\u04AF\u0440\u0456\u043F \u0436\u0430\u0442\u044B\u0440. \u041E\u043D\u044B\u04A3 \u0430\u044F\u049B\u0442\u0430\u043B\u0443\u044B\u043D \u043A\u04AF\u0442\u0456\u04A3\u0456\u0437 \u043D\u0435\u043C\u0435\u0441\u0435 /quiz stop \u0430\u0440\u049B\u044B\u043B\u044B \u0442\u043E\u049B\u0442\u0430\u0442\u044B\u04A3\u044B\u0437.",
  notRunning: "\u0411\u04B1\u043B \u0447\u0430\u0442\u0442\u0430 \u0432\u0438\u043A\u0442\u043E\u0440\u0438\u043D\u0430 \u0436\u04AF\u0440\u0456\u043F \u0436\u0430\u0442\u049B\u0430\u043D \u0436\u043E\u049B.",
  onlyStarter: "\u0412\u0438\u043A\u0442\u043E\u0440\u0438\u043D\u0430\u043D\u044B \u043E\u043D\u044B \u0431\u0430\u0441\u0442\u0430\u0493\u0430\u043D {{name}} \u043D\u0435\u043C\u0435\u0441\u0435 \u0447\u0430\u0442 \u04D9\u043A\u0456\u043C\u0448\u0456\u0441\u0456 \u0493\u0430\u043D\u0430 \u0442\u043E\u049B\u0442\u0430\u0442\u0430 \u0430\u043B\u0430\u0434\u044B.",
  onlyAdminsReset: "\u041A\u04E9\u0448\u0431\u0430\u0441\u0448\u044B\u043B\u0430\u0440 \u043A\u0435\u0441\u0442\u0435\u0441\u0456\u043D \u0442\u0435\u043A \u0447\u0430\u0442 \u04D9\u043A\u0456\u043C\u0448\u0456\u043B\u0435\u0440\u0456 \u0442\u0430\u0437\u0430\u0440\u0442\u0430 \u0430\u043B\u0430\u0434\u044B.",
  notInQuiz: "\u0411\u04B1\u043B \u0441\u04B1\u0440\u0430\u049B \u043C\u04B1\u043D\u0434\u0430\u0493\u044B \u0432\u0438\u043A\u0442\u043E\u0440\u0438\u043D\u0430\u0493\u0430 \u0436\u0430\u0442\u043F\u0430\u0439\u0434\u044B.",
  otherChat: "\u0411\u04B1\u043B \u0441\u04B1\u0440\u0430\u049B \u0431\u0430\u0441\u049B\u0430 \u0447\u0430\u0442\u0442\u0430\u0493\u044B \u0432\u0438\u043A\u0442\u043E\u0440\u0438\u043D\u0430\u0434\u0430\u043D.",
  tooLate: "\u041A\u0435\u0448 \u049B\u0430\u043B\u0434\u044B\u04A3\u044B\u0437: \u0431\u04B1\u043B \u0441\u04B1\u0440\u0430\u049B \u0436\u0430\u0431\u044B\u043B\u0434\u044B.",
  noOption: "{{number}}-\u043D\u04B1\u0441\u049B\u0430 \u0436\u043E\u049B.",
  repeat: "\u0421\u0456\u0437 \u0431\u04B1\u043B \u0441\u04B1\u0440\u0430\u049B\u049B\u0430 \u0436\u0430\u0443\u0430\u043F \u0431\u0435\u0440\u0456\u043F \u049B\u043E\u0439\u0434\u044B\u04A3\u044B\u0437.",
  recorded: "\u0416\u0430\u0443\u0430\u0431\u044B\u04A3\u044B\u0437 \u049B\u0430\u0431\u044B\u043B\u0434\u0430\u043D\u0434\u044B: {{answer}}.",
  nextComing: "\u041A\u0435\u043B\u0435\u0441\u0456 \u0441\u04B1\u0440\u0430\u049B \u049B\u0430\u0437\u0456\u0440 \u0448\u044B\u0493\u0430\u0434\u044B, \u0441\u043E\u043D\u0434\u0430 \u0436\u0430\u0443\u0430\u043F \u0431\u0435\u0440\u0456\u04A3\u0456\u0437.",
  typeNumber: "1 \u043C\u0435\u043D {{max}} \u0430\u0440\u0430\u043B\u044B\u0493\u044B\u043D\u0434\u0430\u0493\u044B \u0441\u0430\u043D\u0434\u044B \u0436\u0430\u0437\u044B\u04A3\u044B\u0437.",
  /**
   * Generated questions (src/core/quiz/bank/generators): one template per kind. Entry names are
   * values in the language's form (`name_kk`), dates formatted for the language.
   */
  bank: {
    sources: "\u0414\u0435\u0440\u0435\u043A\u043A\u04E9\u0437\u0434\u0435\u0440: {{keys}}.",
    period: {
      from: " ({{year}} \u0436\u044B\u043B\u0434\u0430\u043D \u0431\u0430\u0441\u0442\u0430\u043F)",
      in: " ({{date}})",
      year: " ({{year}} \u0436.)",
      range: " ({{from}}\u2013{{to}} \u0436\u0436.)"
    },
    oldStyle: "{{date}} (\u0435\u0441\u043A\u0456 \u0441\u0442\u0438\u043B\u044C \u0431\u043E\u0439\u044B\u043D\u0448\u0430)",
    versionOldStyle: "{{date}}, \u0435\u0441\u043A\u0456 \u0441\u0442\u0438\u043B\u044C ({{sources}})",
    version: "{{date}} ({{sources}})",
    role: "{{title}}{{when}} \u2014 \u043A\u0456\u043C \u0431\u043E\u043B\u0434\u044B?",
    post: "{{name}}: {{title}}{{when}}. {{sources}}",
    personRole: "{{name}}{{when}} \u049B\u0430\u043D\u0434\u0430\u0439 \u049B\u044B\u0437\u043C\u0435\u0442 \u0430\u0442\u049B\u0430\u0440\u0434\u044B?",
    eventDate: "\xAB{{name}}\xBB \u049B\u0430\u0448\u0430\u043D \u0431\u043E\u043B\u0434\u044B?",
    eventDateOldStyle: "\xAB{{name}}\xBB \u049B\u0430\u0448\u0430\u043D \u0431\u043E\u043B\u0434\u044B (\u0435\u0441\u043A\u0456 \u0441\u0442\u0438\u043B\u044C \u0431\u043E\u0439\u044B\u043D\u0448\u0430)?",
    eventPlace: "\xAB{{name}}\xBB \u049B\u0430\u0439 \u0436\u0435\u0440\u0434\u0435 \u0431\u043E\u043B\u0434\u044B?",
    eventIs: "{{name}}: {{value}}. {{sources}}",
    born: "{{name}} \u049B\u0430\u0439 \u0436\u044B\u043B\u044B \u0442\u0443\u0493\u0430\u043D?",
    died: "{{name}} \u049B\u0430\u0439 \u0436\u044B\u043B\u044B \u049B\u0430\u0439\u0442\u044B\u0441 \u0431\u043E\u043B\u0493\u0430\u043D?",
    bornWas: "{{name}}: \u0442\u0443\u0493\u0430\u043D \u043A\u04AF\u043D\u0456 \u2014 {{date}}. {{sources}}",
    bornWasAt: "{{name}}: \u0442\u0443\u0493\u0430\u043D \u043A\u04AF\u043D\u0456 \u2014 {{date}}, \u0442\u0443\u0493\u0430\u043D \u0436\u0435\u0440\u0456 \u2014 {{place}}. {{sources}}",
    diedWas: "{{name}}: \u049B\u0430\u0439\u0442\u044B\u0441 \u0431\u043E\u043B\u0493\u0430\u043D \u043A\u04AF\u043D\u0456 \u2014 {{date}}. {{sources}}",
    diedWasAt: "{{name}}: \u049B\u0430\u0439\u0442\u044B\u0441 \u0431\u043E\u043B\u0493\u0430\u043D \u043A\u04AF\u043D\u0456 \u2014 {{date}}, \u0436\u0435\u0440\u0456 \u2014 {{place}}. {{sources}}",
    disputedDate: "\xAB{{name}}\xBB \u0431\u043E\u043B\u0493\u0430\u043D \u043A\u04AF\u043D \u0442\u0443\u0440\u0430\u043B\u044B \u0434\u0435\u0440\u0435\u043A\u043A\u04E9\u0437\u0434\u0435\u0440 \u04D9\u0440\u0442\u04AF\u0440\u043B\u0456 \u0430\u0439\u0442\u0430\u0434\u044B. \u041C\u044B\u043D\u0430 \u043A\u04AF\u043D\u0434\u0435\u0440\u0434\u0456\u04A3 \u049B\u0430\u0439\u0441\u044B\u0441\u044B\u043D \u0441\u043E\u043B\u0430\u0440\u0434\u044B\u04A3 \u0431\u0456\u0440\u0456 \u043A\u04E9\u0440\u0441\u0435\u0442\u0435\u0434\u0456?",
    sourcesDiffer: "\u0414\u0435\u0440\u0435\u043A\u043A\u04E9\u0437\u0434\u0435\u0440 \u04D9\u0440\u0442\u04AF\u0440\u043B\u0456: {{versions}}.",
    claimEvent: "\xAB{{name}}\xBB \u0431\u043E\u043B\u0493\u0430\u043D \u043A\u04AF\u043D \u0442\u0443\u0440\u0430\u043B\u044B \u0434\u0435\u0440\u0435\u043A\u043A\u04E9\u0437\u0434\u0435\u0440 \u04D9\u0440\u0442\u04AF\u0440\u043B\u0456 \u0430\u0439\u0442\u0430\u0434\u044B. \u0421\u043E\u043B\u0430\u0440\u0434\u044B\u04A3 \u0431\u0456\u0440\u0456 {{date}} \u0434\u0435\u043F \u043A\u04E9\u0440\u0441\u0435\u0442\u0435\u0442\u0456\u043D\u0456 \u0440\u0430\u0441 \u043F\u0430?",
    claimBorn: "{{name}}: \u0442\u0443\u0493\u0430\u043D \u043A\u04AF\u043D\u0456 \u0442\u0443\u0440\u0430\u043B\u044B \u0434\u0435\u0440\u0435\u043A\u043A\u04E9\u0437\u0434\u0435\u0440 \u04D9\u0440\u0442\u04AF\u0440\u043B\u0456 \u0430\u0439\u0442\u0430\u0434\u044B. \u0421\u043E\u043B\u0430\u0440\u0434\u044B\u04A3 \u0431\u0456\u0440\u0456 {{date}} \u0434\u0435\u043F \u043A\u04E9\u0440\u0441\u0435\u0442\u0435\u0442\u0456\u043D\u0456 \u0440\u0430\u0441 \u043F\u0430?",
    claimDied: "{{name}}: \u049B\u0430\u0439\u0442\u044B\u0441 \u0431\u043E\u043B\u0493\u0430\u043D \u043A\u04AF\u043D\u0456 \u0442\u0443\u0440\u0430\u043B\u044B \u0434\u0435\u0440\u0435\u043A\u043A\u04E9\u0437\u0434\u0435\u0440 \u04D9\u0440\u0442\u04AF\u0440\u043B\u0456 \u0430\u0439\u0442\u0430\u0434\u044B. \u0421\u043E\u043B\u0430\u0440\u0434\u044B\u04A3 \u0431\u0456\u0440\u0456 {{date}} \u0434\u0435\u043F \u043A\u04E9\u0440\u0441\u0435\u0442\u0435\u0442\u0456\u043D\u0456 \u0440\u0430\u0441 \u043F\u0430?",
    claimAbout: "\xAB{{name}}\xBB: \u0434\u0435\u0440\u0435\u043A\u043A\u04E9\u0437\u0434\u0435\u0440 \u04D9\u0440\u0442\u04AF\u0440\u043B\u0456 \u0430\u0439\u0442\u0430\u0434\u044B ({{about}}). \u0421\u043E\u043B\u0430\u0440\u0434\u044B\u04A3 \u0431\u0456\u0440\u0456 {{date}} \u0434\u0435\u043F \u043A\u04E9\u0440\u0441\u0435\u0442\u0435\u0442\u0456\u043D\u0456 \u0440\u0430\u0441 \u043F\u0430?",
    true: "\u0420\u0430\u0441",
    false: "\u0416\u0430\u043B\u0493\u0430\u043D",
    describePerson: "{{name}} \u043A\u0456\u043C \u0431\u043E\u043B\u0493\u0430\u043D?",
    describeTerm: "\xAB{{name}}\xBB \u0434\u0435\u0433\u0435\u043D \u043D\u0435?",
    described: "{{name}}: {{description}}. {{sources}}",
    identifyTerm: "\u041C\u044B\u043D\u0430\u043B\u0430\u0440\u0434\u044B\u04A3 \u049B\u0430\u0439\u0441\u044B\u0441\u044B \u2014 {{description}}?",
    identified: "{{name}}. {{sources}}",
    spelling: "{{name}} \u0435\u0441\u0456\u043C\u0456 \u049B\u0430\u0437\u0430\u049B \u043A\u0438\u0440\u0438\u043B\u043B\u0438\u0446\u0430\u0441\u044B\u043D\u0434\u0430 \u049B\u0430\u043B\u0430\u0439 \u0436\u0430\u0437\u044B\u043B\u0430\u0434\u044B?",
    spelled: "{{name}} \u049B\u0430\u0437\u0430\u049B\u0448\u0430 \u0431\u044B\u043B\u0430\u0439 \u0436\u0430\u0437\u044B\u043B\u0430\u0434\u044B: {{spelling}}. {{sources}}",
    notSigned: "\u041E\u043B\u0430\u0440\u0434\u044B\u04A3 \u049B\u0430\u0439\u0441\u044B\u0441\u044B \xAB{{name}}\xBB \u049B\u04B1\u0436\u0430\u0442\u044B\u043D\u0430 \u049B\u043E\u043B \u049A\u041E\u0419\u041C\u0410\u0492\u0410\u041D?",
    notTookPart: "\u041E\u043B\u0430\u0440\u0434\u044B\u04A3 \u049B\u0430\u0439\u0441\u044B\u0441\u044B \xAB{{name}}\xBB \u043E\u049B\u0438\u0493\u0430\u0441\u044B\u043D\u0430 \u049A\u0410\u0422\u042B\u0421\u041F\u0410\u0492\u0410\u041D?",
    signatories: "\xAB{{name}}\xBB \u049B\u04B1\u0436\u0430\u0442\u044B\u043D\u0430 \u049B\u043E\u043B \u049B\u043E\u0439\u0493\u0430\u043D\u0434\u0430\u0440\u0434\u044B\u04A3 \u0430\u0440\u0430\u0441\u044B\u043D\u0434\u0430 \u2014 {{people}}. {{sources}}",
    participants: "\xAB{{name}}\xBB \u043E\u049B\u0438\u0493\u0430\u0441\u044B\u043D\u0430 \u049B\u0430\u0442\u044B\u0441\u049B\u0430\u043D\u0434\u0430\u0440\u0434\u044B\u04A3 \u0430\u0440\u0430\u0441\u044B\u043D\u0434\u0430 \u2014 {{people}}. {{sources}}",
    cameFirst: "\u049A\u0430\u0439\u0441\u044B\u0441\u044B \u0431\u04B1\u0440\u044B\u043D \u0431\u043E\u043B\u0434\u044B: \xAB{{a}}\xBB, \xAB{{b}}\xBB \u04D9\u043B\u0434\u0435 \xAB{{c}}\xBB?",
    bornFirst: "\u041A\u0456\u043C \u0431\u04B1\u0440\u044B\u043D \u0442\u0443\u0493\u0430\u043D: {{a}}, {{b}} \u04D9\u043B\u0434\u0435 {{c}}?",
    diedFirst: "\u041A\u0456\u043C \u0431\u04B1\u0440\u044B\u043D \u049B\u0430\u0439\u0442\u044B\u0441 \u0431\u043E\u043B\u0493\u0430\u043D: {{a}}, {{b}} \u04D9\u043B\u0434\u0435 {{c}}?",
    wasFirst: "\u0415\u04A3 \u0431\u04B1\u0440\u044B\u043D: {{name}}. {{sources}}",
    whoWrote: "\xAB{{title}}\xBB \u0448\u044B\u0493\u0430\u0440\u043C\u0430\u0441\u044B\u043D\u044B\u04A3 \u0430\u0432\u0442\u043E\u0440\u044B \u043A\u0456\u043C?",
    whichWrote: "\u041C\u044B\u043D\u0430 \u0448\u044B\u0493\u0430\u0440\u043C\u0430\u043B\u0430\u0440\u0434\u044B\u04A3 \u049B\u0430\u0439\u0441\u044B\u0441\u044B\u043D {{name}} \u0436\u0430\u0437\u0434\u044B?",
    wroteBy: "\xAB{{work}}\xBB \u0430\u0432\u0442\u043E\u0440\u044B \u2014 {{name}}. {{sources}}",
    fact: "{{text}} {{sources}}"
  }
};

// src/core/locales/kk.ts
var kk = {
  quiz: quizKk,
  ui: uiKk,
  date: {
    day: "{{date}}",
    month: "{{date}}",
    year: "{{date}}",
    range: "{{date}}",
    circa: "\u0448\u0430\u043C\u0430\u043C\u0435\u043D {{date}}",
    oldStyleMark: "\u0435\u0441\u043A\u0456 \u0441\u0442\u0438\u043B\u044C \u0431\u043E\u0439\u044B\u043D\u0448\u0430",
    approximately: "\u0448\u0430\u043C\u0430\u043C\u0435\u043D",
    oldStyle: "{{date}} (\u0435\u0441\u043A\u0456 \u0441\u0442\u0438\u043B\u044C \u0431\u043E\u0439\u044B\u043D\u0448\u0430)"
  },
  fact: {
    born: "{{name}}: \u0442\u0443\u0493\u0430\u043D \u043A\u04AF\u043D\u0456 \u2014 {{when}}.",
    bornPlace: "{{name}}: \u0442\u0443\u0493\u0430\u043D \u0436\u0435\u0440\u0456 \u2014 {{place}}.",
    died: "{{name}}: \u049B\u0430\u0439\u0442\u044B\u0441 \u0431\u043E\u043B\u0493\u0430\u043D \u043A\u04AF\u043D\u0456 \u2014 {{when}}.",
    diedPlace: "{{name}}: \u049B\u0430\u0439\u0442\u044B\u0441 \u0431\u043E\u043B\u0493\u0430\u043D \u0436\u0435\u0440\u0456 \u2014 {{place}}.",
    noDate_born: "{{name}}: \u0442\u0443\u0493\u0430\u043D \u043A\u04AF\u043D\u0456 \u043C\u0435\u043D\u0456\u04A3 \u0434\u0435\u0440\u0435\u043A\u043A\u04E9\u0437\u0434\u0435\u0440\u0456\u043C\u0434\u0435 \u043A\u04E9\u0440\u0441\u0435\u0442\u0456\u043B\u043C\u0435\u0433\u0435\u043D.",
    noDate_died: "{{name}}: \u049B\u0430\u0439\u0442\u044B\u0441 \u0431\u043E\u043B\u0493\u0430\u043D \u043A\u04AF\u043D\u0456 \u043C\u0435\u043D\u0456\u04A3 \u0434\u0435\u0440\u0435\u043A\u043A\u04E9\u0437\u0434\u0435\u0440\u0456\u043C\u0434\u0435 \u043A\u04E9\u0440\u0441\u0435\u0442\u0456\u043B\u043C\u0435\u0433\u0435\u043D.",
    when: "{{name}} \u2014 {{when}}.",
    at: " ({{place}})",
    dated: "{{name}}: \u049B\u04B1\u0436\u0430\u0442\u0442\u044B\u04A3 \u043A\u04AF\u043D\u0456 \u2014 {{date}}.",
    place: "{{name}}: \u04E9\u0442\u043A\u0435\u043D \u0436\u0435\u0440\u0456 \u2014 {{place}}.",
    participants: "{{name}}: \u049B\u0430\u0442\u044B\u0441\u049B\u0430\u043D\u0434\u0430\u0440\u0434\u044B\u04A3 \u0456\u0448\u0456\u043D\u0434\u0435 \u2014 {{people}}.",
    role: "{{name}} \u2014 {{title}}.",
    roleSpan: "{{name}} \u2014 {{title}} ({{span}}).",
    attribute: "{{name}}: {{label}} \u2014 {{value}}.",
    disputed: "{{about}}: \u0434\u0435\u0440\u0435\u043A\u043A\u04E9\u0437\u0434\u0435\u0440 \u04D9\u0440\u0442\u04AF\u0440\u043B\u0456 \u0430\u0439\u0442\u0430\u0434\u044B \u2014 {{versions}}.",
    disputedMore_one: "{{about}}: \u0434\u0435\u0440\u0435\u043A\u043A\u04E9\u0437\u0434\u0435\u0440 \u04D9\u0440\u0442\u04AF\u0440\u043B\u0456 \u0430\u0439\u0442\u0430\u0434\u044B \u2014 {{versions}}; \u0442\u0430\u0493\u044B {{count}} \u043D\u04B1\u0441\u049B\u0430 \xAB\u0422\u043E\u043B\u044B\u0493\u044B\u0440\u0430\u049B\xBB \u0431\u04E9\u043B\u0456\u043C\u0456\u043D\u0434\u0435.",
    disputedMore_other: "{{about}}: \u0434\u0435\u0440\u0435\u043A\u043A\u04E9\u0437\u0434\u0435\u0440 \u04D9\u0440\u0442\u04AF\u0440\u043B\u0456 \u0430\u0439\u0442\u0430\u0434\u044B \u2014 {{versions}}; \u0442\u0430\u0493\u044B {{count}} \u043D\u04B1\u0441\u049B\u0430 \xAB\u0422\u043E\u043B\u044B\u0493\u044B\u0440\u0430\u049B\xBB \u0431\u04E9\u043B\u0456\u043C\u0456\u043D\u0434\u0435.",
    disputedDate_born: "{{name}}: \u0442\u0443\u0493\u0430\u043D \u043A\u04AF\u043D\u0456 \u0442\u0443\u0440\u0430\u043B\u044B \u0434\u0435\u0440\u0435\u043A\u043A\u04E9\u0437\u0434\u0435\u0440 \u04D9\u0440\u0442\u04AF\u0440\u043B\u0456 \u0430\u0439\u0442\u0430\u0434\u044B \u2014 {{versions}}.",
    disputedDate_died: "{{name}}: \u049B\u0430\u0439\u0442\u044B\u0441 \u0431\u043E\u043B\u0493\u0430\u043D \u043A\u04AF\u043D\u0456 \u0442\u0443\u0440\u0430\u043B\u044B \u0434\u0435\u0440\u0435\u043A\u043A\u04E9\u0437\u0434\u0435\u0440 \u04D9\u0440\u0442\u04AF\u0440\u043B\u0456 \u0430\u0439\u0442\u0430\u0434\u044B \u2014 {{versions}}.",
    disputedDate_when: "{{name}}: \u043A\u04AF\u043D\u0456 \u0442\u0443\u0440\u0430\u043B\u044B \u0434\u0435\u0440\u0435\u043A\u043A\u04E9\u0437\u0434\u0435\u0440 \u04D9\u0440\u0442\u04AF\u0440\u043B\u0456 \u0430\u0439\u0442\u0430\u0434\u044B \u2014 {{versions}}.",
    disputedPlace_born: "{{name}}: \u0442\u0443\u0493\u0430\u043D \u0436\u0435\u0440\u0456 \u0442\u0443\u0440\u0430\u043B\u044B \u0434\u0435\u0440\u0435\u043A\u043A\u04E9\u0437\u0434\u0435\u0440 \u04D9\u0440\u0442\u04AF\u0440\u043B\u0456 \u0430\u0439\u0442\u0430\u0434\u044B \u2014 {{versions}}.",
    disputedPlace_died: "{{name}}: \u049B\u0430\u0439\u0442\u044B\u0441 \u0431\u043E\u043B\u0493\u0430\u043D \u0436\u0435\u0440\u0456 \u0442\u0443\u0440\u0430\u043B\u044B \u0434\u0435\u0440\u0435\u043A\u043A\u04E9\u0437\u0434\u0435\u0440 \u04D9\u0440\u0442\u04AF\u0440\u043B\u0456 \u0430\u0439\u0442\u0430\u0434\u044B \u2014 {{versions}}.",
    disputedPlace_when: "{{name}}: \u04E9\u0442\u043A\u0435\u043D \u0436\u0435\u0440\u0456 \u0442\u0443\u0440\u0430\u043B\u044B \u0434\u0435\u0440\u0435\u043A\u043A\u04E9\u0437\u0434\u0435\u0440 \u04D9\u0440\u0442\u04AF\u0440\u043B\u0456 \u0430\u0439\u0442\u0430\u0434\u044B \u2014 {{versions}}.",
    or: " \u043D\u0435\u043C\u0435\u0441\u0435 ",
    spanFrom: "{{from}} \u0431\u0430\u0441\u0442\u0430\u043F",
    spanTo: "{{to}} \u0434\u0435\u0439\u0456\u043D"
  },
  card: {
    onThisDay: "\u041E\u0441\u044B \u043A\u04AF\u043D\u0456: {{date}}",
    nothingDated: "\u0411\u0456\u043B\u0435\u0442\u0456\u043D\u0456\u043C\u043D\u0456\u04A3 \u0435\u0448\u0431\u0456\u0440\u0456 \u04D9\u0437\u0456\u0440\u0433\u0435 \u043D\u0430\u049B\u0442\u044B \u043A\u04AF\u043D\u043C\u0435\u043D \u0431\u0435\u043B\u0433\u0456\u043B\u0435\u043D\u0431\u0435\u0433\u0435\u043D.",
    nothingOnDay: "{{date}} \u043A\u04AF\u043D\u0456 \u0431\u043E\u043B\u0493\u0430\u043D \u043E\u049B\u0438\u0493\u0430\u043D\u044B \u0431\u0456\u043B\u043C\u0435\u0439\u043C\u0456\u043D. \u0415\u04A3 \u0436\u0430\u049B\u044B\u043D \u043A\u04AF\u043D\u0434\u0435\u0440: {{dates}}.",
    and: " \u0436\u04D9\u043D\u0435 ",
    born: "\u0422\u0443\u0493\u0430\u043D",
    died: "\u049A\u0430\u0439\u0442\u044B\u0441 \u0431\u043E\u043B\u0493\u0430\u043D",
    roles: "\u049A\u044B\u0437\u043C\u0435\u0442\u0442\u0435\u0440\u0456",
    when: "\u049A\u0430\u0448\u0430\u043D",
    whenDisputed: "\u049A\u0430\u0448\u0430\u043D (\u0434\u0435\u0440\u0435\u043A\u043A\u04E9\u0437\u0434\u0435\u0440 \u04D9\u0440\u0442\u04AF\u0440\u043B\u0456)",
    where: "\u049A\u0430\u0439\u0434\u0430",
    participants: "\u049A\u0430\u0442\u044B\u0441\u049B\u0430\u043D\u0434\u0430\u0440",
    otherDates: "\u0414\u0435\u0440\u0435\u043A\u043A\u04E9\u0437\u0434\u0435\u0440 \u04D9\u0440\u0442\u04AF\u0440\u043B\u0456 \u0430\u0439\u0442\u0430\u0434\u044B: \u0431\u0430\u0441\u049B\u0430 \u0434\u0435\u0440\u0435\u043A\u043A\u04E9\u0437\u0434\u0435\u0440\u0434\u0435 {{dates}}.",
    dateDisputed: "\u043A\u04AF\u043D\u0456 \u0442\u0443\u0440\u0430\u043B\u044B \u0434\u0435\u0440\u0435\u043A\u043A\u04E9\u0437\u0434\u0435\u0440 \u04D9\u0440\u0442\u04AF\u0440\u043B\u0456",
    andMore: "\u2026\u0436\u04D9\u043D\u0435 \u0442\u0430\u0493\u044B {{count}}. \u049A\u0430\u043B\u0493\u0430\u043D\u044B\u043D \u043A\u04E9\u0440\u0443 \u04AF\u0448\u0456\u043D \u043A\u04AF\u043D\u0434\u0456 \u043D\u0430\u049B\u0442\u044B\u043B\u0430\u04A3\u044B\u0437.",
    whichOne: "\u049A\u0430\u0439\u0441\u044B\u0441\u044B?",
    severalPeople: "\xAB{{query}}\xBB \u0431\u043E\u0439\u044B\u043D\u0448\u0430 \u0431\u0456\u0440\u043D\u0435\u0448\u0435 \u0430\u0434\u0430\u043C \u0441\u04D9\u0439\u043A\u0435\u0441 \u043A\u0435\u043B\u0435\u0434\u0456: {{names}}. \u049A\u0430\u0439\u0441\u044B\u0441\u044B\u043D \u0430\u0439\u0442\u044B\u043F \u043E\u0442\u044B\u0440\u0441\u044B\u0437?",
    notFoundNear: "\xAB{{query}}\xBB \u0442\u0443\u0440\u0430\u043B\u044B \u0435\u0448\u0442\u0435\u04A3\u0435 \u0431\u0456\u043B\u043C\u0435\u0439\u043C\u0456\u043D. \u041C\u04AF\u043C\u043A\u0456\u043D, \u043C\u044B\u043D\u0430\u043B\u0430\u0440\u0434\u044B\u04A3 \u0431\u0456\u0440\u0456: {{names}}?",
    notFound: "\xAB{{query}}\xBB \u0442\u0443\u0440\u0430\u043B\u044B \u0435\u0448\u0442\u0435\u04A3\u0435 \u0431\u0456\u043B\u043C\u0435\u0439\u043C\u0456\u043D. \u041C\u0435\u043D \u0410\u043B\u0430\u0448 \u049B\u043E\u0437\u0493\u0430\u043B\u044B\u0441\u044B\u043D \u0431\u0456\u043B\u0435\u043C\u0456\u043D: \u043E\u043D\u044B\u04A3 \u0430\u0434\u0430\u043C\u0434\u0430\u0440\u044B\u043D, \u043E\u049B\u0438\u0493\u0430\u043B\u0430\u0440\u044B\u043D \u0436\u04D9\u043D\u0435 \u04B1\u0493\u044B\u043C\u0434\u0430\u0440\u044B\u043D. /help \u0434\u0435\u043F \u0436\u0430\u0437\u044B\u04A3\u044B\u0437.",
    disputedFact: "{{about}}: \u0434\u0435\u0440\u0435\u043A\u043A\u04E9\u0437\u0434\u0435\u0440 \u04D9\u0440\u0442\u04AF\u0440\u043B\u0456 \u0430\u0439\u0442\u0430\u0434\u044B.",
    circa: "\u0448\u0430\u043C\u0430\u043C\u0435\u043D ",
    nearest: "{{date}} \u043A\u04AF\u043D\u0456\u043D\u0435 \u0435\u04A3 \u0436\u0430\u049B\u044B\u043D\u044B",
    nothingOn: "{{date}} \u043A\u04AF\u043D\u0456 \u0442\u0443\u0440\u0430\u043B\u044B \u0435\u0448\u0442\u0435\u04A3\u0435 \u0431\u0456\u043B\u043C\u0435\u0439\u043C\u0456\u043D. \u041C\u0430\u0493\u0430\u043D \u0431\u0435\u043B\u0433\u0456\u043B\u0456 \u0435\u04A3 \u0436\u0430\u049B\u044B\u043D \u043A\u04AF\u043D\u0434\u0435\u0440:",
    nothingFor: "\u0410\u043B\u0430\u0448 \u0442\u0430\u0440\u0438\u0445\u044B\u043D\u0434\u0430 {{date}} \u0442\u0443\u0440\u0430\u043B\u044B \u0435\u0448\u0442\u0435\u04A3\u0435 \u0431\u0456\u043B\u043C\u0435\u0439\u043C\u0456\u043D. \u0411\u0456\u043B\u0435\u0442\u0456\u043D\u0456\u043C 1905 \u0436\u044B\u043B\u0493\u044B \u041E\u0440\u0430\u043B \u0441\u044A\u0435\u0437\u0456\u043D\u0435\u043D 2021 \u0436\u044B\u043B\u0493\u044B \u0435\u0441\u043A\u0435\u0440\u0442\u043A\u0456\u0448\u043A\u0435 \u0434\u0435\u0439\u0456\u043D, \u0431\u0456\u0440\u043D\u0435\u0448\u0435 \u0435\u0440\u0442\u0435\u0440\u0435\u043A \u0442\u0430\u043C\u044B\u0440\u044B\u043C\u0435\u043D.",
    notADate: "\xAB{{date}}\xBB \u2014 \u043C\u04B1\u043D\u0434\u0430\u0439 \u043A\u04AF\u043D \u0436\u043E\u049B. \u041C\u044B\u0441\u0430\u043B\u044B, 26 \u0442\u0430\u043C\u044B\u0437 1920 \u043D\u0435\u043C\u0435\u0441\u0435 26.08.1920 \u0434\u0435\u043F \u0436\u0430\u0437\u044B\u04A3\u044B\u0437.",
    askMe: "\u041C\u0435\u043D\u0435\u043D \u0430\u0434\u0430\u043C, \u043E\u049B\u0438\u0493\u0430, \u04B1\u0493\u044B\u043C \u043D\u0435\u043C\u0435\u0441\u0435 \u043A\u04AF\u043D \u0442\u0443\u0440\u0430\u043B\u044B \u0441\u04B1\u0440\u0430\u04A3\u044B\u0437, \u043C\u044B\u0441\u0430\u043B\u044B: \xAB\u0411\u04E9\u043A\u0435\u0439\u0445\u0430\u043D\u043E\u0432 \u043A\u0456\u043C?\xBB \u043D\u0435\u043C\u0435\u0441\u0435 \xAB1917 \u0436\u044B\u043B\u044B \u043D\u0435 \u0431\u043E\u043B\u0434\u044B?\xBB",
    greetingTitle: "\u0410\u043B\u0430\u0448 \u0442\u0430\u0440\u0438\u0445\u044B \u0431\u043E\u0442\u044B",
    greeting: "\u041C\u0435\u043D\u0435\u043D 1917\u20131920 \u0436\u044B\u043B\u0434\u0430\u0440\u0434\u0430\u0493\u044B \u0410\u043B\u0430\u0448 \u049B\u043E\u0437\u0493\u0430\u043B\u044B\u0441\u044B \u0442\u0443\u0440\u0430\u043B\u044B \u0441\u04B1\u0440\u0430\u04A3\u044B\u0437: \u0430\u0434\u0430\u043C (\xAB\u0411\u04E9\u043A\u0435\u0439\u0445\u0430\u043D\u043E\u0432 \u043A\u0456\u043C?\xBB), \u043E\u049B\u0438\u0493\u0430, \u04B1\u0493\u044B\u043C \u043D\u0435\u043C\u0435\u0441\u0435 \u043A\u04AF\u043D (\xAB1920 \u0436\u044B\u043B\u044B 26 \u0442\u0430\u043C\u044B\u0437\u0434\u0430 \u043D\u0435 \u0431\u043E\u043B\u0434\u044B?\xBB). \u041A\u043E\u043C\u0430\u043D\u0434\u0430\u043B\u0430\u0440 \u2014 /help.",
    search: "\u0406\u0437\u0434\u0435\u0443: {{query}}"
  },
  timeline: {
    title: "\u0425\u0440\u043E\u043D\u043E\u043B\u043E\u0433\u0438\u044F: {{name}}",
    pictureTitle: "\u0410\u043B\u0430\u0448 \u0445\u0440\u043E\u043D\u043E\u043B\u043E\u0433\u0438\u044F\u0441\u044B: {{name}}",
    nothingUnder: "\xAB{{name}}\xBB \u0442\u0430\u049B\u044B\u0440\u044B\u0431\u044B \u0431\u043E\u0439\u044B\u043D\u0448\u0430 \u043A\u04AF\u043D\u0456 \u0431\u0435\u043B\u0433\u0456\u043B\u0456 \u0435\u0448\u0442\u0435\u04A3\u0435 \u0431\u0456\u043B\u043C\u0435\u0439\u043C\u0456\u043D. /timeline 1917 1920 \u0434\u0435\u043F \u043A\u04E9\u0440\u0456\u04A3\u0456\u0437.",
    nothingIn: "{{name}} \u0430\u0440\u0430\u043B\u044B\u0493\u044B\u043D\u0434\u0430 \u043A\u04AF\u043D\u0456 \u0431\u0435\u043B\u0433\u0456\u043B\u0456 \u0435\u0448\u0442\u0435\u04A3\u0435 \u0431\u0456\u043B\u043C\u0435\u0439\u043C\u0456\u043D. /timeline 1917 1920 \u0434\u0435\u043F \u043A\u04E9\u0440\u0456\u04A3\u0456\u0437.",
    count_one: "\u041A\u04AF\u043D\u0456 \u0431\u0435\u043B\u0433\u0456\u043B\u0456 \u0436\u0430\u0437\u0431\u0430\u043B\u0430\u0440: {{count}}.",
    count_other: "\u041A\u04AF\u043D\u0456 \u0431\u0435\u043B\u0433\u0456\u043B\u0456 \u0436\u0430\u0437\u0431\u0430\u043B\u0430\u0440: {{count}}.",
    countDrawn_one: "\u041A\u04AF\u043D\u0456 \u0431\u0435\u043B\u0433\u0456\u043B\u0456 \u0436\u0430\u0437\u0431\u0430\u043B\u0430\u0440: {{count}} (\u0441\u0443\u0440\u0435\u0442\u0442\u0435 \u0435\u04A3 \u043A\u04E9\u043F \u0430\u0442\u0430\u043B\u0430\u0442\u044B\u043D {{shown}} \u0436\u0430\u0437\u0431\u0430).",
    countDrawn_other: "\u041A\u04AF\u043D\u0456 \u0431\u0435\u043B\u0433\u0456\u043B\u0456 \u0436\u0430\u0437\u0431\u0430\u043B\u0430\u0440: {{count}} (\u0441\u0443\u0440\u0435\u0442\u0442\u0435 \u0435\u04A3 \u043A\u04E9\u043F \u0430\u0442\u0430\u043B\u0430\u0442\u044B\u043D {{shown}} \u0436\u0430\u0437\u0431\u0430).",
    disputed_one: "\u049A\u044B\u0437\u0493\u044B\u043B\u0442 \u0441\u0430\u0440\u044B\u043C\u0435\u043D \u0434\u0435\u0440\u0435\u043A\u043A\u04E9\u0437\u0434\u0435\u0440 \u043A\u0435\u043B\u0456\u0441\u043F\u0435\u0439\u0442\u0456\u043D {{count}} \u043A\u04AF\u043D \u0431\u0435\u043B\u0433\u0456\u043B\u0435\u043D\u0433\u0435\u043D; \u04D9\u0440 \u043D\u04B1\u0441\u049B\u0430 \u0441\u0430\u043B\u044B\u043D\u0493\u0430\u043D.",
    disputed_other: "\u049A\u044B\u0437\u0493\u044B\u043B\u0442 \u0441\u0430\u0440\u044B\u043C\u0435\u043D \u0434\u0435\u0440\u0435\u043A\u043A\u04E9\u0437\u0434\u0435\u0440 \u043A\u0435\u043B\u0456\u0441\u043F\u0435\u0439\u0442\u0456\u043D {{count}} \u043A\u04AF\u043D \u0431\u0435\u043B\u0433\u0456\u043B\u0435\u043D\u0433\u0435\u043D; \u04D9\u0440 \u043D\u04B1\u0441\u049B\u0430 \u0441\u0430\u043B\u044B\u043D\u0493\u0430\u043D.",
    sourcesDiffer: "\u0414\u0435\u0440\u0435\u043A\u043A\u04E9\u0437\u0434\u0435\u0440 \u04D9\u0440\u0442\u04AF\u0440\u043B\u0456: \u0441\u043E\u043D\u0434\u0430\u0439-\u0430\u049B {{dates}}",
    alsoDated: "\u0441\u043E\u043D\u0434\u0430\u0439-\u0430\u049B {{dates}} \u0434\u0435\u043F \u043A\u04E9\u0440\u0441\u0435\u0442\u0456\u043B\u0435\u0434\u0456",
    hidden: "\u2026\u0442\u0430\u0493\u044B {{count}}: \u043E\u043B\u0430\u0440\u0434\u044B \u043A\u04E9\u0440\u0443 \u04AF\u0448\u0456\u043D \u0430\u0437\u044B\u0440\u0430\u049B \u0436\u044B\u043B\u0434\u0430\u0440\u0434\u044B \u0441\u04B1\u0440\u0430\u04A3\u044B\u0437.",
    sources: "\u0414\u0435\u0440\u0435\u043A\u043A\u04E9\u0437\u0434\u0435\u0440: {{keys}}"
  },
  moment: {
    born: "{{name}}: \u0442\u0443\u0493\u0430\u043D \u043A\u04AF\u043D\u0456.",
    bornIn: "{{name}}: \u0442\u0443\u0493\u0430\u043D \u043A\u04AF\u043D\u0456; \u0442\u0443\u0493\u0430\u043D \u0436\u0435\u0440\u0456 \u2014 {{place}}.",
    died: "{{name}}: \u049B\u0430\u0439\u0442\u044B\u0441 \u0431\u043E\u043B\u0493\u0430\u043D \u043A\u04AF\u043D\u0456.",
    diedIn: "{{name}}: \u049B\u0430\u0439\u0442\u044B\u0441 \u0431\u043E\u043B\u0493\u0430\u043D \u043A\u04AF\u043D\u0456 ({{place}})."
  },
  verdict: {
    yes: "\u0418\u04D9.",
    no: "\u0416\u043E\u049B.",
    disputed: "\u0414\u0435\u0440\u0435\u043A\u043A\u04E9\u0437\u0434\u0435\u0440 \u04D9\u0440\u0442\u04AF\u0440\u043B\u0456 \u0430\u0439\u0442\u0430\u0434\u044B.",
    unsure: "\u0414\u0435\u0440\u0435\u043A\u043A\u04E9\u0437\u0434\u0435\u0440\u0456\u043C \u0431\u043E\u0439\u044B\u043D\u0448\u0430 \xAB\u0438\u04D9\xBB \u043D\u0435 \xAB\u0436\u043E\u049B\xBB \u0434\u0435\u043F \u0430\u0439\u0442\u0430 \u0430\u043B\u043C\u0430\u0439\u043C\u044B\u043D; \u043E\u043B\u0430\u0440\u0434\u0430 \u0431\u044B\u043B\u0430\u0439 \u0434\u0435\u043B\u0456\u043D\u0433\u0435\u043D:"
  },
  life: {
    born: "\u0442\u0443\u0493\u0430\u043D",
    died: "\u049B\u0430\u0439\u0442\u044B\u0441 \u0431\u043E\u043B\u0493\u0430\u043D"
  },
  reply: {
    more: "\u0422\u043E\u043B\u044B\u0493\u044B\u0440\u0430\u049B",
    moreHint: "\u0422\u043E\u043B\u044B\u0493\u044B\u0440\u0430\u049B: /more {{id}}",
    notKnownAbout: "{{name}}: \u0431\u04B1\u043B \u0442\u0443\u0440\u0430\u043B\u044B \u0431\u0456\u043B\u043C\u0435\u0439\u043C\u0456\u043D. \u0411\u0430\u0441\u049B\u0430 \u0441\u04B1\u0440\u0430\u049B \u049B\u043E\u0439\u044B\u04A3\u044B\u0437 \u043D\u0435\u043C\u0435\u0441\u0435 \xAB\u0422\u043E\u043B\u044B\u0493\u044B\u0440\u0430\u049B\xBB \u0442\u04AF\u0439\u043C\u0435\u0441\u0456\u043D \u0431\u0430\u0441\u044B\u04A3\u044B\u0437 \u2014 \u043E\u043D\u0434\u0430 \u0431\u0456\u043B\u0435\u0442\u0456\u043D\u0456\u043C\u043D\u0456\u04A3 \u0431\u04D9\u0440\u0456 \u0431\u0430\u0440.",
    both: "\xAB{{query}}\xBB \u0441\u04B1\u0440\u0430\u0443\u044B\u043D\u0430 \u0441\u04D9\u0439\u043A\u0435\u0441 \u0436\u0430\u0437\u0431\u0430\u043B\u0430\u0440 ({{count}}):",
    next: "\u041E\u0434\u0430\u043D \u043A\u0435\u0439\u0456\u043D ({{name}}):",
    nothingNext: "{{name}}: \u0410\u043B\u0430\u0448 \u0442\u0430\u0440\u0438\u0445\u044B\u043D\u0434\u0430 \u043E\u0434\u0430\u043D \u043A\u0435\u0439\u0456\u043D\u0433\u0456 \u043E\u049B\u0438\u0493\u0430\u043D\u044B \u0431\u0456\u043B\u043C\u0435\u0439\u043C\u0456\u043D."
  }
};

// src/core/locales/interface/ru.ts
var uiRu = {
  help: {
    title: "\u0411\u043E\u0442 \u043F\u043E \u0438\u0441\u0442\u043E\u0440\u0438\u0438 \u0410\u043B\u0430\u0448\u0430",
    intro: "\u042F \u0437\u043D\u0430\u044E \u0434\u0432\u0438\u0436\u0435\u043D\u0438\u0435 \u0410\u043B\u0430\u0448 (\u043A\u0430\u0437\u0430\u0445\u0441\u043A\u0443\u044E \u043D\u0430\u0446\u0438\u043E\u043D\u0430\u043B\u044C\u043D\u0443\u044E \u043F\u0430\u0440\u0442\u0438\u044E \u0438 \u0430\u0432\u0442\u043E\u043D\u043E\u043C\u0438\u044E 1917\u20131920 \u0433\u043E\u0434\u043E\u0432), \u0435\u0433\u043E \u043B\u0438\u0434\u0435\u0440\u043E\u0432 \u0438 \u0438\u0445 \u0441\u0443\u0434\u044C\u0431\u044B. \u041A\u0430\u0436\u0434\u044B\u0439 \u043E\u0442\u0432\u0435\u0442 \u0441\u0441\u044B\u043B\u0430\u0435\u0442\u0441\u044F \u043D\u0430 \u0438\u0441\u0442\u043E\u0447\u043D\u0438\u043A\u0438.",
    line: "{{usage}}: {{description}}",
    tip: "\u041C\u043E\u0436\u043D\u043E \u043F\u0440\u043E\u0441\u0442\u043E \u0441\u043F\u0440\u043E\u0441\u0438\u0442\u044C: \xAB\u043A\u0442\u043E \u0442\u0430\u043A\u043E\u0439 \u0411\u0430\u0439\u0442\u0443\u0440\u0441\u044B\u043D\u043E\u0432?\xBB, \xAB\u0447\u0442\u043E \u043F\u0440\u043E\u0438\u0437\u043E\u0448\u043B\u043E 26 \u0430\u0432\u0433\u0443\u0441\u0442\u0430 1920?\xBB, \xAB\u0411\u04E9\u043A\u0435\u0439\u0445\u0430\u043D\u043E\u0432\xBB, \xAB1935-1938\xBB. \u041B\u0430\u0442\u0438\u043D\u0438\u0446\u0435\u0439 \u0438\u043B\u0438 \u043A\u0438\u0440\u0438\u043B\u043B\u0438\u0446\u0435\u0439, \u043F\u043E-\u0440\u0443\u0441\u0441\u043A\u0438, \u043F\u043E-\u043A\u0430\u0437\u0430\u0445\u0441\u043A\u0438 \u0438\u043B\u0438 \u043F\u043E-\u0430\u043D\u0433\u043B\u0438\u0439\u0441\u043A\u0438."
  },
  refusal: {
    admin: "\u042D\u0442\u043E \u043C\u043E\u0433\u0443\u0442 \u0441\u0434\u0435\u043B\u0430\u0442\u044C \u0442\u043E\u043B\u044C\u043A\u043E \u0430\u0434\u043C\u0438\u043D\u0438\u0441\u0442\u0440\u0430\u0442\u043E\u0440\u044B \u0447\u0430\u0442\u0430.",
    group: "\u042D\u0442\u043E \u0440\u0430\u0431\u043E\u0442\u0430\u0435\u0442 \u0442\u043E\u043B\u044C\u043A\u043E \u0432 \u0433\u0440\u0443\u043F\u043F\u043E\u0432\u044B\u0445 \u0447\u0430\u0442\u0430\u0445.",
    private: "\u042D\u0442\u043E \u0440\u0430\u0431\u043E\u0442\u0430\u0435\u0442 \u0442\u043E\u043B\u044C\u043A\u043E \u0432 \u043B\u0438\u0447\u043D\u043E\u043C \u0447\u0430\u0442\u0435 \u0441\u043E \u043C\u043D\u043E\u0439."
  },
  unknownCommand: "\u042F \u043D\u0435 \u0437\u043D\u0430\u044E \u043A\u043E\u043C\u0430\u043D\u0434\u044B \xAB{{word}}\xBB. \u041F\u043E\u043F\u0440\u043E\u0431\u0443\u0439\u0442\u0435: {{known}}.",
  apology: "\u0418\u0437\u0432\u0438\u043D\u0438\u0442\u0435, \u043F\u0440\u0438 \u043E\u0442\u0432\u0435\u0442\u0435 \u0447\u0442\u043E-\u0442\u043E \u043F\u043E\u0448\u043B\u043E \u043D\u0435 \u0442\u0430\u043A. \u041F\u043E\u043F\u0440\u043E\u0431\u0443\u0439\u0442\u0435 \u0435\u0449\u0451 \u0440\u0430\u0437.",
  tooLong_one: "\u042D\u0442\u043E \u0441\u043E\u043E\u0431\u0449\u0435\u043D\u0438\u0435 \u0441\u043B\u0438\u0448\u043A\u043E\u043C \u0434\u043B\u0438\u043D\u043D\u043E\u0435 ({{length}} \u0441\u0438\u043C\u0432\u043E\u043B): \u044F \u0447\u0438\u0442\u0430\u044E \u043D\u0435 \u0431\u043E\u043B\u044C\u0448\u0435 {{limit}}. \u0417\u0430\u0434\u0430\u0432\u0430\u0439\u0442\u0435 \u043F\u043E \u043E\u0434\u043D\u043E\u043C\u0443 \u043A\u043E\u0440\u043E\u0442\u043A\u043E\u043C\u0443 \u0432\u043E\u043F\u0440\u043E\u0441\u0443.",
  tooLong_few: "\u042D\u0442\u043E \u0441\u043E\u043E\u0431\u0449\u0435\u043D\u0438\u0435 \u0441\u043B\u0438\u0448\u043A\u043E\u043C \u0434\u043B\u0438\u043D\u043D\u043E\u0435 ({{length}} \u0441\u0438\u043C\u0432\u043E\u043B\u0430): \u044F \u0447\u0438\u0442\u0430\u044E \u043D\u0435 \u0431\u043E\u043B\u044C\u0448\u0435 {{limit}}. \u0417\u0430\u0434\u0430\u0432\u0430\u0439\u0442\u0435 \u043F\u043E \u043E\u0434\u043D\u043E\u043C\u0443 \u043A\u043E\u0440\u043E\u0442\u043A\u043E\u043C\u0443 \u0432\u043E\u043F\u0440\u043E\u0441\u0443.",
  tooLong_many: "\u042D\u0442\u043E \u0441\u043E\u043E\u0431\u0449\u0435\u043D\u0438\u0435 \u0441\u043B\u0438\u0448\u043A\u043E\u043C \u0434\u043B\u0438\u043D\u043D\u043E\u0435 ({{length}} \u0441\u0438\u043C\u0432\u043E\u043B\u043E\u0432): \u044F \u0447\u0438\u0442\u0430\u044E \u043D\u0435 \u0431\u043E\u043B\u044C\u0448\u0435 {{limit}}. \u0417\u0430\u0434\u0430\u0432\u0430\u0439\u0442\u0435 \u043F\u043E \u043E\u0434\u043D\u043E\u043C\u0443 \u043A\u043E\u0440\u043E\u0442\u043A\u043E\u043C\u0443 \u0432\u043E\u043F\u0440\u043E\u0441\u0443.",
  tooLong_other: "\u042D\u0442\u043E \u0441\u043E\u043E\u0431\u0449\u0435\u043D\u0438\u0435 \u0441\u043B\u0438\u0448\u043A\u043E\u043C \u0434\u043B\u0438\u043D\u043D\u043E\u0435 ({{length}} \u0441\u0438\u043C\u0432\u043E\u043B\u0430): \u044F \u0447\u0438\u0442\u0430\u044E \u043D\u0435 \u0431\u043E\u043B\u044C\u0448\u0435 {{limit}}. \u0417\u0430\u0434\u0430\u0432\u0430\u0439\u0442\u0435 \u043F\u043E \u043E\u0434\u043D\u043E\u043C\u0443 \u043A\u043E\u0440\u043E\u0442\u043A\u043E\u043C\u0443 \u0432\u043E\u043F\u0440\u043E\u0441\u0443.",
  label: {
    sources: "\u0418\u0441\u0442\u043E\u0447\u043D\u0438\u043A\u0438",
    sourcesLine: "\u0418\u0441\u0442\u043E\u0447\u043D\u0438\u043A\u0438: {{list}}",
    didYouMean: "\u0412\u043E\u0437\u043C\u043E\u0436\u043D\u043E, \u0432\u044B \u0438\u043C\u0435\u043B\u0438 \u0432 \u0432\u0438\u0434\u0443: {{choices}}?",
    moreLine: "\u041F\u043E\u0434\u0440\u043E\u0431\u043D\u0435\u0435: {{request}}",
    shortened: "(\u041E\u0442\u0432\u0435\u0442 \u0441\u043E\u043A\u0440\u0430\u0449\u0451\u043D.)",
    question: "\u0412\u043E\u043F\u0440\u043E\u0441 {{number}}/{{total}}",
    questionLine: "\u0412\u043E\u043F\u0440\u043E\u0441 {{number}}/{{total}}: {{question}}",
    questionTimed: "\u0412\u043E\u043F\u0440\u043E\u0441 {{number}}/{{total}} ({{seconds}} \u0441)",
    picture: "\u0418\u0437\u043E\u0431\u0440\u0430\u0436\u0435\u043D\u0438\u0435: {{file}}",
    expired: "\u0421\u0440\u043E\u043A \u0434\u0435\u0439\u0441\u0442\u0432\u0438\u044F \u044D\u0442\u043E\u0439 \u043A\u043D\u043E\u043F\u043A\u0438 \u0438\u0441\u0442\u0451\u043A.",
    textOnly: "\u042F \u0447\u0438\u0442\u0430\u044E \u0442\u043E\u043B\u044C\u043A\u043E \u0442\u0435\u043A\u0441\u0442\u043E\u0432\u044B\u0435 \u0441\u043E\u043E\u0431\u0449\u0435\u043D\u0438\u044F. \u0421\u043F\u0440\u043E\u0441\u0438\u0442\u0435 \u043C\u0435\u043D\u044F \u043E \u0434\u0432\u0438\u0436\u0435\u043D\u0438\u0438 \u0410\u043B\u0430\u0448 \u0438\u043B\u0438 \u043D\u0430\u0431\u0435\u0440\u0438\u0442\u0435 /help.",
    staleCommand: "\u042D\u0442\u0430 \u043A\u043E\u043C\u0430\u043D\u0434\u0430 \u0438\u0437\u043C\u0435\u043D\u0438\u043B\u0430\u0441\u044C: \u043F\u043E\u043F\u0440\u043E\u0431\u0443\u0439\u0442\u0435 /alash help.",
    alash: "\u0412\u043E\u043F\u0440\u043E\u0441\u044B \u043E \u0434\u0432\u0438\u0436\u0435\u043D\u0438\u0438 \u0410\u043B\u0430\u0448 (1917\u20131920): \u043B\u044E\u0434\u0438, \u0434\u0430\u0442\u044B, \u0441\u043E\u0431\u044B\u0442\u0438\u044F, \u043F\u043E\u043D\u044F\u0442\u0438\u044F"
  },
  ask: {
    about: "\u041A\u0430\u043A\u0430\u044F \u0437\u0430\u043F\u0438\u0441\u044C? \u041D\u0430\u043F\u0440\u0438\u043C\u0435\u0440: /about alash-orda",
    more: "\u041F\u043E\u0434\u0440\u043E\u0431\u043D\u0435\u0435 \u043E \u0447\u0451\u043C? \u041D\u0430\u043F\u0440\u0438\u043C\u0435\u0440: /more alash-orda",
    search: "\u0427\u0442\u043E \u0438\u0441\u043A\u0430\u0442\u044C? \u041D\u0430\u043F\u0440\u0438\u043C\u0435\u0440: /search \u0433\u0430\u0437\u0435\u0442\u0430",
    what: "\u0427\u0442\u043E \u043E\u0431\u044A\u044F\u0441\u043D\u0438\u0442\u044C? \u041D\u0430\u043F\u0440\u0438\u043C\u0435\u0440: /what \u0410\u043B\u0430\u0448-\u041E\u0440\u0434\u0430",
    when: "\u041A\u0430\u043A\u0430\u044F \u0434\u0430\u0442\u0430 \u0438\u043B\u0438 \u0441\u043E\u0431\u044B\u0442\u0438\u0435? \u041D\u0430\u043F\u0440\u0438\u043C\u0435\u0440: /when 1917",
    who: "\u041A\u043E\u0433\u043E \u043D\u0430\u0439\u0442\u0438? \u041D\u0430\u043F\u0440\u0438\u043C\u0435\u0440: /who \u0411\u0443\u043A\u0435\u0439\u0445\u0430\u043D\u043E\u0432"
  },
  daily: {
    title: "\u0415\u0436\u0435\u0434\u043D\u0435\u0432\u043D\u044B\u0439 \u043F\u043E\u0441\u0442",
    unavailable: "\u0415\u0436\u0435\u0434\u043D\u0435\u0432\u043D\u044B\u0439 \u043F\u043E\u0441\u0442 \u0441\u0435\u0439\u0447\u0430\u0441 \u043D\u0435\u0434\u043E\u0441\u0442\u0443\u043F\u0435\u043D.",
    isOn: "\u0412\u043A\u043B\u044E\u0447\u0451\u043D: \u043A\u0430\u0436\u0434\u044B\u0439 \u0434\u0435\u043D\u044C \u0432 {{time}} ({{timezone}}). \u0410\u0434\u043C\u0438\u043D\u0438\u0441\u0442\u0440\u0430\u0442\u043E\u0440 \u043C\u043E\u0436\u0435\u0442 \u0432\u044B\u043A\u043B\u044E\u0447\u0438\u0442\u044C \u0435\u0433\u043E \u043A\u043E\u043C\u0430\u043D\u0434\u043E\u0439 /daily off.",
    isOff: "\u0412\u044B\u043A\u043B\u044E\u0447\u0435\u043D. \u0410\u0434\u043C\u0438\u043D\u0438\u0441\u0442\u0440\u0430\u0442\u043E\u0440 \u0447\u0430\u0442\u0430 \u043C\u043E\u0436\u0435\u0442 \u0432\u043A\u043B\u044E\u0447\u0438\u0442\u044C \u0435\u0433\u043E: /daily on [\u0427\u0427:\u041C\u041C] [\u0447\u0430\u0441\u043E\u0432\u043E\u0439 \u043F\u043E\u044F\u0441], \u043D\u0430\u043F\u0440\u0438\u043C\u0435\u0440 /daily on 09:00 Asia/Almaty.",
    usage: "\u041D\u0430\u0431\u0435\u0440\u0438\u0442\u0435 /daily on [\u0427\u0427:\u041C\u041C] [\u0447\u0430\u0441\u043E\u0432\u043E\u0439 \u043F\u043E\u044F\u0441], /daily off \u0438\u043B\u0438 /daily, \u0447\u0442\u043E\u0431\u044B \u0443\u0437\u043D\u0430\u0442\u044C \u043D\u0430\u0441\u0442\u0440\u043E\u0439\u043A\u0443.",
    turnedOff: "\u0412\u044B\u043A\u043B\u044E\u0447\u0435\u043D. \u0415\u0436\u0435\u0434\u043D\u0435\u0432\u043D\u044B\u0445 \u043F\u043E\u0441\u0442\u043E\u0432 \u0437\u0434\u0435\u0441\u044C \u0431\u043E\u043B\u044C\u0448\u0435 \u043D\u0435 \u0431\u0443\u0434\u0435\u0442.",
    alreadyOff: "\u041E\u043D \u0443\u0436\u0435 \u0431\u044B\u043B \u0432\u044B\u043A\u043B\u044E\u0447\u0435\u043D.",
    badTime: "\u0412\u0440\u0435\u043C\u044F \u043F\u0438\u0448\u0435\u0442\u0441\u044F \u043A\u0430\u043A \u0427\u0427:\u041C\u041C \u0432 24-\u0447\u0430\u0441\u043E\u0432\u043E\u043C \u0444\u043E\u0440\u043C\u0430\u0442\u0435, \u043D\u0430\u043F\u0440\u0438\u043C\u0435\u0440 09:00 \u0438\u043B\u0438 18:30.",
    badZone: "\u042F \u043D\u0435 \u0437\u043D\u0430\u044E \u0442\u0430\u043A\u043E\u0433\u043E \u0447\u0430\u0441\u043E\u0432\u043E\u0433\u043E \u043F\u043E\u044F\u0441\u0430. \u0423\u043A\u0430\u0436\u0438\u0442\u0435 \u0435\u0433\u043E \u043D\u0430\u0437\u0432\u0430\u043D\u0438\u0435 \u043F\u043E \u0431\u0430\u0437\u0435 IANA, \u043D\u0430\u043F\u0440\u0438\u043C\u0435\u0440 Asia/Almaty, Asia/Aqtobe, Europe/Moscow \u0438\u043B\u0438 UTC.",
    turnedOn: "\u0412\u043A\u043B\u044E\u0447\u0451\u043D: \u043A\u0430\u0436\u0434\u044B\u0439 \u0434\u0435\u043D\u044C \u0432 {{time}} ({{timezone}}) \u2014 \u0447\u0442\u043E \u043F\u0440\u043E\u0438\u0437\u043E\u0448\u043B\u043E \u0432 \u044D\u0442\u043E\u0442 \u0434\u0435\u043D\u044C \u0432 \u0438\u0441\u0442\u043E\u0440\u0438\u0438 \u0434\u0432\u0438\u0436\u0435\u043D\u0438\u044F \u0410\u043B\u0430\u0448. \u041F\u0435\u0440\u0432\u044B\u0439 \u043F\u043E\u0441\u0442 \u0432\u044B\u0439\u0434\u0435\u0442 {{day}}."
  },
  timeline: {
    unreadable: "\u042F \u043C\u043E\u0433\u0443 \u043D\u0430\u0440\u0438\u0441\u043E\u0432\u0430\u0442\u044C \u0433\u043E\u0434\u044B (1917, 1917-1920) \u0438\u043B\u0438 \u0442\u0435\u043C\u0443: {{topics}}.",
    tooManyYears: "\u0423\u043A\u0430\u0436\u0438\u0442\u0435 \u043E\u0434\u0438\u043D \u0433\u043E\u0434 \u0438\u043B\u0438 \u0434\u0432\u0430: /timeline 1917 1920.",
    yearRange: "\u0417\u0434\u0435\u0441\u044C \u0433\u043E\u0434\u044B \u2014 \u043E\u0442 1000 \u0434\u043E 2100."
  },
  lang: {
    title: "\u042F\u0437\u044B\u043A",
    current: {
      auto: "\u042F\u0437\u044B\u043A: \u0430\u0432\u0442\u043E\u043C\u0430\u0442\u0438\u0447\u0435\u0441\u043A\u0438. \u042F \u043E\u0442\u0432\u0435\u0447\u0430\u044E \u043D\u0430 \u043A\u0430\u0436\u0434\u044B\u0439 \u0432\u043E\u043F\u0440\u043E\u0441 \u043D\u0430 \u0435\u0433\u043E \u044F\u0437\u044B\u043A\u0435 (\u0438\u043B\u0438 \u043D\u0430 \u044F\u0437\u044B\u043A\u0435 \u0432\u0430\u0448\u0435\u0433\u043E \u043F\u0440\u0438\u043B\u043E\u0436\u0435\u043D\u0438\u044F). \u0410\u0434\u043C\u0438\u043D\u0438\u0441\u0442\u0440\u0430\u0442\u043E\u0440 \u0447\u0430\u0442\u0430 \u043C\u043E\u0436\u0435\u0442 \u0437\u0430\u043A\u0440\u0435\u043F\u0438\u0442\u044C \u044F\u0437\u044B\u043A: /lang kk, /lang ru \u0438\u043B\u0438 /lang en.",
      en: "\u042F\u0437\u044B\u043A: \u0430\u043D\u0433\u043B\u0438\u0439\u0441\u043A\u0438\u0439, \u0437\u0430\u043A\u0440\u0435\u043F\u043B\u0451\u043D \u0434\u043B\u044F \u044D\u0442\u043E\u0433\u043E \u0447\u0430\u0442\u0430. /lang auto \u2014 \u043E\u0442\u0432\u0435\u0447\u0430\u0442\u044C \u043D\u0430 \u043A\u0430\u0436\u0434\u044B\u0439 \u0432\u043E\u043F\u0440\u043E\u0441 \u043D\u0430 \u0435\u0433\u043E \u044F\u0437\u044B\u043A\u0435.",
      ru: "\u042F\u0437\u044B\u043A: \u0440\u0443\u0441\u0441\u043A\u0438\u0439, \u0437\u0430\u043A\u0440\u0435\u043F\u043B\u0451\u043D \u0434\u043B\u044F \u044D\u0442\u043E\u0433\u043E \u0447\u0430\u0442\u0430. /lang auto \u2014 \u043E\u0442\u0432\u0435\u0447\u0430\u0442\u044C \u043D\u0430 \u043A\u0430\u0436\u0434\u044B\u0439 \u0432\u043E\u043F\u0440\u043E\u0441 \u043D\u0430 \u0435\u0433\u043E \u044F\u0437\u044B\u043A\u0435.",
      kk: "\u042F\u0437\u044B\u043A: \u043A\u0430\u0437\u0430\u0445\u0441\u043A\u0438\u0439, \u0437\u0430\u043A\u0440\u0435\u043F\u043B\u0451\u043D \u0434\u043B\u044F \u044D\u0442\u043E\u0433\u043E \u0447\u0430\u0442\u0430. /lang auto \u2014 \u043E\u0442\u0432\u0435\u0447\u0430\u0442\u044C \u043D\u0430 \u043A\u0430\u0436\u0434\u044B\u0439 \u0432\u043E\u043F\u0440\u043E\u0441 \u043D\u0430 \u0435\u0433\u043E \u044F\u0437\u044B\u043A\u0435."
    },
    set: {
      auto: "\u0413\u043E\u0442\u043E\u0432\u043E: \u0437\u0434\u0435\u0441\u044C \u044F \u043E\u0442\u0432\u0435\u0447\u0430\u044E \u043D\u0430 \u043A\u0430\u0436\u0434\u044B\u0439 \u0432\u043E\u043F\u0440\u043E\u0441 \u043D\u0430 \u0435\u0433\u043E \u044F\u0437\u044B\u043A\u0435.",
      en: "\u0413\u043E\u0442\u043E\u0432\u043E: \u0432 \u044D\u0442\u043E\u043C \u0447\u0430\u0442\u0435 \u044F \u043E\u0442\u0432\u0435\u0447\u0430\u044E \u043F\u043E-\u0430\u043D\u0433\u043B\u0438\u0439\u0441\u043A\u0438. /lang auto \u2014 \u043E\u0442\u0432\u0435\u0447\u0430\u0442\u044C \u043D\u0430 \u043A\u0430\u0436\u0434\u044B\u0439 \u0432\u043E\u043F\u0440\u043E\u0441 \u043D\u0430 \u0435\u0433\u043E \u044F\u0437\u044B\u043A\u0435.",
      ru: "\u0413\u043E\u0442\u043E\u0432\u043E: \u0432 \u044D\u0442\u043E\u043C \u0447\u0430\u0442\u0435 \u044F \u043E\u0442\u0432\u0435\u0447\u0430\u044E \u043F\u043E-\u0440\u0443\u0441\u0441\u043A\u0438. /lang auto \u2014 \u043E\u0442\u0432\u0435\u0447\u0430\u0442\u044C \u043D\u0430 \u043A\u0430\u0436\u0434\u044B\u0439 \u0432\u043E\u043F\u0440\u043E\u0441 \u043D\u0430 \u0435\u0433\u043E \u044F\u0437\u044B\u043A\u0435.",
      kk: "\u0413\u043E\u0442\u043E\u0432\u043E: \u0432 \u044D\u0442\u043E\u043C \u0447\u0430\u0442\u0435 \u044F \u043E\u0442\u0432\u0435\u0447\u0430\u044E \u043F\u043E-\u043A\u0430\u0437\u0430\u0445\u0441\u043A\u0438. /lang auto \u2014 \u043E\u0442\u0432\u0435\u0447\u0430\u0442\u044C \u043D\u0430 \u043A\u0430\u0436\u0434\u044B\u0439 \u0432\u043E\u043F\u0440\u043E\u0441 \u043D\u0430 \u0435\u0433\u043E \u044F\u0437\u044B\u043A\u0435."
    },
    usage: "\u041D\u0430\u0431\u0435\u0440\u0438\u0442\u0435 /lang kk, /lang ru, /lang en \u0438\u043B\u0438 /lang auto (\u043A\u0430\u0436\u0434\u044B\u0439 \u0432\u043E\u043F\u0440\u043E\u0441 \u2014 \u043D\u0430 \u0435\u0433\u043E \u044F\u0437\u044B\u043A\u0435)."
  },
  commands: {
    who: {
      name: "\u043A\u0442\u043E",
      description: "\u041A\u0440\u0430\u0442\u043A\u0430\u044F \u0431\u0438\u043E\u0433\u0440\u0430\u0444\u0438\u044F \u0434\u0435\u044F\u0442\u0435\u043B\u044F \u0434\u0432\u0438\u0436\u0435\u043D\u0438\u044F \u0410\u043B\u0430\u0448, \u0441 \u0438\u0441\u0442\u043E\u0447\u043D\u0438\u043A\u0430\u043C\u0438",
      options: { name: { name: "\u0438\u043C\u044F", description: "\u0418\u043C\u044F \u043B\u0430\u0442\u0438\u043D\u0438\u0446\u0435\u0439 \u0438\u043B\u0438 \u043A\u0438\u0440\u0438\u043B\u043B\u0438\u0446\u0435\u0439, \u043D\u0430\u043F\u0440\u0438\u043C\u0435\u0440 Bukeikhanov \u0438\u043B\u0438 \u0411\u04E9\u043A\u0435\u0439\u0445\u0430\u043D\u043E\u0432" } }
    },
    when: {
      name: "\u043A\u043E\u0433\u0434\u0430",
      description: "\u0421\u043E\u0431\u044B\u0442\u0438\u044F \u0434\u0430\u0442\u044B \u0438\u043B\u0438 \u0433\u043E\u0434\u0430, \u0438\u043B\u0438 \u043A\u043E\u0433\u0434\u0430 \u0447\u0442\u043E-\u0442\u043E \u043F\u0440\u043E\u0438\u0437\u043E\u0448\u043B\u043E",
      options: { query: { name: "\u0437\u0430\u043F\u0440\u043E\u0441", description: "\u0414\u0430\u0442\u0430, \u0433\u043E\u0434 \u0438\u043B\u0438 \u043F\u0435\u0440\u0438\u043E\u0434 (26 \u0430\u0432\u0433\u0443\u0441\u0442\u0430 1920, 1917, 1935-1938) \u0438\u043B\u0438 \u0441\u043E\u0431\u044B\u0442\u0438\u0435" } }
    },
    what: {
      name: "\u0447\u0442\u043E",
      description: "\u0427\u0442\u043E \u0442\u0430\u043A\u043E\u0435 \u043F\u043E\u043D\u044F\u0442\u0438\u0435, \u043E\u0440\u0433\u0430\u043D\u0438\u0437\u0430\u0446\u0438\u044F, \u0438\u0437\u0434\u0430\u043D\u0438\u0435 \u0438\u043B\u0438 \u0441\u043E\u0431\u044B\u0442\u0438\u0435",
      options: { query: { name: "\u0437\u0430\u043F\u0440\u043E\u0441", description: "\u041F\u043E\u043D\u044F\u0442\u0438\u0435 \u0438\u043B\u0438 \u0432\u043E\u043F\u0440\u043E\u0441, \u043D\u0430\u043F\u0440\u0438\u043C\u0435\u0440 \u0410\u043B\u0430\u0448-\u041E\u0440\u0434\u0430, \xAB\u041A\u0430\u0437\u0430\u0445\xBB, \u041F\u0438\u0441\u044C\u043C\u043E \u043F\u044F\u0442\u0438" } }
    },
    search: {
      name: "\u043F\u043E\u0438\u0441\u043A",
      description: "\u041D\u0430\u0439\u0442\u0438 \u0441\u043B\u043E\u0432\u0430 \u0432\u043E \u0432\u0441\u0451\u043C, \u0447\u0442\u043E \u0437\u043D\u0430\u0435\u0442 \u0431\u043E\u0442",
      options: { words: { name: "\u0441\u043B\u043E\u0432\u0430", description: "\u0421\u043B\u043E\u0432\u0430 \u0434\u043B\u044F \u043F\u043E\u0438\u0441\u043A\u0430, \u043D\u0430\u043F\u0440\u0438\u043C\u0435\u0440 \u0433\u043E\u043B\u043E\u0434, \u0433\u0430\u0437\u0435\u0442\u0430, \u0421\u0435\u043C\u0438\u043F\u0430\u043B\u0430\u0442\u0438\u043D\u0441\u043A" } }
    },
    today: { name: "\u0441\u0435\u0433\u043E\u0434\u043D\u044F", description: "\u0427\u0442\u043E \u043F\u0440\u043E\u0438\u0441\u0445\u043E\u0434\u0438\u043B\u043E \u0432 \u044D\u0442\u043E\u0442 \u0434\u0435\u043D\u044C \u0432 \u0434\u0440\u0443\u0433\u0438\u0435 \u0433\u043E\u0434\u044B" },
    daily: {
      name: "\u0435\u0436\u0435\u0434\u043D\u0435\u0432\u043D\u043E",
      description: "\u041A\u0430\u0436\u0434\u044B\u0439 \u0434\u0435\u043D\u044C \u043F\u0443\u0431\u043B\u0438\u043A\u043E\u0432\u0430\u0442\u044C \u0437\u0434\u0435\u0441\u044C \xAB\u0432 \u044D\u0442\u043E\u0442 \u0434\u0435\u043D\u044C\xBB (\u0430\u0434\u043C\u0438\u043D\u044B: on [\u0427\u0427:\u041C\u041C] [\u043F\u043E\u044F\u0441], off)",
      options: {
        action: {
          name: "\u0434\u0435\u0439\u0441\u0442\u0432\u0438\u0435",
          description: "status (\u043F\u043E \u0443\u043C\u043E\u043B\u0447\u0430\u043D\u0438\u044E), on \u0438\u043B\u0438 off: \u0442\u043E\u043B\u044C\u043A\u043E \u0430\u0434\u043C\u0438\u043D\u0438\u0441\u0442\u0440\u0430\u0442\u043E\u0440\u044B \u0447\u0430\u0442\u0430",
          choices: { status: "\u0441\u0442\u0430\u0442\u0443\u0441", on: "\u0432\u043A\u043B\u044E\u0447\u0438\u0442\u044C", off: "\u0432\u044B\u043A\u043B\u044E\u0447\u0438\u0442\u044C" }
        },
        time: { name: "\u0432\u0440\u0435\u043C\u044F", description: "\u041C\u0435\u0441\u0442\u043D\u043E\u0435 \u0432\u0440\u0435\u043C\u044F \u043F\u043E\u0441\u0442\u0430, \u0427\u0427:\u041C\u041C (\u043F\u043E \u0443\u043C\u043E\u043B\u0447\u0430\u043D\u0438\u044E 09:00)" },
        timezone: { name: "\u0447\u0430\u0441\u043E\u0432\u043E\u0439_\u043F\u043E\u044F\u0441", description: "\u0427\u0430\u0441\u043E\u0432\u043E\u0439 \u043F\u043E\u044F\u0441 IANA, \u043D\u0430\u043F\u0440\u0438\u043C\u0435\u0440 Asia/Almaty \u0438\u043B\u0438 Europe/Moscow (\u043F\u043E \u0443\u043C\u043E\u043B\u0447\u0430\u043D\u0438\u044E UTC)" }
      }
    },
    more: {
      name: "\u043F\u043E\u0434\u0440\u043E\u0431\u043D\u0435\u0435",
      description: "\u0412\u0441\u0451, \u0447\u0442\u043E \u0431\u043E\u0442 \u0437\u043D\u0430\u0435\u0442 \u043E\u0431 \u043E\u0434\u043D\u043E\u0439 \u0437\u0430\u043F\u0438\u0441\u0438, \u0441\u043E \u0432\u0441\u0435\u043C\u0438 \u0438\u0441\u0442\u043E\u0447\u043D\u0438\u043A\u0430\u043C\u0438",
      options: { entry: { name: "\u0437\u0430\u043F\u0438\u0441\u044C", description: "\u0418\u0434\u0435\u043D\u0442\u0438\u0444\u0438\u043A\u0430\u0442\u043E\u0440 \u0437\u0430\u043F\u0438\u0441\u0438, \u043D\u0430\u043F\u0440\u0438\u043C\u0435\u0440 bukeikhanov, \u0438\u043B\u0438 \u0438\u043C\u044F" } }
    },
    about: {
      name: "\u0437\u0430\u043F\u0438\u0441\u044C",
      description: "\u041E\u0434\u043D\u0430 \u0437\u0430\u043F\u0438\u0441\u044C \u0438\u0437 \u0431\u0430\u0437\u044B \u0437\u043D\u0430\u043D\u0438\u0439 \u043F\u043E \u0438\u0434\u0435\u043D\u0442\u0438\u0444\u0438\u043A\u0430\u0442\u043E\u0440\u0443 \u0438\u043B\u0438 \u0438\u043C\u0435\u043D\u0438",
      options: { entry: { name: "\u0437\u0430\u043F\u0438\u0441\u044C", description: "\u0418\u0434\u0435\u043D\u0442\u0438\u0444\u0438\u043A\u0430\u0442\u043E\u0440 \u0437\u0430\u043F\u0438\u0441\u0438, \u043D\u0430\u043F\u0440\u0438\u043C\u0435\u0440 bukeikhanov, \u0438\u043B\u0438 \u0438\u043C\u044F" } }
    },
    timeline: {
      name: "\u0445\u0440\u043E\u043D\u043E\u043B\u043E\u0433\u0438\u044F",
      description: "\u041A\u0430\u0440\u0442\u0438\u043D\u043A\u0430 \u0441\u043E\u0431\u044B\u0442\u0438\u0439 \u0437\u0430 \u0433\u043E\u0434\u044B (1917 1920) \u0438\u043B\u0438 \u043F\u043E \u0442\u0435\u043C\u0435 (repression)",
      options: {
        from: { name: "\u043E\u0442", description: "\u0413\u043E\u0434, \u043F\u0435\u0440\u0438\u043E\u0434 (1917-1920) \u0438\u043B\u0438 \u0442\u0435\u043C\u0430, \u043D\u0430\u043F\u0440\u0438\u043C\u0435\u0440 repression (\u043F\u043E \u0443\u043C\u043E\u043B\u0447\u0430\u043D\u0438\u044E 1917-1920)" },
        to: { name: "\u0434\u043E", description: "\u041F\u043E\u0441\u043B\u0435\u0434\u043D\u0438\u0439 \u0433\u043E\u0434" }
      }
    },
    quiz: {
      name: "\u0432\u0438\u043A\u0442\u043E\u0440\u0438\u043D\u0430",
      description: "\u041D\u0430\u0447\u0430\u0442\u044C \u0440\u0430\u0443\u043D\u0434 \u0432\u0438\u043A\u0442\u043E\u0440\u0438\u043D\u044B, \u043F\u043E\u0432\u0442\u043E\u0440\u0438\u0442\u044C \u0432\u043E\u043F\u0440\u043E\u0441\u044B \u0441 \u043E\u0448\u0438\u0431\u043A\u0430\u043C\u0438 \u0438\u043B\u0438 \u043E\u0441\u0442\u0430\u043D\u043E\u0432\u0438\u0442\u044C \u0440\u0430\u0443\u043D\u0434",
      options: {
        questions: { name: "\u0432\u043E\u043F\u0440\u043E\u0441\u044B", description: "\u0421\u043A\u043E\u043B\u044C\u043A\u043E \u0432\u043E\u043F\u0440\u043E\u0441\u043E\u0432 (1-20)" },
        topic: { name: "\u0442\u0435\u043C\u0430", description: "\u0422\u043E\u043B\u044C\u043A\u043E \u0432\u043E\u043F\u0440\u043E\u0441\u044B \u043D\u0430 \u044D\u0442\u0443 \u0442\u0435\u043C\u0443" },
        difficulty: {
          name: "\u0441\u043B\u043E\u0436\u043D\u043E\u0441\u0442\u044C",
          description: "\u0421\u043B\u043E\u0436\u043D\u043E\u0441\u0442\u044C: easy, medium \u0438\u043B\u0438 hard",
          choices: { easy: "\u043B\u0451\u0433\u043A\u0430\u044F", medium: "\u0441\u0440\u0435\u0434\u043D\u044F\u044F", hard: "\u0442\u0440\u0443\u0434\u043D\u0430\u044F" }
        },
        action: {
          name: "\u0434\u0435\u0439\u0441\u0442\u0432\u0438\u0435",
          description: "start (\u043F\u043E \u0443\u043C\u043E\u043B\u0447\u0430\u043D\u0438\u044E), missed \u2014 \u043C\u043E\u0438 \u043E\u0448\u0438\u0431\u043A\u0438, stop \u2014 \u043E\u0441\u0442\u0430\u043D\u043E\u0432\u0438\u0442\u044C, topics \u2014 \u0441\u043F\u0438\u0441\u043E\u043A \u0442\u0435\u043C",
          choices: { start: "\u043D\u0430\u0447\u0430\u0442\u044C", missed: "\u043C\u043E\u0438 \u043E\u0448\u0438\u0431\u043A\u0438", stop: "\u043E\u0441\u0442\u0430\u043D\u043E\u0432\u0438\u0442\u044C", topics: "\u0442\u0435\u043C\u044B" }
        }
      }
    },
    leaderboard: {
      name: "\u0440\u0435\u0439\u0442\u0438\u043D\u0433",
      description: "\u0422\u0430\u0431\u043B\u0438\u0446\u0430 \u0440\u0435\u0437\u0443\u043B\u044C\u0442\u0430\u0442\u043E\u0432 \u0432\u0438\u043A\u0442\u043E\u0440\u0438\u043D\u044B \u0432 \u044D\u0442\u043E\u043C \u0447\u0430\u0442\u0435 (\u0430\u0434\u043C\u0438\u043D\u044B: \u0441\u0431\u0440\u043E\u0441\u0438\u0442\u044C)",
      options: {
        action: {
          name: "\u0434\u0435\u0439\u0441\u0442\u0432\u0438\u0435",
          description: "show (\u043F\u043E \u0443\u043C\u043E\u043B\u0447\u0430\u043D\u0438\u044E) \u0438\u043B\u0438 reset: \u0442\u043E\u043B\u044C\u043A\u043E \u0430\u0434\u043C\u0438\u043D\u0438\u0441\u0442\u0440\u0430\u0442\u043E\u0440\u044B \u0447\u0430\u0442\u0430",
          choices: { show: "\u043F\u043E\u043A\u0430\u0437\u0430\u0442\u044C", reset: "\u0441\u0431\u0440\u043E\u0441\u0438\u0442\u044C" }
        }
      }
    },
    lang: {
      name: "\u044F\u0437\u044B\u043A",
      description: "\u042F\u0437\u044B\u043A \u043E\u0442\u0432\u0435\u0442\u043E\u0432 \u0432 \u044D\u0442\u043E\u043C \u0447\u0430\u0442\u0435: kk, ru, en \u0438\u043B\u0438 auto (\u0430\u0434\u043C\u0438\u043D\u044B)",
      options: {
        language: {
          name: "\u044F\u0437\u044B\u043A",
          description: "kk, ru, en \u0438\u043B\u0438 auto (\u0430\u0432\u0442\u043E\u043C\u0430\u0442\u0438\u0447\u0435\u0441\u043A\u0438); \u0431\u0435\u0437 \u043D\u0435\u0433\u043E \u2014 \u0442\u0435\u043A\u0443\u0449\u0430\u044F \u043D\u0430\u0441\u0442\u0440\u043E\u0439\u043A\u0430",
          choices: { kk: "\u043A\u0430\u0437\u0430\u0445\u0441\u043A\u0438\u0439", ru: "\u0440\u0443\u0441\u0441\u043A\u0438\u0439", en: "\u0430\u043D\u0433\u043B\u0438\u0439\u0441\u043A\u0438\u0439", auto: "\u0430\u0432\u0442\u043E\u043C\u0430\u0442\u0438\u0447\u0435\u0441\u043A\u0438" }
        }
      }
    },
    help: { name: "\u043F\u043E\u043C\u043E\u0449\u044C", description: "\u0427\u0442\u043E \u0443\u043C\u0435\u0435\u0442 \u0431\u043E\u0442 \u0438 \u043A\u0430\u043A \u0435\u0433\u043E \u0441\u043F\u0440\u0430\u0448\u0438\u0432\u0430\u0442\u044C" },
    start: { name: "\u0441\u0442\u0430\u0440\u0442", description: "\u041D\u0430\u0447\u0430\u0442\u044C \u0440\u0430\u0437\u0433\u043E\u0432\u043E\u0440 \u0441 \u0431\u043E\u0442\u043E\u043C" }
  }
};

// src/core/locales/quiz/ru.ts
var quizRu = {
  level: { easy: "\u043B\u0451\u0433\u043A\u0438\u0439", medium: "\u0441\u0440\u0435\u0434\u043D\u0438\u0439", hard: "\u0441\u043B\u043E\u0436\u043D\u044B\u0439" },
  levels_one: "{{a}}",
  levels_few: "{{a}} \u0438 {{b}}",
  levels_many: "{{a}} \u0438 {{b}}",
  levels_other: "{{a}} \u0438 {{b}}",
  levelCount: {
    easy_one: "{{count}} \u043B\u0451\u0433\u043A\u0438\u0439",
    easy_few: "{{count}} \u043B\u0451\u0433\u043A\u0438\u0445",
    easy_many: "{{count}} \u043B\u0451\u0433\u043A\u0438\u0445",
    easy_other: "{{count}} \u043B\u0451\u0433\u043A\u0438\u0445",
    medium_one: "{{count}} \u0441\u0440\u0435\u0434\u043D\u0438\u0439",
    medium_few: "{{count}} \u0441\u0440\u0435\u0434\u043D\u0438\u0445",
    medium_many: "{{count}} \u0441\u0440\u0435\u0434\u043D\u0438\u0445",
    medium_other: "{{count}} \u0441\u0440\u0435\u0434\u043D\u0438\u0445",
    hard_one: "{{count}} \u0441\u043B\u043E\u0436\u043D\u044B\u0439",
    hard_few: "{{count}} \u0441\u043B\u043E\u0436\u043D\u044B\u0445",
    hard_many: "{{count}} \u0441\u043B\u043E\u0436\u043D\u044B\u0445",
    hard_other: "{{count}} \u0441\u043B\u043E\u0436\u043D\u044B\u0445"
  },
  topicWithLevels: "{{topic}} ({{levels}})",
  topicLine: "{{topic}}: {{counts}}",
  topicsTitle: "\u0422\u0435\u043C\u044B \u0432\u0438\u043A\u0442\u043E\u0440\u0438\u043D\u044B",
  topicsFooter: "\u041D\u0430\u0447\u0430\u0442\u044C: /quiz 5 <\u0442\u0435\u043C\u0430> <\u0443\u0440\u043E\u0432\u0435\u043D\u044C>.",
  unknownTopic: "\u0422\u0435\u043C\u044B \xAB{{topic}}\xBB \u0432 \u0432\u0438\u043A\u0442\u043E\u0440\u0438\u043D\u0435 \u043D\u0435\u0442. \u0422\u0435\u043C\u044B: {{topics}}.",
  noLevel_one: "\u0412 \u0442\u0435\u043C\u0435 \xAB{{topic}}\xBB \u043F\u043E\u043A\u0430 \u043D\u0435\u0442 \u0432\u043E\u043F\u0440\u043E\u0441\u043E\u0432 \u0443\u0440\u043E\u0432\u043D\u044F \xAB{{difficulty}}\xBB; \u0435\u0441\u0442\u044C \u0442\u043E\u043B\u044C\u043A\u043E \u0443\u0440\u043E\u0432\u0435\u043D\u044C \xAB{{has}}\xBB. \u041F\u043E\u043F\u0440\u043E\u0431\u0443\u0439\u0442\u0435 /quiz {{topic}} {{first}}.",
  noLevel_few: "\u0412 \u0442\u0435\u043C\u0435 \xAB{{topic}}\xBB \u043F\u043E\u043A\u0430 \u043D\u0435\u0442 \u0432\u043E\u043F\u0440\u043E\u0441\u043E\u0432 \u0443\u0440\u043E\u0432\u043D\u044F \xAB{{difficulty}}\xBB; \u0435\u0441\u0442\u044C \u0443\u0440\u043E\u0432\u043D\u0438: {{has}}. \u041F\u043E\u043F\u0440\u043E\u0431\u0443\u0439\u0442\u0435 /quiz {{topic}} {{first}}.",
  noLevel_many: "\u0412 \u0442\u0435\u043C\u0435 \xAB{{topic}}\xBB \u043F\u043E\u043A\u0430 \u043D\u0435\u0442 \u0432\u043E\u043F\u0440\u043E\u0441\u043E\u0432 \u0443\u0440\u043E\u0432\u043D\u044F \xAB{{difficulty}}\xBB; \u0435\u0441\u0442\u044C \u0443\u0440\u043E\u0432\u043D\u0438: {{has}}. \u041F\u043E\u043F\u0440\u043E\u0431\u0443\u0439\u0442\u0435 /quiz {{topic}} {{first}}.",
  noLevel_other: "\u0412 \u0442\u0435\u043C\u0435 \xAB{{topic}}\xBB \u043F\u043E\u043A\u0430 \u043D\u0435\u0442 \u0432\u043E\u043F\u0440\u043E\u0441\u043E\u0432 \u0443\u0440\u043E\u0432\u043D\u044F \xAB{{difficulty}}\xBB; \u0435\u0441\u0442\u044C \u0443\u0440\u043E\u0432\u043D\u0438: {{has}}. \u041F\u043E\u043F\u0440\u043E\u0431\u0443\u0439\u0442\u0435 /quiz {{topic}} {{first}}.",
  noQuestions: "\u041F\u043E \u044D\u0442\u043E\u0439 \u0442\u0435\u043C\u0435 \u0438 \u0443\u0440\u043E\u0432\u043D\u044E \u0441\u043B\u043E\u0436\u043D\u043E\u0441\u0442\u0438 \u0432\u043E\u043F\u0440\u043E\u0441\u043E\u0432 \u043F\u043E\u043A\u0430 \u043D\u0435\u0442. \u041F\u043E\u043F\u0440\u043E\u0431\u0443\u0439\u0442\u0435 \u0434\u0440\u0443\u0433\u0438\u0435.",
  noMissed: "\u0423 \u0432\u0430\u0441 \u0437\u0434\u0435\u0441\u044C \u043F\u043E\u043A\u0430 \u043D\u0435\u0442 \u043F\u0440\u043E\u043F\u0443\u0449\u0435\u043D\u043D\u044B\u0445 \u0432\u043E\u043F\u0440\u043E\u0441\u043E\u0432. \u0412\u043E\u043F\u0440\u043E\u0441\u044B, \u043D\u0430 \u043A\u043E\u0442\u043E\u0440\u044B\u0435 \u0432\u044B \u043E\u0442\u0432\u0435\u0442\u0438\u043B\u0438 \u043D\u0435\u0432\u0435\u0440\u043D\u043E \u0438\u043B\u0438 \u043D\u0435 \u0443\u0441\u043F\u0435\u043B\u0438 \u043E\u0442\u0432\u0435\u0442\u0438\u0442\u044C \u0432 \u0440\u0430\u0443\u043D\u0434\u0435, \u043C\u043E\u0436\u043D\u043E \u043F\u043E\u0432\u0442\u043E\u0440\u0438\u0442\u044C \u043A\u043E\u043C\u0430\u043D\u0434\u043E\u0439 /quiz missed.",
  noMissedNarrowed: "\u0423 \u0432\u0430\u0441 \u0437\u0434\u0435\u0441\u044C \u043F\u043E\u043A\u0430 \u043D\u0435\u0442 \u043F\u0440\u043E\u043F\u0443\u0449\u0435\u043D\u043D\u044B\u0445 \u0432\u043E\u043F\u0440\u043E\u0441\u043E\u0432 \u043F\u043E \u044D\u0442\u043E\u0439 \u0442\u0435\u043C\u0435 \u0438 \u0443\u0440\u043E\u0432\u043D\u044E. \u0412\u043E\u043F\u0440\u043E\u0441\u044B, \u043D\u0430 \u043A\u043E\u0442\u043E\u0440\u044B\u0435 \u0432\u044B \u043E\u0442\u0432\u0435\u0442\u0438\u043B\u0438 \u043D\u0435\u0432\u0435\u0440\u043D\u043E \u0438\u043B\u0438 \u043D\u0435 \u0443\u0441\u043F\u0435\u043B\u0438 \u043E\u0442\u0432\u0435\u0442\u0438\u0442\u044C \u0432 \u0440\u0430\u0443\u043D\u0434\u0435, \u043C\u043E\u0436\u043D\u043E \u043F\u043E\u0432\u0442\u043E\u0440\u0438\u0442\u044C \u043A\u043E\u043C\u0430\u043D\u0434\u043E\u0439 /quiz missed.",
  startTitle_one: "\u0412\u0438\u043A\u0442\u043E\u0440\u0438\u043D\u0430: {{count}} \u0432\u043E\u043F\u0440\u043E\u0441",
  startTitle_few: "\u0412\u0438\u043A\u0442\u043E\u0440\u0438\u043D\u0430: {{count}} \u0432\u043E\u043F\u0440\u043E\u0441\u0430",
  startTitle_many: "\u0412\u0438\u043A\u0442\u043E\u0440\u0438\u043D\u0430: {{count}} \u0432\u043E\u043F\u0440\u043E\u0441\u043E\u0432",
  startTitle_other: "\u0412\u0438\u043A\u0442\u043E\u0440\u0438\u043D\u0430: {{count}} \u0432\u043E\u043F\u0440\u043E\u0441\u0430",
  startTitleShort_one: "\u0412\u0438\u043A\u0442\u043E\u0440\u0438\u043D\u0430: {{count}} \u0432\u043E\u043F\u0440\u043E\u0441 (\u043F\u043E\u0434\u0445\u043E\u0434\u0438\u0442 \u0442\u043E\u043B\u044C\u043A\u043E {{count}})",
  startTitleShort_few: "\u0412\u0438\u043A\u0442\u043E\u0440\u0438\u043D\u0430: {{count}} \u0432\u043E\u043F\u0440\u043E\u0441\u0430 (\u043F\u043E\u0434\u0445\u043E\u0434\u044F\u0442 \u0442\u043E\u043B\u044C\u043A\u043E {{count}})",
  startTitleShort_many: "\u0412\u0438\u043A\u0442\u043E\u0440\u0438\u043D\u0430: {{count}} \u0432\u043E\u043F\u0440\u043E\u0441\u043E\u0432 (\u043F\u043E\u0434\u0445\u043E\u0434\u044F\u0442 \u0442\u043E\u043B\u044C\u043A\u043E {{count}})",
  startTitleShort_other: "\u0412\u0438\u043A\u0442\u043E\u0440\u0438\u043D\u0430: {{count}} \u0432\u043E\u043F\u0440\u043E\u0441\u0430 (\u043F\u043E\u0434\u0445\u043E\u0434\u044F\u0442 \u0442\u043E\u043B\u044C\u043A\u043E {{count}})",
  startTitleMissed_one: "\u0412\u0438\u043A\u0442\u043E\u0440\u0438\u043D\u0430: {{count}} \u043F\u0440\u043E\u043F\u0443\u0449\u0435\u043D\u043D\u044B\u0439 \u0432\u043E\u043F\u0440\u043E\u0441",
  startTitleMissed_few: "\u0412\u0438\u043A\u0442\u043E\u0440\u0438\u043D\u0430: {{count}} \u043F\u0440\u043E\u043F\u0443\u0449\u0435\u043D\u043D\u044B\u0445 \u0432\u043E\u043F\u0440\u043E\u0441\u0430",
  startTitleMissed_many: "\u0412\u0438\u043A\u0442\u043E\u0440\u0438\u043D\u0430: {{count}} \u043F\u0440\u043E\u043F\u0443\u0449\u0435\u043D\u043D\u044B\u0445 \u0432\u043E\u043F\u0440\u043E\u0441\u043E\u0432",
  startTitleMissed_other: "\u0412\u0438\u043A\u0442\u043E\u0440\u0438\u043D\u0430: {{count}} \u043F\u0440\u043E\u043F\u0443\u0449\u0435\u043D\u043D\u043E\u0433\u043E \u0432\u043E\u043F\u0440\u043E\u0441\u0430",
  startTitleMissedShort_one: "\u0412\u0438\u043A\u0442\u043E\u0440\u0438\u043D\u0430: {{count}} \u043F\u0440\u043E\u043F\u0443\u0449\u0435\u043D\u043D\u044B\u0439 \u0432\u043E\u043F\u0440\u043E\u0441 (\u043F\u0440\u043E\u043F\u0443\u0449\u0435\u043D \u0442\u043E\u043B\u044C\u043A\u043E {{count}})",
  startTitleMissedShort_few: "\u0412\u0438\u043A\u0442\u043E\u0440\u0438\u043D\u0430: {{count}} \u043F\u0440\u043E\u043F\u0443\u0449\u0435\u043D\u043D\u044B\u0445 \u0432\u043E\u043F\u0440\u043E\u0441\u0430 (\u043F\u0440\u043E\u043F\u0443\u0449\u0435\u043D\u043E \u0442\u043E\u043B\u044C\u043A\u043E {{count}})",
  startTitleMissedShort_many: "\u0412\u0438\u043A\u0442\u043E\u0440\u0438\u043D\u0430: {{count}} \u043F\u0440\u043E\u043F\u0443\u0449\u0435\u043D\u043D\u044B\u0445 \u0432\u043E\u043F\u0440\u043E\u0441\u043E\u0432 (\u043F\u0440\u043E\u043F\u0443\u0449\u0435\u043D\u043E \u0442\u043E\u043B\u044C\u043A\u043E {{count}})",
  startTitleMissedShort_other: "\u0412\u0438\u043A\u0442\u043E\u0440\u0438\u043D\u0430: {{count}} \u043F\u0440\u043E\u043F\u0443\u0449\u0435\u043D\u043D\u043E\u0433\u043E \u0432\u043E\u043F\u0440\u043E\u0441\u0430 (\u043F\u0440\u043E\u043F\u0443\u0449\u0435\u043D\u043E \u0442\u043E\u043B\u044C\u043A\u043E {{count}})",
  aboutTopic: "\u0442\u0435\u043C\u0430: {{topic}}",
  aboutDifficulty: "\u0443\u0440\u043E\u0432\u0435\u043D\u044C: {{difficulty}}",
  started: "\u0412\u0438\u043A\u0442\u043E\u0440\u0438\u043D\u0443 \u043D\u0430\u0447\u0438\u043D\u0430\u0435\u0442 {{starter}}.",
  startedAbout: "\u0412\u0438\u043A\u0442\u043E\u0440\u0438\u043D\u0443 \u043D\u0430\u0447\u0438\u043D\u0430\u0435\u0442 {{starter}} ({{about}}).",
  startedMissed: "\u0412\u0438\u043A\u0442\u043E\u0440\u0438\u043D\u0443 \u0438\u0437 \u0441\u0432\u043E\u0438\u0445 \u043F\u0440\u043E\u043F\u0443\u0449\u0435\u043D\u043D\u044B\u0445 \u0432\u043E\u043F\u0440\u043E\u0441\u043E\u0432 \u043D\u0430\u0447\u0438\u043D\u0430\u0435\u0442 {{starter}}.",
  startedMissedAbout: "\u0412\u0438\u043A\u0442\u043E\u0440\u0438\u043D\u0443 \u0438\u0437 \u0441\u0432\u043E\u0438\u0445 \u043F\u0440\u043E\u043F\u0443\u0449\u0435\u043D\u043D\u044B\u0445 \u0432\u043E\u043F\u0440\u043E\u0441\u043E\u0432 \u043D\u0430\u0447\u0438\u043D\u0430\u0435\u0442 {{starter}} ({{about}}).",
  perQuestion_one: "{{count}} \u0441\u0435\u043A\u0443\u043D\u0434\u0430 \u043D\u0430 \u0432\u043E\u043F\u0440\u043E\u0441, \u0443 \u043A\u0430\u0436\u0434\u043E\u0433\u043E \u043E\u0434\u0438\u043D \u043E\u0442\u0432\u0435\u0442.",
  perQuestion_few: "{{count}} \u0441\u0435\u043A\u0443\u043D\u0434\u044B \u043D\u0430 \u0432\u043E\u043F\u0440\u043E\u0441, \u0443 \u043A\u0430\u0436\u0434\u043E\u0433\u043E \u043E\u0434\u0438\u043D \u043E\u0442\u0432\u0435\u0442.",
  perQuestion_many: "{{count}} \u0441\u0435\u043A\u0443\u043D\u0434 \u043D\u0430 \u0432\u043E\u043F\u0440\u043E\u0441, \u0443 \u043A\u0430\u0436\u0434\u043E\u0433\u043E \u043E\u0434\u0438\u043D \u043E\u0442\u0432\u0435\u0442.",
  perQuestion_other: "{{count}} \u0441\u0435\u043A\u0443\u043D\u0434\u044B \u043D\u0430 \u0432\u043E\u043F\u0440\u043E\u0441, \u0443 \u043A\u0430\u0436\u0434\u043E\u0433\u043E \u043E\u0434\u0438\u043D \u043E\u0442\u0432\u0435\u0442.",
  perQuestionTyped_one: "{{count}} \u0441\u0435\u043A\u0443\u043D\u0434\u0430 \u043D\u0430 \u0432\u043E\u043F\u0440\u043E\u0441, \u0443 \u043A\u0430\u0436\u0434\u043E\u0433\u043E \u043E\u0434\u0438\u043D \u043E\u0442\u0432\u0435\u0442: \u043D\u0430\u043F\u0438\u0448\u0438\u0442\u0435 \u043D\u043E\u043C\u0435\u0440 \u0432\u044B\u0431\u0440\u0430\u043D\u043D\u043E\u0433\u043E \u0432\u0430\u0440\u0438\u0430\u043D\u0442\u0430.",
  perQuestionTyped_few: "{{count}} \u0441\u0435\u043A\u0443\u043D\u0434\u044B \u043D\u0430 \u0432\u043E\u043F\u0440\u043E\u0441, \u0443 \u043A\u0430\u0436\u0434\u043E\u0433\u043E \u043E\u0434\u0438\u043D \u043E\u0442\u0432\u0435\u0442: \u043D\u0430\u043F\u0438\u0448\u0438\u0442\u0435 \u043D\u043E\u043C\u0435\u0440 \u0432\u044B\u0431\u0440\u0430\u043D\u043D\u043E\u0433\u043E \u0432\u0430\u0440\u0438\u0430\u043D\u0442\u0430.",
  perQuestionTyped_many: "{{count}} \u0441\u0435\u043A\u0443\u043D\u0434 \u043D\u0430 \u0432\u043E\u043F\u0440\u043E\u0441, \u0443 \u043A\u0430\u0436\u0434\u043E\u0433\u043E \u043E\u0434\u0438\u043D \u043E\u0442\u0432\u0435\u0442: \u043D\u0430\u043F\u0438\u0448\u0438\u0442\u0435 \u043D\u043E\u043C\u0435\u0440 \u0432\u044B\u0431\u0440\u0430\u043D\u043D\u043E\u0433\u043E \u0432\u0430\u0440\u0438\u0430\u043D\u0442\u0430.",
  perQuestionTyped_other: "{{count}} \u0441\u0435\u043A\u0443\u043D\u0434\u044B \u043D\u0430 \u0432\u043E\u043F\u0440\u043E\u0441, \u0443 \u043A\u0430\u0436\u0434\u043E\u0433\u043E \u043E\u0434\u0438\u043D \u043E\u0442\u0432\u0435\u0442: \u043D\u0430\u043F\u0438\u0448\u0438\u0442\u0435 \u043D\u043E\u043C\u0435\u0440 \u0432\u044B\u0431\u0440\u0430\u043D\u043D\u043E\u0433\u043E \u0432\u0430\u0440\u0438\u0430\u043D\u0442\u0430.",
  firstComesNow: "\u0421\u0435\u0439\u0447\u0430\u0441 \u0431\u0443\u0434\u0435\u0442 \u043F\u0435\u0440\u0432\u044B\u0439 \u0432\u043E\u043F\u0440\u043E\u0441.",
  questionTitle: "\u0412\u043E\u043F\u0440\u043E\u0441 {{number}}/{{total}}",
  secondsToAnswer_one: "\u041D\u0430 \u043E\u0442\u0432\u0435\u0442 {{count}} \u0441\u0435\u043A\u0443\u043D\u0434\u0430.",
  secondsToAnswer_few: "\u041D\u0430 \u043E\u0442\u0432\u0435\u0442 {{count}} \u0441\u0435\u043A\u0443\u043D\u0434\u044B.",
  secondsToAnswer_many: "\u041D\u0430 \u043E\u0442\u0432\u0435\u0442 {{count}} \u0441\u0435\u043A\u0443\u043D\u0434.",
  secondsToAnswer_other: "\u041D\u0430 \u043E\u0442\u0432\u0435\u0442 {{count}} \u0441\u0435\u043A\u0443\u043D\u0434\u044B.",
  answerTitle: "\u041E\u0442\u0432\u0435\u0442 \u043D\u0430 \u0432\u043E\u043F\u0440\u043E\u0441 {{number}}: {{answer}}",
  nobodyAnswered: "\u041D\u0438\u043A\u0442\u043E \u043D\u0435 \u043E\u0442\u0432\u0435\u0442\u0438\u043B.",
  nobodyRight_one: "\u041D\u0438\u043A\u0442\u043E \u043D\u0435 \u043E\u0442\u0432\u0435\u0442\u0438\u043B \u0432\u0435\u0440\u043D\u043E ({{count}} \u043E\u0442\u0432\u0435\u0442).",
  nobodyRight_few: "\u041D\u0438\u043A\u0442\u043E \u043D\u0435 \u043E\u0442\u0432\u0435\u0442\u0438\u043B \u0432\u0435\u0440\u043D\u043E ({{count}} \u043E\u0442\u0432\u0435\u0442\u0430).",
  nobodyRight_many: "\u041D\u0438\u043A\u0442\u043E \u043D\u0435 \u043E\u0442\u0432\u0435\u0442\u0438\u043B \u0432\u0435\u0440\u043D\u043E ({{count}} \u043E\u0442\u0432\u0435\u0442\u043E\u0432).",
  nobodyRight_other: "\u041D\u0438\u043A\u0442\u043E \u043D\u0435 \u043E\u0442\u0432\u0435\u0442\u0438\u043B \u0432\u0435\u0440\u043D\u043E ({{count}} \u043E\u0442\u0432\u0435\u0442\u0430).",
  rightOf_one: "\u0412\u0435\u0440\u043D\u043E: {{names}} ({{right}} \u0438\u0437 {{count}} \u043E\u0442\u0432\u0435\u0442\u0430).",
  rightOf_few: "\u0412\u0435\u0440\u043D\u043E: {{names}} ({{right}} \u0438\u0437 {{count}} \u043E\u0442\u0432\u0435\u0442\u043E\u0432).",
  rightOf_many: "\u0412\u0435\u0440\u043D\u043E: {{names}} ({{right}} \u0438\u0437 {{count}} \u043E\u0442\u0432\u0435\u0442\u043E\u0432).",
  rightOf_other: "\u0412\u0435\u0440\u043D\u043E: {{names}} ({{right}} \u0438\u0437 {{count}} \u043E\u0442\u0432\u0435\u0442\u0430).",
  onStreak: "\u0421\u0435\u0440\u0438\u044F \u0432\u0435\u0440\u043D\u044B\u0445 \u043E\u0442\u0432\u0435\u0442\u043E\u0432: {{players}}.",
  streakOf: "{{name}} ({{streak}})",
  overTitle: "\u0412\u0438\u043A\u0442\u043E\u0440\u0438\u043D\u0430 \u043E\u043A\u043E\u043D\u0447\u0435\u043D\u0430",
  stoppedTitle: "\u0412\u0438\u043A\u0442\u043E\u0440\u0438\u043D\u0430 \u043E\u0441\u0442\u0430\u043D\u043E\u0432\u043B\u0435\u043D\u0430",
  scores: "\u041E\u0447\u043A\u0438 \u0437\u0430 \u0440\u0430\u0443\u043D\u0434:\n{{lines}}",
  nobodyThisRound: "\u0412 \u044D\u0442\u043E\u043C \u0440\u0430\u0443\u043D\u0434\u0435 \u043D\u0438\u043A\u0442\u043E \u043D\u0435 \u043E\u0442\u0432\u0435\u0442\u0438\u043B.",
  scoreLine_one: "{{rank}}. {{name}}: {{count}} \u043E\u0447\u043A\u043E ({{right}}/{{asked}} \u0432\u0435\u0440\u043D\u043E)",
  scoreLine_few: "{{rank}}. {{name}}: {{count}} \u043E\u0447\u043A\u0430 ({{right}}/{{asked}} \u0432\u0435\u0440\u043D\u043E)",
  scoreLine_many: "{{rank}}. {{name}}: {{count}} \u043E\u0447\u043A\u043E\u0432 ({{right}}/{{asked}} \u0432\u0435\u0440\u043D\u043E)",
  scoreLine_other: "{{rank}}. {{name}}: {{count}} \u043E\u0447\u043A\u0430 ({{right}}/{{asked}} \u0432\u0435\u0440\u043D\u043E)",
  scoreLineStreak_one: "{{rank}}. {{name}}: {{count}} \u043E\u0447\u043A\u043E ({{right}}/{{asked}} \u0432\u0435\u0440\u043D\u043E, \u0441\u0435\u0440\u0438\u044F {{streak}})",
  scoreLineStreak_few: "{{rank}}. {{name}}: {{count}} \u043E\u0447\u043A\u0430 ({{right}}/{{asked}} \u0432\u0435\u0440\u043D\u043E, \u0441\u0435\u0440\u0438\u044F {{streak}})",
  scoreLineStreak_many: "{{rank}}. {{name}}: {{count}} \u043E\u0447\u043A\u043E\u0432 ({{right}}/{{asked}} \u0432\u0435\u0440\u043D\u043E, \u0441\u0435\u0440\u0438\u044F {{streak}})",
  scoreLineStreak_other: "{{rank}}. {{name}}: {{count}} \u043E\u0447\u043A\u0430 ({{right}}/{{asked}} \u0432\u0435\u0440\u043D\u043E, \u0441\u0435\u0440\u0438\u044F {{streak}})",
  stoppedBy: "{{name}}: \u0432\u0438\u043A\u0442\u043E\u0440\u0438\u043D\u0430 \u043E\u0441\u0442\u0430\u043D\u043E\u0432\u043B\u0435\u043D\u0430.",
  wasAnswer: "\u041F\u0440\u0430\u0432\u0438\u043B\u044C\u043D\u044B\u0439 \u043E\u0442\u0432\u0435\u0442 \u043D\u0430 \u0432\u043E\u043F\u0440\u043E\u0441 {{number}}: {{answer}}.",
  interrupted: "\u0412\u0438\u043A\u0442\u043E\u0440\u0438\u043D\u0443 \u043F\u0440\u0435\u0440\u0432\u0430\u043B \u043F\u0435\u0440\u0435\u0437\u0430\u043F\u0443\u0441\u043A, \u0438 \u043E\u043D\u0430 \u0437\u0430\u0432\u0435\u0440\u0448\u0435\u043D\u0430. \u0412\u0441\u0435 \u0437\u0430\u043F\u0438\u0441\u0430\u043D\u043D\u044B\u0435 \u043E\u0442\u0432\u0435\u0442\u044B \u0437\u0430\u0441\u0447\u0438\u0442\u0430\u043D\u044B.",
  storageFailed: "\u0412\u0438\u043A\u0442\u043E\u0440\u0438\u043D\u0430 \u043E\u0441\u0442\u0430\u043D\u043E\u0432\u043B\u0435\u043D\u0430: \u043D\u0435 \u0443\u0434\u0430\u043B\u043E\u0441\u044C \u0441\u043E\u0445\u0440\u0430\u043D\u0438\u0442\u044C \u0438\u0433\u0440\u0443 (\u043E\u0448\u0438\u0431\u043A\u0430 \u0445\u0440\u0430\u043D\u0438\u043B\u0438\u0449\u0430 \u043D\u0430 \u043C\u043E\u0435\u0439 \u0441\u0442\u043E\u0440\u043E\u043D\u0435). \u041D\u0430\u0447\u043D\u0438\u0442\u0435 \u043D\u043E\u0432\u044B\u0439 \u0440\u0430\u0443\u043D\u0434 \u043A\u043E\u043C\u0430\u043D\u0434\u043E\u0439 /quiz \u043F\u043E\u0437\u0436\u0435.",
  storageFailedQuestion: "\u0412\u0438\u043A\u0442\u043E\u0440\u0438\u043D\u0430 \u043E\u0441\u0442\u0430\u043D\u043E\u0432\u043B\u0435\u043D\u0430: \u043D\u0435 \u0443\u0434\u0430\u043B\u043E\u0441\u044C \u0441\u043E\u0445\u0440\u0430\u043D\u0438\u0442\u044C \u0438\u0433\u0440\u0443 (\u043E\u0448\u0438\u0431\u043A\u0430 \u0445\u0440\u0430\u043D\u0438\u043B\u0438\u0449\u0430 \u043D\u0430 \u043C\u043E\u0435\u0439 \u0441\u0442\u043E\u0440\u043E\u043D\u0435). \u0412\u043E\u043F\u0440\u043E\u0441 {{number}} \u043D\u0435 \u0437\u0430\u0441\u0447\u0438\u0442\u044B\u0432\u0430\u0435\u0442\u0441\u044F. \u041D\u0430\u0447\u043D\u0438\u0442\u0435 \u043D\u043E\u0432\u044B\u0439 \u0440\u0430\u0443\u043D\u0434 \u043A\u043E\u043C\u0430\u043D\u0434\u043E\u0439 /quiz \u043F\u043E\u0437\u0436\u0435.",
  postFailed: "\u0412\u0438\u043A\u0442\u043E\u0440\u0438\u043D\u0430 \u043E\u0441\u0442\u0430\u043D\u043E\u0432\u043B\u0435\u043D\u0430: \u043D\u0435 \u0443\u0434\u0430\u043B\u043E\u0441\u044C \u043E\u0442\u043F\u0440\u0430\u0432\u0438\u0442\u044C \u0441\u043B\u0435\u0434\u0443\u044E\u0449\u0438\u0439 \u0432\u043E\u043F\u0440\u043E\u0441.",
  leaderboardTitle: "\u0422\u0430\u0431\u043B\u0438\u0446\u0430 \u043B\u0438\u0434\u0435\u0440\u043E\u0432",
  noScores: "\u0412 \u044D\u0442\u043E\u043C \u0447\u0430\u0442\u0435 \u043F\u043E\u043A\u0430 \u043D\u0435\u0442 \u043E\u0447\u043A\u043E\u0432. \u041D\u0430\u0447\u043D\u0438\u0442\u0435 \u0440\u0430\u0443\u043D\u0434 \u043A\u043E\u043C\u0430\u043D\u0434\u043E\u0439 /quiz.",
  standing_one: "{{rank}}. {{name}}: {{count}} \u043E\u0447\u043A\u043E ({{right}}/{{answered}} \u0432\u0435\u0440\u043D\u043E, \u043B\u0443\u0447\u0448\u0430\u044F \u0441\u0435\u0440\u0438\u044F {{best}})",
  standing_few: "{{rank}}. {{name}}: {{count}} \u043E\u0447\u043A\u0430 ({{right}}/{{answered}} \u0432\u0435\u0440\u043D\u043E, \u043B\u0443\u0447\u0448\u0430\u044F \u0441\u0435\u0440\u0438\u044F {{best}})",
  standing_many: "{{rank}}. {{name}}: {{count}} \u043E\u0447\u043A\u043E\u0432 ({{right}}/{{answered}} \u0432\u0435\u0440\u043D\u043E, \u043B\u0443\u0447\u0448\u0430\u044F \u0441\u0435\u0440\u0438\u044F {{best}})",
  standing_other: "{{rank}}. {{name}}: {{count}} \u043E\u0447\u043A\u0430 ({{right}}/{{answered}} \u0432\u0435\u0440\u043D\u043E, \u043B\u0443\u0447\u0448\u0430\u044F \u0441\u0435\u0440\u0438\u044F {{best}})",
  resetTitle: "\u0422\u0430\u0431\u043B\u0438\u0446\u0430 \u043B\u0438\u0434\u0435\u0440\u043E\u0432 \u0441\u0431\u0440\u043E\u0448\u0435\u043D\u0430",
  resetBody_one: "{{name}}: \u0442\u0430\u0431\u043B\u0438\u0446\u0430 \u043B\u0438\u0434\u0435\u0440\u043E\u0432 \u044D\u0442\u043E\u0433\u043E \u0447\u0430\u0442\u0430 \u0441\u0431\u0440\u043E\u0448\u0435\u043D\u0430 (\u0443\u0434\u0430\u043B\u0451\u043D {{count}} \u0438\u0433\u0440\u043E\u043A).",
  resetBody_few: "{{name}}: \u0442\u0430\u0431\u043B\u0438\u0446\u0430 \u043B\u0438\u0434\u0435\u0440\u043E\u0432 \u044D\u0442\u043E\u0433\u043E \u0447\u0430\u0442\u0430 \u0441\u0431\u0440\u043E\u0448\u0435\u043D\u0430 (\u0443\u0434\u0430\u043B\u0435\u043D\u043E {{count}} \u0438\u0433\u0440\u043E\u043A\u0430).",
  resetBody_many: "{{name}}: \u0442\u0430\u0431\u043B\u0438\u0446\u0430 \u043B\u0438\u0434\u0435\u0440\u043E\u0432 \u044D\u0442\u043E\u0433\u043E \u0447\u0430\u0442\u0430 \u0441\u0431\u0440\u043E\u0448\u0435\u043D\u0430 (\u0443\u0434\u0430\u043B\u0435\u043D\u043E {{count}} \u0438\u0433\u0440\u043E\u043A\u043E\u0432).",
  resetBody_other: "{{name}}: \u0442\u0430\u0431\u043B\u0438\u0446\u0430 \u043B\u0438\u0434\u0435\u0440\u043E\u0432 \u044D\u0442\u043E\u0433\u043E \u0447\u0430\u0442\u0430 \u0441\u0431\u0440\u043E\u0448\u0435\u043D\u0430 (\u0443\u0434\u0430\u043B\u0435\u043D\u043E {{count}} \u0438\u0433\u0440\u043E\u043A\u0430).",
  unavailable: "\u0412\u0438\u043A\u0442\u043E\u0440\u0438\u043D\u0430 \u0441\u0435\u0439\u0447\u0430\u0441 \u043D\u0435\u0434\u043E\u0441\u0442\u0443\u043F\u043D\u0430.",
  unavailableHere: "\u0412\u0438\u043A\u0442\u043E\u0440\u0438\u043D\u0430 \u0437\u0434\u0435\u0441\u044C \u0441\u0435\u0439\u0447\u0430\u0441 \u043D\u0435\u0434\u043E\u0441\u0442\u0443\u043F\u043D\u0430.",
  roundLength: "\u0412 \u0440\u0430\u0443\u043D\u0434\u0435 \u043C\u043E\u0436\u0435\u0442 \u0431\u044B\u0442\u044C \u043E\u0442 1 \u0434\u043E {{max}} \u0432\u043E\u043F\u0440\u043E\u0441\u043E\u0432.",
  wholeNumber: "\u0427\u0438\u0441\u043B\u043E \u0432\u043E\u043F\u0440\u043E\u0441\u043E\u0432 \u0434\u043E\u043B\u0436\u043D\u043E \u0431\u044B\u0442\u044C \u0446\u0435\u043B\u044B\u043C.",
  difficulties: "\u0423\u0440\u043E\u0432\u0435\u043D\u044C \u0441\u043B\u043E\u0436\u043D\u043E\u0441\u0442\u0438: easy, medium \u0438\u043B\u0438 hard.",
  alreadyRunning: "\u0412 \u044D\u0442\u043E\u043C \u0447\u0430\u0442\u0435 \u0443\u0436\u0435 \u0438\u0434\u0451\u0442 \u0432\u0438\u043A\u0442\u043E\u0440\u0438\u043D\u0430. \u0414\u043E\u0436\u0434\u0438\u0442\u0435\u0441\u044C \u0435\u0451 \u043E\u043A\u043E\u043D\u0447\u0430\u043D\u0438\u044F \u0438\u043B\u0438 \u043E\u0441\u0442\u0430\u043D\u043E\u0432\u0438\u0442\u0435 \u0435\u0451 \u043A\u043E\u043C\u0430\u043D\u0434\u043E\u0439 /quiz stop.",
  notRunning: "\u0412 \u044D\u0442\u043E\u043C \u0447\u0430\u0442\u0435 \u0432\u0438\u043A\u0442\u043E\u0440\u0438\u043D\u0430 \u043D\u0435 \u0438\u0434\u0451\u0442.",
  onlyStarter: "\u041E\u0441\u0442\u0430\u043D\u043E\u0432\u0438\u0442\u044C \u0432\u0438\u043A\u0442\u043E\u0440\u0438\u043D\u0443 \u043C\u043E\u0436\u0435\u0442 \u0442\u043E\u043B\u044C\u043A\u043E \u0442\u043E\u0442, \u043A\u0442\u043E \u0435\u0451 \u043D\u0430\u0447\u0430\u043B ({{name}}), \u0438\u043B\u0438 \u0430\u0434\u043C\u0438\u043D\u0438\u0441\u0442\u0440\u0430\u0442\u043E\u0440 \u0447\u0430\u0442\u0430.",
  onlyAdminsReset: "\u0421\u0431\u0440\u043E\u0441\u0438\u0442\u044C \u0442\u0430\u0431\u043B\u0438\u0446\u0443 \u043B\u0438\u0434\u0435\u0440\u043E\u0432 \u043C\u043E\u0433\u0443\u0442 \u0442\u043E\u043B\u044C\u043A\u043E \u0430\u0434\u043C\u0438\u043D\u0438\u0441\u0442\u0440\u0430\u0442\u043E\u0440\u044B \u0447\u0430\u0442\u0430.",
  notInQuiz: "\u042D\u0442\u043E\u0442 \u0432\u043E\u043F\u0440\u043E\u0441 \u043D\u0435 \u043E\u0442\u043D\u043E\u0441\u0438\u0442\u0441\u044F \u043A \u0432\u0438\u043A\u0442\u043E\u0440\u0438\u043D\u0435 \u0432 \u044D\u0442\u043E\u043C \u0447\u0430\u0442\u0435.",
  otherChat: "\u042D\u0442\u043E\u0442 \u0432\u043E\u043F\u0440\u043E\u0441 \u0438\u0437 \u0432\u0438\u043A\u0442\u043E\u0440\u0438\u043D\u044B \u0432 \u0434\u0440\u0443\u0433\u043E\u043C \u0447\u0430\u0442\u0435.",
  tooLate: "\u041F\u043E\u0437\u0434\u043D\u043E: \u0432\u043E\u043F\u0440\u043E\u0441 \u0443\u0436\u0435 \u0437\u0430\u043A\u0440\u044B\u0442.",
  noOption: "\u0412\u0430\u0440\u0438\u0430\u043D\u0442\u0430 {{number}} \u043D\u0435\u0442.",
  repeat: "\u0412\u044B \u0443\u0436\u0435 \u043E\u0442\u0432\u0435\u0442\u0438\u043B\u0438 \u043D\u0430 \u044D\u0442\u043E\u0442 \u0432\u043E\u043F\u0440\u043E\u0441.",
  recorded: "\u041E\u0442\u0432\u0435\u0442 \u043F\u0440\u0438\u043D\u044F\u0442: {{answer}}.",
  nextComing: "\u0421\u043B\u0435\u0434\u0443\u044E\u0449\u0438\u0439 \u0432\u043E\u043F\u0440\u043E\u0441 \u0432\u043E\u0442-\u0432\u043E\u0442 \u043F\u043E\u044F\u0432\u0438\u0442\u0441\u044F \u2014 \u043E\u0442\u0432\u0435\u0447\u0430\u0439\u0442\u0435 \u043D\u0430 \u043D\u0435\u0433\u043E.",
  typeNumber: "\u041D\u0430\u043F\u0438\u0448\u0438\u0442\u0435 \u0447\u0438\u0441\u043B\u043E \u043E\u0442 1 \u0434\u043E {{max}}.",
  /**
   * Generated questions (src/core/quiz/bank/generators): one template per kind. Entry names are
   * values in the language's form (`name_ru`), dates formatted for the language.
   */
  bank: {
    sources: "\u0418\u0441\u0442\u043E\u0447\u043D\u0438\u043A\u0438: {{keys}}.",
    period: {
      from: " (\u0441 {{year}} \u0433.)",
      in: " ({{date}})",
      year: " ({{year}} \u0433.)",
      range: " ({{from}}\u2013{{to}} \u0433\u0433.)"
    },
    oldStyle: "{{date}} (\u043F\u043E \u0441\u0442\u0430\u0440\u043E\u043C\u0443 \u0441\u0442\u0438\u043B\u044E)",
    versionOldStyle: "{{date}} \u043F\u043E \u0441\u0442. \u0441\u0442. ({{sources}})",
    version: "{{date}} ({{sources}})",
    role: "{{title}}{{when}} \u2014 \u043A\u0442\u043E \u044D\u0442\u043E?",
    post: "{{name}}: {{title}}{{when}}. {{sources}}",
    personRole: "\u041A\u0430\u043A\u0443\u044E \u0434\u043E\u043B\u0436\u043D\u043E\u0441\u0442\u044C \u0437\u0430\u043D\u0438\u043C\u0430\u043B(\u0430) {{name}}{{when}}?",
    eventDate: "\u041A\u043E\u0433\u0434\u0430 \u043F\u0440\u043E\u0438\u0437\u043E\u0448\u043B\u043E \u0441\u043E\u0431\u044B\u0442\u0438\u0435 \xAB{{name}}\xBB?",
    eventDateOldStyle: "\u041A\u043E\u0433\u0434\u0430 \u043F\u0440\u043E\u0438\u0437\u043E\u0448\u043B\u043E \u0441\u043E\u0431\u044B\u0442\u0438\u0435 \xAB{{name}}\xBB (\u043F\u043E \u0441\u0442\u0430\u0440\u043E\u043C\u0443 \u0441\u0442\u0438\u043B\u044E)?",
    eventPlace: "\u0413\u0434\u0435 \u043F\u0440\u043E\u0438\u0437\u043E\u0448\u043B\u043E \u0441\u043E\u0431\u044B\u0442\u0438\u0435 \xAB{{name}}\xBB?",
    eventIs: "{{name}}: {{value}}. {{sources}}",
    born: "{{name}}: \u0432 \u043A\u0430\u043A\u043E\u043C \u0433\u043E\u0434\u0443 \u0440\u043E\u0434\u0438\u043B\u0441\u044F(-\u0430\u0441\u044C)?",
    died: "{{name}}: \u0432 \u043A\u0430\u043A\u043E\u043C \u0433\u043E\u0434\u0443 \u0443\u043C\u0435\u0440(-\u043B\u0430)?",
    bornWas: "{{name}}: \u0434\u0430\u0442\u0430 \u0440\u043E\u0436\u0434\u0435\u043D\u0438\u044F \u2014 {{date}}. {{sources}}",
    bornWasAt: "{{name}}: \u0434\u0430\u0442\u0430 \u0440\u043E\u0436\u0434\u0435\u043D\u0438\u044F \u2014 {{date}}, \u043C\u0435\u0441\u0442\u043E \u2014 {{place}}. {{sources}}",
    diedWas: "{{name}}: \u0434\u0430\u0442\u0430 \u0441\u043C\u0435\u0440\u0442\u0438 \u2014 {{date}}. {{sources}}",
    diedWasAt: "{{name}}: \u0434\u0430\u0442\u0430 \u0441\u043C\u0435\u0440\u0442\u0438 \u2014 {{date}}, \u043C\u0435\u0441\u0442\u043E \u2014 {{place}}. {{sources}}",
    disputedDate: "\u0418\u0441\u0442\u043E\u0447\u043D\u0438\u043A\u0438 \u0440\u0430\u0441\u0445\u043E\u0434\u044F\u0442\u0441\u044F \u0432 \u0434\u0430\u0442\u0435 \u0441\u043E\u0431\u044B\u0442\u0438\u044F \xAB{{name}}\xBB. \u041A\u0430\u043A\u0443\u044E \u0438\u0437 \u044D\u0442\u0438\u0445 \u0434\u0430\u0442 \u043D\u0430\u0437\u044B\u0432\u0430\u0435\u0442 \u043E\u0434\u0438\u043D \u0438\u0437 \u043D\u0438\u0445?",
    sourcesDiffer: "\u0418\u0441\u0442\u043E\u0447\u043D\u0438\u043A\u0438 \u0440\u0430\u0441\u0445\u043E\u0434\u044F\u0442\u0441\u044F: {{versions}}.",
    claimEvent: "\u0418\u0441\u0442\u043E\u0447\u043D\u0438\u043A\u0438 \u0440\u0430\u0441\u0445\u043E\u0434\u044F\u0442\u0441\u044F \u0432 \u0434\u0430\u0442\u0435 \u0441\u043E\u0431\u044B\u0442\u0438\u044F \xAB{{name}}\xBB. \u0412\u0435\u0440\u043D\u043E \u043B\u0438, \u0447\u0442\u043E \u043E\u0434\u0438\u043D \u0438\u0437 \u043D\u0438\u0445 \u043D\u0430\u0437\u044B\u0432\u0430\u0435\u0442 \u0434\u0430\u0442\u0443 {{date}}?",
    claimBorn: "{{name}}: \u0438\u0441\u0442\u043E\u0447\u043D\u0438\u043A\u0438 \u0440\u0430\u0441\u0445\u043E\u0434\u044F\u0442\u0441\u044F \u0432 \u0434\u0430\u0442\u0435 \u0440\u043E\u0436\u0434\u0435\u043D\u0438\u044F. \u0412\u0435\u0440\u043D\u043E \u043B\u0438, \u0447\u0442\u043E \u043E\u0434\u0438\u043D \u0438\u0437 \u043D\u0438\u0445 \u043D\u0430\u0437\u044B\u0432\u0430\u0435\u0442 \u0434\u0430\u0442\u0443 {{date}}?",
    claimDied: "{{name}}: \u0438\u0441\u0442\u043E\u0447\u043D\u0438\u043A\u0438 \u0440\u0430\u0441\u0445\u043E\u0434\u044F\u0442\u0441\u044F \u0432 \u0434\u0430\u0442\u0435 \u0441\u043C\u0435\u0440\u0442\u0438. \u0412\u0435\u0440\u043D\u043E \u043B\u0438, \u0447\u0442\u043E \u043E\u0434\u0438\u043D \u0438\u0437 \u043D\u0438\u0445 \u043D\u0430\u0437\u044B\u0432\u0430\u0435\u0442 \u0434\u0430\u0442\u0443 {{date}}?",
    claimAbout: "\xAB{{name}}\xBB: \u0438\u0441\u0442\u043E\u0447\u043D\u0438\u043A\u0438 \u0440\u0430\u0441\u0445\u043E\u0434\u044F\u0442\u0441\u044F ({{about}}). \u0412\u0435\u0440\u043D\u043E \u043B\u0438, \u0447\u0442\u043E \u043E\u0434\u0438\u043D \u0438\u0437 \u043D\u0438\u0445 \u043D\u0430\u0437\u044B\u0432\u0430\u0435\u0442 \u0434\u0430\u0442\u0443 {{date}}?",
    true: "\u0412\u0435\u0440\u043D\u043E",
    false: "\u041D\u0435\u0432\u0435\u0440\u043D\u043E",
    describePerson: "\u041A\u0435\u043C \u0431\u044B\u043B(\u0430) {{name}}?",
    describeTerm: "\u0427\u0442\u043E \u0442\u0430\u043A\u043E\u0435 \xAB{{name}}\xBB?",
    described: "{{name}}: {{description}}. {{sources}}",
    identifyTerm: "\u0427\u0442\u043E \u0438\u0437 \u043F\u0435\u0440\u0435\u0447\u0438\u0441\u043B\u0435\u043D\u043D\u043E\u0433\u043E \u2014 {{description}}?",
    identified: "{{name}}. {{sources}}",
    spelling: "\u041A\u0430\u043A \u043D\u0430 \u043A\u0430\u0437\u0430\u0445\u0441\u043A\u043E\u0439 \u043A\u0438\u0440\u0438\u043B\u043B\u0438\u0446\u0435 \u043F\u0438\u0448\u0435\u0442\u0441\u044F \u0438\u043C\u044F {{name}}?",
    spelled: "{{name}} \u043F\u043E-\u043A\u0430\u0437\u0430\u0445\u0441\u043A\u0438 \u043F\u0438\u0448\u0435\u0442\u0441\u044F \u0442\u0430\u043A: {{spelling}}. {{sources}}",
    notSigned: "\u041A\u0442\u043E \u0438\u0437 \u043D\u0438\u0445 \u041D\u0415 \u043F\u043E\u0434\u043F\u0438\u0441\u044B\u0432\u0430\u043B \u0434\u043E\u043A\u0443\u043C\u0435\u043D\u0442 \xAB{{name}}\xBB?",
    notTookPart: "\u041A\u0442\u043E \u0438\u0437 \u043D\u0438\u0445 \u041D\u0415 \u0443\u0447\u0430\u0441\u0442\u0432\u043E\u0432\u0430\u043B \u0432 \u0441\u043E\u0431\u044B\u0442\u0438\u0438 \xAB{{name}}\xBB?",
    signatories: "\u0421\u0440\u0435\u0434\u0438 \u043F\u043E\u0434\u043F\u0438\u0441\u0430\u0432\u0448\u0438\u0445 \u0434\u043E\u043A\u0443\u043C\u0435\u043D\u0442 \xAB{{name}}\xBB \u2014 {{people}}. {{sources}}",
    participants: "\u0421\u0440\u0435\u0434\u0438 \u0443\u0447\u0430\u0441\u0442\u043D\u0438\u043A\u043E\u0432 \u0441\u043E\u0431\u044B\u0442\u0438\u044F \xAB{{name}}\xBB \u2014 {{people}}. {{sources}}",
    cameFirst: "\u0427\u0442\u043E \u0431\u044B\u043B\u043E \u0440\u0430\u043D\u044C\u0448\u0435: \xAB{{a}}\xBB, \xAB{{b}}\xBB \u0438\u043B\u0438 \xAB{{c}}\xBB?",
    bornFirst: "\u041A\u0442\u043E \u0440\u043E\u0434\u0438\u043B\u0441\u044F \u0440\u0430\u043D\u044C\u0448\u0435: {{a}}, {{b}} \u0438\u043B\u0438 {{c}}?",
    diedFirst: "\u041A\u0442\u043E \u0443\u043C\u0435\u0440 \u0440\u0430\u043D\u044C\u0448\u0435: {{a}}, {{b}} \u0438\u043B\u0438 {{c}}?",
    wasFirst: "\u0420\u0430\u043D\u044C\u0448\u0435 \u0432\u0441\u0435\u0445: {{name}}. {{sources}}",
    whoWrote: "\u041A\u0442\u043E \u0430\u0432\u0442\u043E\u0440 \u043F\u0440\u043E\u0438\u0437\u0432\u0435\u0434\u0435\u043D\u0438\u044F \xAB{{title}}\xBB?",
    whichWrote: "\u041A\u0430\u043A\u043E\u0435 \u0438\u0437 \u044D\u0442\u0438\u0445 \u043F\u0440\u043E\u0438\u0437\u0432\u0435\u0434\u0435\u043D\u0438\u0439 \u043D\u0430\u043F\u0438\u0441\u0430\u043B(\u0430) {{name}}?",
    wroteBy: "\xAB{{work}}\xBB \u2014 \u0430\u0432\u0442\u043E\u0440: {{name}}. {{sources}}",
    fact: "{{text}} {{sources}}"
  }
};

// src/core/locales/ru.ts
var ru = {
  quiz: quizRu,
  ui: uiRu,
  date: {
    day: "{{date}}",
    month: "{{date}}",
    year: "{{date}}",
    range: "{{date}}",
    circa: "\u043E\u043A\u043E\u043B\u043E {{date}}",
    oldStyleMark: "\u043F\u043E \u0441\u0442\u0430\u0440\u043E\u043C\u0443 \u0441\u0442\u0438\u043B\u044E",
    approximately: "\u043F\u0440\u0438\u0431\u043B\u0438\u0437\u0438\u0442\u0435\u043B\u044C\u043D\u043E",
    oldStyle: "{{date}} (\u043F\u043E \u0441\u0442\u0430\u0440\u043E\u043C\u0443 \u0441\u0442\u0438\u043B\u044E)"
  },
  fact: {
    born: "{{name}}: \u0434\u0430\u0442\u0430 \u0440\u043E\u0436\u0434\u0435\u043D\u0438\u044F \u2014 {{when}}.",
    bornPlace: "{{name}}: \u043C\u0435\u0441\u0442\u043E \u0440\u043E\u0436\u0434\u0435\u043D\u0438\u044F \u2014 {{place}}.",
    died: "{{name}}: \u0434\u0430\u0442\u0430 \u0441\u043C\u0435\u0440\u0442\u0438 \u2014 {{when}}.",
    diedPlace: "{{name}}: \u043C\u0435\u0441\u0442\u043E \u0441\u043C\u0435\u0440\u0442\u0438 \u2014 {{place}}.",
    noDate_born: "{{name}}: \u0434\u0430\u0442\u0430 \u0440\u043E\u0436\u0434\u0435\u043D\u0438\u044F \u0432 \u043C\u043E\u0438\u0445 \u0438\u0441\u0442\u043E\u0447\u043D\u0438\u043A\u0430\u0445 \u043D\u0435 \u0443\u043A\u0430\u0437\u0430\u043D\u0430.",
    noDate_died: "{{name}}: \u0434\u0430\u0442\u0430 \u0441\u043C\u0435\u0440\u0442\u0438 \u0432 \u043C\u043E\u0438\u0445 \u0438\u0441\u0442\u043E\u0447\u043D\u0438\u043A\u0430\u0445 \u043D\u0435 \u0443\u043A\u0430\u0437\u0430\u043D\u0430.",
    when: "{{name}} \u2014 {{when}}.",
    at: " ({{place}})",
    dated: "{{name}}: \u0434\u0430\u0442\u0430 \u0434\u043E\u043A\u0443\u043C\u0435\u043D\u0442\u0430 \u2014 {{date}}.",
    place: "{{name}}: \u043C\u0435\u0441\u0442\u043E \u2014 {{place}}.",
    participants: "{{name}}: \u0441\u0440\u0435\u0434\u0438 \u0443\u0447\u0430\u0441\u0442\u043D\u0438\u043A\u043E\u0432 \u2014 {{people}}.",
    role: "{{name}} \u2014 {{title}}.",
    roleSpan: "{{name}} \u2014 {{title}} ({{span}}).",
    attribute: "{{name}}: {{label}} \u2014 {{value}}.",
    disputed: "{{about}}: \u0438\u0441\u0442\u043E\u0447\u043D\u0438\u043A\u0438 \u0440\u0430\u0441\u0445\u043E\u0434\u044F\u0442\u0441\u044F \u2014 {{versions}}.",
    disputedMore_one: "{{about}}: \u0438\u0441\u0442\u043E\u0447\u043D\u0438\u043A\u0438 \u0440\u0430\u0441\u0445\u043E\u0434\u044F\u0442\u0441\u044F \u2014 {{versions}}; \u0435\u0449\u0451 {{count}} \u0432\u0435\u0440\u0441\u0438\u044F \u2014 \u0432 \u0440\u0430\u0437\u0434\u0435\u043B\u0435 \xAB\u041F\u043E\u0434\u0440\u043E\u0431\u043D\u0435\u0435\xBB.",
    disputedMore_few: "{{about}}: \u0438\u0441\u0442\u043E\u0447\u043D\u0438\u043A\u0438 \u0440\u0430\u0441\u0445\u043E\u0434\u044F\u0442\u0441\u044F \u2014 {{versions}}; \u0435\u0449\u0451 {{count}} \u0432\u0435\u0440\u0441\u0438\u0438 \u2014 \u0432 \u0440\u0430\u0437\u0434\u0435\u043B\u0435 \xAB\u041F\u043E\u0434\u0440\u043E\u0431\u043D\u0435\u0435\xBB.",
    disputedMore_many: "{{about}}: \u0438\u0441\u0442\u043E\u0447\u043D\u0438\u043A\u0438 \u0440\u0430\u0441\u0445\u043E\u0434\u044F\u0442\u0441\u044F \u2014 {{versions}}; \u0435\u0449\u0451 {{count}} \u0432\u0435\u0440\u0441\u0438\u0439 \u2014 \u0432 \u0440\u0430\u0437\u0434\u0435\u043B\u0435 \xAB\u041F\u043E\u0434\u0440\u043E\u0431\u043D\u0435\u0435\xBB.",
    disputedMore_other: "{{about}}: \u0438\u0441\u0442\u043E\u0447\u043D\u0438\u043A\u0438 \u0440\u0430\u0441\u0445\u043E\u0434\u044F\u0442\u0441\u044F \u2014 {{versions}}; \u0435\u0449\u0451 {{count}} \u0432\u0435\u0440\u0441\u0438\u0438 \u2014 \u0432 \u0440\u0430\u0437\u0434\u0435\u043B\u0435 \xAB\u041F\u043E\u0434\u0440\u043E\u0431\u043D\u0435\u0435\xBB.",
    disputedDate_born: "{{name}}: \u0438\u0441\u0442\u043E\u0447\u043D\u0438\u043A\u0438 \u0440\u0430\u0441\u0445\u043E\u0434\u044F\u0442\u0441\u044F \u0432 \u0434\u0430\u0442\u0435 \u0440\u043E\u0436\u0434\u0435\u043D\u0438\u044F \u2014 {{versions}}.",
    disputedDate_died: "{{name}}: \u0438\u0441\u0442\u043E\u0447\u043D\u0438\u043A\u0438 \u0440\u0430\u0441\u0445\u043E\u0434\u044F\u0442\u0441\u044F \u0432 \u0434\u0430\u0442\u0435 \u0441\u043C\u0435\u0440\u0442\u0438 \u2014 {{versions}}.",
    disputedDate_when: "{{name}}: \u0438\u0441\u0442\u043E\u0447\u043D\u0438\u043A\u0438 \u0440\u0430\u0441\u0445\u043E\u0434\u044F\u0442\u0441\u044F \u0432 \u0434\u0430\u0442\u0435 \u2014 {{versions}}.",
    disputedPlace_born: "{{name}}: \u0438\u0441\u0442\u043E\u0447\u043D\u0438\u043A\u0438 \u0440\u0430\u0441\u0445\u043E\u0434\u044F\u0442\u0441\u044F \u0432 \u043C\u0435\u0441\u0442\u0435 \u0440\u043E\u0436\u0434\u0435\u043D\u0438\u044F \u2014 {{versions}}.",
    disputedPlace_died: "{{name}}: \u0438\u0441\u0442\u043E\u0447\u043D\u0438\u043A\u0438 \u0440\u0430\u0441\u0445\u043E\u0434\u044F\u0442\u0441\u044F \u0432 \u043C\u0435\u0441\u0442\u0435 \u0441\u043C\u0435\u0440\u0442\u0438 \u2014 {{versions}}.",
    disputedPlace_when: "{{name}}: \u0438\u0441\u0442\u043E\u0447\u043D\u0438\u043A\u0438 \u0440\u0430\u0441\u0445\u043E\u0434\u044F\u0442\u0441\u044F \u0432 \u043C\u0435\u0441\u0442\u0435 \u2014 {{versions}}.",
    or: " \u0438\u043B\u0438 ",
    spanFrom: "\u0441 {{from}}",
    spanTo: "\u0434\u043E {{to}}"
  },
  card: {
    onThisDay: "\u0412 \u044D\u0442\u043E\u0442 \u0434\u0435\u043D\u044C: {{date}}",
    nothingDated: "\u041F\u043E\u043A\u0430 \u043D\u0438 \u043E\u0434\u043D\u043E \u0441\u043E\u0431\u044B\u0442\u0438\u0435 \u0432 \u043C\u043E\u0438\u0445 \u0437\u043D\u0430\u043D\u0438\u044F\u0445 \u043D\u0435 \u0434\u0430\u0442\u0438\u0440\u043E\u0432\u0430\u043D\u043E \u0442\u043E\u0447\u043D\u044B\u043C \u0434\u043D\u0451\u043C.",
    nothingOnDay: "\u041D\u0430 {{date}} \u044F \u043D\u0438\u0447\u0435\u0433\u043E \u043D\u0435 \u0437\u043D\u0430\u044E. \u0411\u043B\u0438\u0436\u0430\u0439\u0448\u0438\u0435 \u0434\u0430\u0442\u044B: {{dates}}.",
    and: " \u0438 ",
    born: "\u0420\u043E\u0434\u0438\u043B\u0441\u044F",
    died: "\u0423\u043C\u0435\u0440",
    roles: "\u0414\u043E\u043B\u0436\u043D\u043E\u0441\u0442\u0438",
    when: "\u041A\u043E\u0433\u0434\u0430",
    whenDisputed: "\u041A\u043E\u0433\u0434\u0430 (\u0438\u0441\u0442\u043E\u0447\u043D\u0438\u043A\u0438 \u0440\u0430\u0441\u0445\u043E\u0434\u044F\u0442\u0441\u044F)",
    where: "\u0413\u0434\u0435",
    participants: "\u0423\u0447\u0430\u0441\u0442\u043D\u0438\u043A\u0438",
    otherDates: "\u0418\u0441\u0442\u043E\u0447\u043D\u0438\u043A\u0438 \u0440\u0430\u0441\u0445\u043E\u0434\u044F\u0442\u0441\u044F: \u0434\u0440\u0443\u0433\u0438\u0435 \u0438\u0441\u0442\u043E\u0447\u043D\u0438\u043A\u0438 \u0434\u0430\u044E\u0442 {{dates}}.",
    dateDisputed: "\u0438\u0441\u0442\u043E\u0447\u043D\u0438\u043A\u0438 \u0440\u0430\u0441\u0445\u043E\u0434\u044F\u0442\u0441\u044F \u0432 \u0434\u0430\u0442\u0435",
    andMore: "\u2026\u0438 \u0435\u0449\u0451 {{count}}. \u0423\u0442\u043E\u0447\u043D\u0438\u0442\u0435 \u0434\u0430\u0442\u0443, \u0447\u0442\u043E\u0431\u044B \u0443\u0432\u0438\u0434\u0435\u0442\u044C \u043E\u0441\u0442\u0430\u043B\u044C\u043D\u043E\u0435.",
    whichOne: "\u041A\u043E\u0433\u043E \u0432\u044B \u0438\u043C\u0435\u0435\u0442\u0435 \u0432 \u0432\u0438\u0434\u0443?",
    severalPeople: "\u041F\u043E\u0434 \xAB{{query}}\xBB \u043F\u043E\u0434\u0445\u043E\u0434\u044F\u0442 \u043D\u0435\u0441\u043A\u043E\u043B\u044C\u043A\u043E \u0447\u0435\u043B\u043E\u0432\u0435\u043A: {{names}}. \u041A\u043E\u0433\u043E \u0432\u044B \u0438\u043C\u0435\u0435\u0442\u0435 \u0432 \u0432\u0438\u0434\u0443?",
    notFoundNear: "\u041E \xAB{{query}}\xBB \u044F \u043D\u0438\u0447\u0435\u0433\u043E \u043D\u0435 \u0437\u043D\u0430\u044E. \u041C\u043E\u0436\u0435\u0442 \u0431\u044B\u0442\u044C, \u0432\u044B \u0438\u043C\u0435\u043B\u0438 \u0432 \u0432\u0438\u0434\u0443: {{names}}?",
    notFound: "\u041E \xAB{{query}}\xBB \u044F \u043D\u0438\u0447\u0435\u0433\u043E \u043D\u0435 \u0437\u043D\u0430\u044E. \u042F \u0437\u043D\u0430\u044E \u0434\u0432\u0438\u0436\u0435\u043D\u0438\u0435 \u0410\u043B\u0430\u0448: \u0435\u0433\u043E \u043B\u044E\u0434\u0435\u0439, \u0441\u043E\u0431\u044B\u0442\u0438\u044F \u0438 \u043F\u043E\u043D\u044F\u0442\u0438\u044F. \u041D\u0430\u0431\u0435\u0440\u0438\u0442\u0435 /help.",
    disputedFact: "{{about}}: \u0438\u0441\u0442\u043E\u0447\u043D\u0438\u043A\u0438 \u0440\u0430\u0441\u0445\u043E\u0434\u044F\u0442\u0441\u044F.",
    circa: "\u043E\u043A. ",
    nearest: "\u0411\u043B\u0438\u0436\u0430\u0439\u0448\u0435\u0435 \u043A \u0434\u0430\u0442\u0435 {{date}}",
    nothingOn: "\u041D\u0430 {{date}} \u044F \u043D\u0438\u0447\u0435\u0433\u043E \u043D\u0435 \u0437\u043D\u0430\u044E. \u0411\u043B\u0438\u0436\u0430\u0439\u0448\u0438\u0435 \u0438\u0437\u0432\u0435\u0441\u0442\u043D\u044B\u0435 \u043C\u043D\u0435 \u0434\u0430\u0442\u044B:",
    nothingFor: "\u0414\u043B\u044F \u0434\u0430\u0442\u044B {{date}} \u0432 \u0438\u0441\u0442\u043E\u0440\u0438\u0438 \u0410\u043B\u0430\u0448 \u044F \u043D\u0438\u0447\u0435\u0433\u043E \u043D\u0435 \u0437\u043D\u0430\u044E. \u041C\u043E\u0438 \u0437\u043D\u0430\u043D\u0438\u044F \u043E\u0445\u0432\u0430\u0442\u044B\u0432\u0430\u044E\u0442 \u043F\u0435\u0440\u0438\u043E\u0434 \u043E\u0442 \u0441\u044A\u0435\u0437\u0434\u0430 1905 \u0433\u043E\u0434\u0430 \u0432 \u0423\u0440\u0430\u043B\u044C\u0441\u043A\u0435 \u0434\u043E \u043F\u0430\u043C\u044F\u0442\u043D\u0438\u043A\u0430 2021 \u0433\u043E\u0434\u0430, \u0441 \u043D\u0435\u043A\u043E\u0442\u043E\u0440\u044B\u043C\u0438 \u0431\u043E\u043B\u0435\u0435 \u0440\u0430\u043D\u043D\u0438\u043C\u0438 \u043A\u043E\u0440\u043D\u044F\u043C\u0438.",
    notADate: "\xAB{{date}}\xBB \u2014 \u0442\u0430\u043A\u043E\u0439 \u0434\u0430\u0442\u044B \u043D\u0435 \u0441\u0443\u0449\u0435\u0441\u0442\u0432\u0443\u0435\u0442. \u041D\u0430\u043F\u0438\u0448\u0438\u0442\u0435, \u043D\u0430\u043F\u0440\u0438\u043C\u0435\u0440, 26 \u0430\u0432\u0433\u0443\u0441\u0442\u0430 1920 \u0438\u043B\u0438 26.08.1920.",
    askMe: "\u0421\u043F\u0440\u043E\u0441\u0438\u0442\u0435 \u043C\u0435\u043D\u044F \u043E \u0447\u0435\u043B\u043E\u0432\u0435\u043A\u0435, \u0441\u043E\u0431\u044B\u0442\u0438\u0438, \u043F\u043E\u043D\u044F\u0442\u0438\u0438 \u0438\u043B\u0438 \u0434\u0430\u0442\u0435, \u043D\u0430\u043F\u0440\u0438\u043C\u0435\u0440: \xAB\u041A\u0442\u043E \u0442\u0430\u043A\u043E\u0439 \u0411\u0443\u043A\u0435\u0439\u0445\u0430\u043D\u043E\u0432?\xBB \u0438\u043B\u0438 \xAB\u0427\u0442\u043E \u0431\u044B\u043B\u043E \u0432 1917 \u0433\u043E\u0434\u0443?\xBB",
    greetingTitle: "\u0411\u043E\u0442 \u0438\u0441\u0442\u043E\u0440\u0438\u0438 \u0410\u043B\u0430\u0448",
    greeting: "\u0421\u043F\u0440\u043E\u0441\u0438\u0442\u0435 \u043C\u0435\u043D\u044F \u043E \u0434\u0432\u0438\u0436\u0435\u043D\u0438\u0438 \u0410\u043B\u0430\u0448 1917\u20131920 \u0433\u043E\u0434\u043E\u0432: \u043E \u0447\u0435\u043B\u043E\u0432\u0435\u043A\u0435 (\xAB\u043A\u0442\u043E \u0442\u0430\u043A\u043E\u0439 \u0411\u0443\u043A\u0435\u0439\u0445\u0430\u043D\u043E\u0432?\xBB), \u0441\u043E\u0431\u044B\u0442\u0438\u0438, \u043F\u043E\u043D\u044F\u0442\u0438\u0438 \u0438\u043B\u0438 \u0434\u0430\u0442\u0435 (\xAB\u0447\u0442\u043E \u043F\u0440\u043E\u0438\u0437\u043E\u0448\u043B\u043E 26 \u0430\u0432\u0433\u0443\u0441\u0442\u0430 1920 \u0433\u043E\u0434\u0430?\xBB). \u041A\u043E\u043C\u0430\u043D\u0434\u044B \u2014 /help.",
    search: "\u041F\u043E\u0438\u0441\u043A: {{query}}"
  },
  timeline: {
    title: "\u0425\u0440\u043E\u043D\u043E\u043B\u043E\u0433\u0438\u044F: {{name}}",
    pictureTitle: "\u0425\u0440\u043E\u043D\u043E\u043B\u043E\u0433\u0438\u044F \u0410\u043B\u0430\u0448\u0430: {{name}}",
    nothingUnder: "\u041F\u043E \u0442\u0435\u043C\u0435 \xAB{{name}}\xBB \u044F \u043D\u0435 \u0437\u043D\u0430\u044E \u043D\u0438\u0447\u0435\u0433\u043E \u0434\u0430\u0442\u0438\u0440\u043E\u0432\u0430\u043D\u043D\u043E\u0433\u043E. \u041F\u043E\u043F\u0440\u043E\u0431\u0443\u0439\u0442\u0435 /timeline 1917 1920.",
    nothingIn: "\u0417\u0430 {{name}} \u044F \u043D\u0435 \u0437\u043D\u0430\u044E \u043D\u0438\u0447\u0435\u0433\u043E \u0434\u0430\u0442\u0438\u0440\u043E\u0432\u0430\u043D\u043D\u043E\u0433\u043E. \u041F\u043E\u043F\u0440\u043E\u0431\u0443\u0439\u0442\u0435 /timeline 1917 1920.",
    count_one: "\u0414\u0430\u0442\u0438\u0440\u043E\u0432\u0430\u043D\u043D\u044B\u0445 \u0437\u0430\u043F\u0438\u0441\u0435\u0439: {{count}}.",
    count_few: "\u0414\u0430\u0442\u0438\u0440\u043E\u0432\u0430\u043D\u043D\u044B\u0445 \u0437\u0430\u043F\u0438\u0441\u0435\u0439: {{count}}.",
    count_many: "\u0414\u0430\u0442\u0438\u0440\u043E\u0432\u0430\u043D\u043D\u044B\u0445 \u0437\u0430\u043F\u0438\u0441\u0435\u0439: {{count}}.",
    count_other: "\u0414\u0430\u0442\u0438\u0440\u043E\u0432\u0430\u043D\u043D\u044B\u0445 \u0437\u0430\u043F\u0438\u0441\u0435\u0439: {{count}}.",
    countDrawn_one: "\u0414\u0430\u0442\u0438\u0440\u043E\u0432\u0430\u043D\u043D\u044B\u0445 \u0437\u0430\u043F\u0438\u0441\u0435\u0439: {{count}} (\u043D\u0430 \u0440\u0438\u0441\u0443\u043D\u043A\u0435 \u2014 {{shown}} \u0441\u0430\u043C\u044B\u0445 \u0443\u043F\u043E\u043C\u0438\u043D\u0430\u0435\u043C\u044B\u0445).",
    countDrawn_few: "\u0414\u0430\u0442\u0438\u0440\u043E\u0432\u0430\u043D\u043D\u044B\u0445 \u0437\u0430\u043F\u0438\u0441\u0435\u0439: {{count}} (\u043D\u0430 \u0440\u0438\u0441\u0443\u043D\u043A\u0435 \u2014 {{shown}} \u0441\u0430\u043C\u044B\u0445 \u0443\u043F\u043E\u043C\u0438\u043D\u0430\u0435\u043C\u044B\u0445).",
    countDrawn_many: "\u0414\u0430\u0442\u0438\u0440\u043E\u0432\u0430\u043D\u043D\u044B\u0445 \u0437\u0430\u043F\u0438\u0441\u0435\u0439: {{count}} (\u043D\u0430 \u0440\u0438\u0441\u0443\u043D\u043A\u0435 \u2014 {{shown}} \u0441\u0430\u043C\u044B\u0445 \u0443\u043F\u043E\u043C\u0438\u043D\u0430\u0435\u043C\u044B\u0445).",
    countDrawn_other: "\u0414\u0430\u0442\u0438\u0440\u043E\u0432\u0430\u043D\u043D\u044B\u0445 \u0437\u0430\u043F\u0438\u0441\u0435\u0439: {{count}} (\u043D\u0430 \u0440\u0438\u0441\u0443\u043D\u043A\u0435 \u2014 {{shown}} \u0441\u0430\u043C\u044B\u0445 \u0443\u043F\u043E\u043C\u0438\u043D\u0430\u0435\u043C\u044B\u0445).",
    disputed_one: "\u041E\u0440\u0430\u043D\u0436\u0435\u0432\u044B\u043C \u043E\u0442\u043C\u0435\u0447\u0435\u043D\u0430 {{count}} \u0434\u0430\u0442\u0430, \u0432 \u043A\u043E\u0442\u043E\u0440\u043E\u0439 \u0438\u0441\u0442\u043E\u0447\u043D\u0438\u043A\u0438 \u0440\u0430\u0441\u0445\u043E\u0434\u044F\u0442\u0441\u044F; \u043D\u0430\u0440\u0438\u0441\u043E\u0432\u0430\u043D\u0430 \u043A\u0430\u0436\u0434\u0430\u044F \u0432\u0435\u0440\u0441\u0438\u044F.",
    disputed_few: "\u041E\u0440\u0430\u043D\u0436\u0435\u0432\u044B\u043C \u043E\u0442\u043C\u0435\u0447\u0435\u043D\u044B {{count}} \u0434\u0430\u0442\u044B, \u0432 \u043A\u043E\u0442\u043E\u0440\u044B\u0445 \u0438\u0441\u0442\u043E\u0447\u043D\u0438\u043A\u0438 \u0440\u0430\u0441\u0445\u043E\u0434\u044F\u0442\u0441\u044F; \u043D\u0430\u0440\u0438\u0441\u043E\u0432\u0430\u043D\u0430 \u043A\u0430\u0436\u0434\u0430\u044F \u0432\u0435\u0440\u0441\u0438\u044F.",
    disputed_many: "\u041E\u0440\u0430\u043D\u0436\u0435\u0432\u044B\u043C \u043E\u0442\u043C\u0435\u0447\u0435\u043D\u044B {{count}} \u0434\u0430\u0442, \u0432 \u043A\u043E\u0442\u043E\u0440\u044B\u0445 \u0438\u0441\u0442\u043E\u0447\u043D\u0438\u043A\u0438 \u0440\u0430\u0441\u0445\u043E\u0434\u044F\u0442\u0441\u044F; \u043D\u0430\u0440\u0438\u0441\u043E\u0432\u0430\u043D\u0430 \u043A\u0430\u0436\u0434\u0430\u044F \u0432\u0435\u0440\u0441\u0438\u044F.",
    disputed_other: "\u041E\u0440\u0430\u043D\u0436\u0435\u0432\u044B\u043C \u043E\u0442\u043C\u0435\u0447\u0435\u043D\u044B {{count}} \u0434\u0430\u0442\u044B, \u0432 \u043A\u043E\u0442\u043E\u0440\u044B\u0445 \u0438\u0441\u0442\u043E\u0447\u043D\u0438\u043A\u0438 \u0440\u0430\u0441\u0445\u043E\u0434\u044F\u0442\u0441\u044F; \u043D\u0430\u0440\u0438\u0441\u043E\u0432\u0430\u043D\u0430 \u043A\u0430\u0436\u0434\u0430\u044F \u0432\u0435\u0440\u0441\u0438\u044F.",
    sourcesDiffer: "\u0418\u0441\u0442\u043E\u0447\u043D\u0438\u043A\u0438 \u0440\u0430\u0441\u0445\u043E\u0434\u044F\u0442\u0441\u044F: \u0442\u0430\u043A\u0436\u0435 {{dates}}",
    alsoDated: "\u0442\u0430\u043A\u0436\u0435 \u0434\u0430\u0442\u0438\u0440\u0443\u0435\u0442\u0441\u044F: {{dates}}",
    hidden: "\u2026\u0438 \u0435\u0449\u0451 {{count}}: \u0432\u043E\u0437\u044C\u043C\u0438\u0442\u0435 \u043C\u0435\u043D\u044C\u0448\u0435 \u043B\u0435\u0442, \u0447\u0442\u043E\u0431\u044B \u0443\u0432\u0438\u0434\u0435\u0442\u044C \u0438\u0445.",
    sources: "\u0418\u0441\u0442\u043E\u0447\u043D\u0438\u043A\u0438: {{keys}}"
  },
  moment: {
    born: "{{name}}: \u0434\u0430\u0442\u0430 \u0440\u043E\u0436\u0434\u0435\u043D\u0438\u044F.",
    bornIn: "{{name}}: \u0434\u0430\u0442\u0430 \u0440\u043E\u0436\u0434\u0435\u043D\u0438\u044F; \u043C\u0435\u0441\u0442\u043E \u2014 {{place}}.",
    died: "{{name}}: \u0434\u0430\u0442\u0430 \u0441\u043C\u0435\u0440\u0442\u0438.",
    diedIn: "{{name}}: \u0434\u0430\u0442\u0430 \u0441\u043C\u0435\u0440\u0442\u0438 ({{place}})."
  },
  verdict: {
    yes: "\u0414\u0430.",
    no: "\u041D\u0435\u0442.",
    disputed: "\u0418\u0441\u0442\u043E\u0447\u043D\u0438\u043A\u0438 \u0440\u0430\u0441\u0445\u043E\u0434\u044F\u0442\u0441\u044F.",
    unsure: "\u041F\u043E \u043C\u043E\u0438\u043C \u0438\u0441\u0442\u043E\u0447\u043D\u0438\u043A\u0430\u043C \u043D\u0435\u043B\u044C\u0437\u044F \u043E\u0442\u0432\u0435\u0442\u0438\u0442\u044C \xAB\u0434\u0430\xBB \u0438\u043B\u0438 \xAB\u043D\u0435\u0442\xBB; \u0432\u043E\u0442 \u0447\u0442\u043E \u0432 \u043D\u0438\u0445 \u0441\u043A\u0430\u0437\u0430\u043D\u043E:"
  },
  life: {
    born: "\u0440\u043E\u0434\u0438\u043B\u0441\u044F",
    died: "\u0443\u043C\u0435\u0440"
  },
  reply: {
    more: "\u041F\u043E\u0434\u0440\u043E\u0431\u043D\u0435\u0435",
    moreHint: "\u041F\u043E\u0434\u0440\u043E\u0431\u043D\u0435\u0435: /more {{id}}",
    notKnownAbout: "{{name}}: \u044D\u0442\u043E\u0433\u043E \u044F \u043D\u0435 \u0437\u043D\u0430\u044E. \u0421\u043F\u0440\u043E\u0441\u0438\u0442\u0435 \u043E \u0434\u0440\u0443\u0433\u043E\u043C \u0438\u043B\u0438 \u043D\u0430\u0436\u043C\u0438\u0442\u0435 \xAB\u041F\u043E\u0434\u0440\u043E\u0431\u043D\u0435\u0435\xBB \u2014 \u0442\u0430\u043C \u0432\u0441\u0451, \u0447\u0442\u043E \u044F \u0437\u043D\u0430\u044E.",
    both: "\u041F\u043E\u0434 \xAB{{query}}\xBB \u043F\u043E\u0434\u0445\u043E\u0434\u044F\u0442 \u0437\u0430\u043F\u0438\u0441\u0438 ({{count}}):",
    next: "\u0427\u0442\u043E \u0431\u044B\u043B\u043E \u0434\u0430\u043B\u044C\u0448\u0435 ({{name}}):",
    nothingNext: "{{name}}: \u043E \u0442\u043E\u043C, \u0447\u0442\u043E \u0431\u044B\u043B\u043E \u043F\u043E\u0441\u043B\u0435, \u0432 \u0438\u0441\u0442\u043E\u0440\u0438\u0438 \u0410\u043B\u0430\u0448 \u044F \u043D\u0438\u0447\u0435\u0433\u043E \u043D\u0435 \u0437\u043D\u0430\u044E."
  }
};

// src/core/phrases.ts
var phrases = instance.createInstance();
void phrases.init({
  lng: "en",
  fallbackLng: "en",
  resources: { en: { translation: en }, ru: { translation: ru }, kk: { translation: kk } },
  // Replies are plain text; adapters escape them for their platform.
  interpolation: { escapeValue: false },
  initAsync: false,
  showSupportNotice: false
});
var filled = /* @__PURE__ */ new Map();
var FILLED_MAX = 2e4;
function say(key, values = {}, lang = "en") {
  const id = `${lang}\0${key}\0${JSON.stringify(values)}`;
  let text = filled.get(id);
  if (text === void 0) {
    text = phrases.t(key, { ...values, lng: lang });
    if (filled.size >= FILLED_MAX) filled.clear();
    filled.set(id, text);
  }
  return text;
}

// src/core/reply.ts
function replyToText(reply) {
  const lang = reply.language;
  const parts = [];
  if (reply.title) parts.push(reply.title);
  if (reply.body) parts.push(reply.body);
  if (reply.fields?.length) parts.push(reply.fields.map((f) => `${f.name}: ${f.value}`).join("\n"));
  if (reply.quiz) {
    parts.push(reply.quiz.options.map((o, i) => `  ${i + 1}. ${o}`).join("\n"));
  }
  if (reply.choices?.length) {
    parts.push(say("ui.label.didYouMean", { choices: reply.choices.map((c) => c.label).join("; ") }, lang));
  }
  const more = reply.suggestions?.find((s) => s.request.startsWith("/more "));
  if (more) parts.push(say("ui.label.moreLine", { request: more.request }, lang));
  if (reply.sources?.length) {
    const source = reply.full ? (s) => s.url ? `${s.title} <${s.url}>` : s.title : (s) => `[${s.key}] ${clip(s.title, SHORT_TITLE)}`;
    parts.push(say("ui.label.sourcesLine", { list: reply.sources.map(source).join("; ") }, lang));
  }
  return parts.join("\n\n");
}
var SHORT_TITLE = 40;
function clip(text, max) {
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}\u2026` : text;
}
var APOLOGY = say("ui.apology");
function apology(lang) {
  return say("ui.apology", {}, lang);
}
function errorReply(body, language) {
  return writtenIn({ kind: "error", body, entries: [], ephemeral: true }, language);
}
function writtenIn(reply, language) {
  return reply.language || !language || language === "en" ? reply : { ...reply, language };
}

export {
  say,
  replyToText,
  apology,
  errorReply,
  writtenIn
};
