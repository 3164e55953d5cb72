import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  ReportError,
  ReportSnapshot,
  readFreshReport
} from "./chunk-PFHWOKUK.js";
import {
  coverageThreshold,
  judgeCoverage,
  judgePassRate
} from "./chunk-A4IXOTYB.js";
import {
  classifyCommand,
  commandFor,
  reportPathFor,
  runStep
} from "./chunk-D3S6FLNS.js";
import "./chunk-UBBZE3T4.js";
import {
  gateResult
} from "./chunk-HU5KFTCI.js";
import {
  __commonJS,
  __toESM
} from "./chunk-PY5VAGIZ.js";

// node_modules/xmlchars/xml/1.0/ed5.js
var require_ed5 = __commonJS({
  "node_modules/xmlchars/xml/1.0/ed5.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CHAR = "	\n\r -\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}";
    exports.S = " 	\r\n";
    exports.NAME_START_CHAR = ":A-Z_a-z\xC0-\xD6\xD8-\xF6\xF8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\u{10000}-\u{EFFFF}";
    exports.NAME_CHAR = "-" + exports.NAME_START_CHAR + ".0-9\xB7\u0300-\u036F\u203F-\u2040";
    exports.CHAR_RE = new RegExp("^[" + exports.CHAR + "]$", "u");
    exports.S_RE = new RegExp("^[" + exports.S + "]+$", "u");
    exports.NAME_START_CHAR_RE = new RegExp("^[" + exports.NAME_START_CHAR + "]$", "u");
    exports.NAME_CHAR_RE = new RegExp("^[" + exports.NAME_CHAR + "]$", "u");
    exports.NAME_RE = new RegExp("^[" + exports.NAME_START_CHAR + "][" + exports.NAME_CHAR + "]*$", "u");
    exports.NMTOKEN_RE = new RegExp("^[" + exports.NAME_CHAR + "]+$", "u");
    var TAB = 9;
    var NL = 10;
    var CR = 13;
    var SPACE = 32;
    exports.S_LIST = [SPACE, NL, CR, TAB];
    function isChar(c) {
      return c >= SPACE && c <= 55295 || c === NL || c === CR || c === TAB || c >= 57344 && c <= 65533 || c >= 65536 && c <= 1114111;
    }
    exports.isChar = isChar;
    function isS(c) {
      return c === SPACE || c === NL || c === CR || c === TAB;
    }
    exports.isS = isS;
    function isNameStartChar(c) {
      return c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 58 || c === 95 || c === 8204 || c === 8205 || c >= 192 && c <= 214 || c >= 216 && c <= 246 || c >= 248 && c <= 767 || c >= 880 && c <= 893 || c >= 895 && c <= 8191 || c >= 8304 && c <= 8591 || c >= 11264 && c <= 12271 || c >= 12289 && c <= 55295 || c >= 63744 && c <= 64975 || c >= 65008 && c <= 65533 || c >= 65536 && c <= 983039;
    }
    exports.isNameStartChar = isNameStartChar;
    function isNameChar(c) {
      return isNameStartChar(c) || c >= 48 && c <= 57 || c === 45 || c === 46 || c === 183 || c >= 768 && c <= 879 || c >= 8255 && c <= 8256;
    }
    exports.isNameChar = isNameChar;
  }
});

// node_modules/xmlchars/xml/1.1/ed2.js
var require_ed2 = __commonJS({
  "node_modules/xmlchars/xml/1.1/ed2.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CHAR = "-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}";
    exports.RESTRICTED_CHAR = "-\b\v\f-\x7F-\x84\x86-\x9F";
    exports.S = " 	\r\n";
    exports.NAME_START_CHAR = ":A-Z_a-z\xC0-\xD6\xD8-\xF6\xF8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\u{10000}-\u{EFFFF}";
    exports.NAME_CHAR = "-" + exports.NAME_START_CHAR + ".0-9\xB7\u0300-\u036F\u203F-\u2040";
    exports.CHAR_RE = new RegExp("^[" + exports.CHAR + "]$", "u");
    exports.RESTRICTED_CHAR_RE = new RegExp("^[" + exports.RESTRICTED_CHAR + "]$", "u");
    exports.S_RE = new RegExp("^[" + exports.S + "]+$", "u");
    exports.NAME_START_CHAR_RE = new RegExp("^[" + exports.NAME_START_CHAR + "]$", "u");
    exports.NAME_CHAR_RE = new RegExp("^[" + exports.NAME_CHAR + "]$", "u");
    exports.NAME_RE = new RegExp("^[" + exports.NAME_START_CHAR + "][" + exports.NAME_CHAR + "]*$", "u");
    exports.NMTOKEN_RE = new RegExp("^[" + exports.NAME_CHAR + "]+$", "u");
    var TAB = 9;
    var NL = 10;
    var CR = 13;
    var SPACE = 32;
    exports.S_LIST = [SPACE, NL, CR, TAB];
    function isChar(c) {
      return c >= 1 && c <= 55295 || c >= 57344 && c <= 65533 || c >= 65536 && c <= 1114111;
    }
    exports.isChar = isChar;
    function isRestrictedChar(c) {
      return c >= 1 && c <= 8 || c === 11 || c === 12 || c >= 14 && c <= 31 || c >= 127 && c <= 132 || c >= 134 && c <= 159;
    }
    exports.isRestrictedChar = isRestrictedChar;
    function isCharAndNotRestricted(c) {
      return c === 9 || c === 10 || c === 13 || c > 31 && c < 127 || c === 133 || c > 159 && c <= 55295 || c >= 57344 && c <= 65533 || c >= 65536 && c <= 1114111;
    }
    exports.isCharAndNotRestricted = isCharAndNotRestricted;
    function isS(c) {
      return c === SPACE || c === NL || c === CR || c === TAB;
    }
    exports.isS = isS;
    function isNameStartChar(c) {
      return c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 58 || c === 95 || c === 8204 || c === 8205 || c >= 192 && c <= 214 || c >= 216 && c <= 246 || c >= 248 && c <= 767 || c >= 880 && c <= 893 || c >= 895 && c <= 8191 || c >= 8304 && c <= 8591 || c >= 11264 && c <= 12271 || c >= 12289 && c <= 55295 || c >= 63744 && c <= 64975 || c >= 65008 && c <= 65533 || c >= 65536 && c <= 983039;
    }
    exports.isNameStartChar = isNameStartChar;
    function isNameChar(c) {
      return isNameStartChar(c) || c >= 48 && c <= 57 || c === 45 || c === 46 || c === 183 || c >= 768 && c <= 879 || c >= 8255 && c <= 8256;
    }
    exports.isNameChar = isNameChar;
  }
});

// node_modules/xmlchars/xmlns/1.0/ed3.js
var require_ed3 = __commonJS({
  "node_modules/xmlchars/xmlns/1.0/ed3.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.NC_NAME_START_CHAR = "A-Z_a-z\xC0-\xD6\xD8-\xF6\xF8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\u{10000}-\u{EFFFF}";
    exports.NC_NAME_CHAR = "-" + exports.NC_NAME_START_CHAR + ".0-9\xB7\u0300-\u036F\u203F-\u2040";
    exports.NC_NAME_START_CHAR_RE = new RegExp("^[" + exports.NC_NAME_START_CHAR + "]$", "u");
    exports.NC_NAME_CHAR_RE = new RegExp("^[" + exports.NC_NAME_CHAR + "]$", "u");
    exports.NC_NAME_RE = new RegExp("^[" + exports.NC_NAME_START_CHAR + "][" + exports.NC_NAME_CHAR + "]*$", "u");
    function isNCNameStartChar(c) {
      return c >= 65 && c <= 90 || c === 95 || c >= 97 && c <= 122 || c >= 192 && c <= 214 || c >= 216 && c <= 246 || c >= 248 && c <= 767 || c >= 880 && c <= 893 || c >= 895 && c <= 8191 || c >= 8204 && c <= 8205 || c >= 8304 && c <= 8591 || c >= 11264 && c <= 12271 || c >= 12289 && c <= 55295 || c >= 63744 && c <= 64975 || c >= 65008 && c <= 65533 || c >= 65536 && c <= 983039;
    }
    exports.isNCNameStartChar = isNCNameStartChar;
    function isNCNameChar(c) {
      return isNCNameStartChar(c) || (c === 45 || c === 46 || c >= 48 && c <= 57 || c === 183 || c >= 768 && c <= 879 || c >= 8255 && c <= 8256);
    }
    exports.isNCNameChar = isNCNameChar;
  }
});

// node_modules/saxes/saxes.js
var require_saxes = __commonJS({
  "node_modules/saxes/saxes.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.SaxesParser = exports.EVENTS = void 0;
    var ed5 = require_ed5();
    var ed2 = require_ed2();
    var NSed3 = require_ed3();
    var isS = ed5.isS;
    var isChar10 = ed5.isChar;
    var isNameStartChar = ed5.isNameStartChar;
    var isNameChar = ed5.isNameChar;
    var S_LIST = ed5.S_LIST;
    var NAME_RE = ed5.NAME_RE;
    var isChar11 = ed2.isChar;
    var isNCNameStartChar = NSed3.isNCNameStartChar;
    var isNCNameChar = NSed3.isNCNameChar;
    var NC_NAME_RE = NSed3.NC_NAME_RE;
    var XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace";
    var XMLNS_NAMESPACE = "http://www.w3.org/2000/xmlns/";
    var rootNS = {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-assignment
      __proto__: null,
      xml: XML_NAMESPACE,
      xmlns: XMLNS_NAMESPACE
    };
    var XML_ENTITIES = {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-assignment
      __proto__: null,
      amp: "&",
      gt: ">",
      lt: "<",
      quot: '"',
      apos: "'"
    };
    var EOC = -1;
    var NL_LIKE = -2;
    var S_BEGIN = 0;
    var S_BEGIN_WHITESPACE = 1;
    var S_DOCTYPE = 2;
    var S_DOCTYPE_QUOTE = 3;
    var S_DTD = 4;
    var S_DTD_QUOTED = 5;
    var S_DTD_OPEN_WAKA = 6;
    var S_DTD_OPEN_WAKA_BANG = 7;
    var S_DTD_COMMENT = 8;
    var S_DTD_COMMENT_ENDING = 9;
    var S_DTD_COMMENT_ENDED = 10;
    var S_DTD_PI = 11;
    var S_DTD_PI_ENDING = 12;
    var S_TEXT = 13;
    var S_ENTITY = 14;
    var S_OPEN_WAKA = 15;
    var S_OPEN_WAKA_BANG = 16;
    var S_COMMENT = 17;
    var S_COMMENT_ENDING = 18;
    var S_COMMENT_ENDED = 19;
    var S_CDATA = 20;
    var S_CDATA_ENDING = 21;
    var S_CDATA_ENDING_2 = 22;
    var S_PI_FIRST_CHAR = 23;
    var S_PI_REST = 24;
    var S_PI_BODY = 25;
    var S_PI_ENDING = 26;
    var S_XML_DECL_NAME_START = 27;
    var S_XML_DECL_NAME = 28;
    var S_XML_DECL_EQ = 29;
    var S_XML_DECL_VALUE_START = 30;
    var S_XML_DECL_VALUE = 31;
    var S_XML_DECL_SEPARATOR = 32;
    var S_XML_DECL_ENDING = 33;
    var S_OPEN_TAG = 34;
    var S_OPEN_TAG_SLASH = 35;
    var S_ATTRIB = 36;
    var S_ATTRIB_NAME = 37;
    var S_ATTRIB_NAME_SAW_WHITE = 38;
    var S_ATTRIB_VALUE = 39;
    var S_ATTRIB_VALUE_QUOTED = 40;
    var S_ATTRIB_VALUE_CLOSED = 41;
    var S_ATTRIB_VALUE_UNQUOTED = 42;
    var S_CLOSE_TAG = 43;
    var S_CLOSE_TAG_SAW_WHITE = 44;
    var TAB = 9;
    var NL = 10;
    var CR = 13;
    var SPACE = 32;
    var BANG = 33;
    var DQUOTE = 34;
    var AMP = 38;
    var SQUOTE = 39;
    var MINUS = 45;
    var FORWARD_SLASH = 47;
    var SEMICOLON = 59;
    var LESS = 60;
    var EQUAL = 61;
    var GREATER = 62;
    var QUESTION = 63;
    var OPEN_BRACKET = 91;
    var CLOSE_BRACKET = 93;
    var NEL = 133;
    var LS = 8232;
    var isQuote = (c) => c === DQUOTE || c === SQUOTE;
    var QUOTES = [DQUOTE, SQUOTE];
    var DOCTYPE_TERMINATOR = [...QUOTES, OPEN_BRACKET, GREATER];
    var DTD_TERMINATOR = [...QUOTES, LESS, CLOSE_BRACKET];
    var XML_DECL_NAME_TERMINATOR = [EQUAL, QUESTION, ...S_LIST];
    var ATTRIB_VALUE_UNQUOTED_TERMINATOR = [...S_LIST, GREATER, AMP, LESS];
    function nsPairCheck(parser, prefix, uri) {
      switch (prefix) {
        case "xml":
          if (uri !== XML_NAMESPACE) {
            parser.fail(`xml prefix must be bound to ${XML_NAMESPACE}.`);
          }
          break;
        case "xmlns":
          if (uri !== XMLNS_NAMESPACE) {
            parser.fail(`xmlns prefix must be bound to ${XMLNS_NAMESPACE}.`);
          }
          break;
        default:
      }
      switch (uri) {
        case XMLNS_NAMESPACE:
          parser.fail(prefix === "" ? `the default namespace may not be set to ${uri}.` : `may not assign a prefix (even "xmlns") to the URI ${XMLNS_NAMESPACE}.`);
          break;
        case XML_NAMESPACE:
          switch (prefix) {
            case "xml":
              break;
            case "":
              parser.fail(`the default namespace may not be set to ${uri}.`);
              break;
            default:
              parser.fail("may not assign the xml namespace to another prefix.");
          }
          break;
        default:
      }
    }
    function nsMappingCheck(parser, mapping) {
      for (const local of Object.keys(mapping)) {
        nsPairCheck(parser, local, mapping[local]);
      }
    }
    var isNCName = (name) => NC_NAME_RE.test(name);
    var isName = (name) => NAME_RE.test(name);
    var FORBIDDEN_START = 0;
    var FORBIDDEN_BRACKET = 1;
    var FORBIDDEN_BRACKET_BRACKET = 2;
    exports.EVENTS = [
      "xmldecl",
      "text",
      "processinginstruction",
      "doctype",
      "comment",
      "opentagstart",
      "attribute",
      "opentag",
      "closetag",
      "cdata",
      "error",
      "end",
      "ready"
    ];
    var EVENT_NAME_TO_HANDLER_NAME = {
      xmldecl: "xmldeclHandler",
      text: "textHandler",
      processinginstruction: "piHandler",
      doctype: "doctypeHandler",
      comment: "commentHandler",
      opentagstart: "openTagStartHandler",
      attribute: "attributeHandler",
      opentag: "openTagHandler",
      closetag: "closeTagHandler",
      cdata: "cdataHandler",
      error: "errorHandler",
      end: "endHandler",
      ready: "readyHandler"
    };
    var SaxesParser2 = class {
      /**
       * @param opt The parser options.
       */
      constructor(opt) {
        this.opt = opt !== null && opt !== void 0 ? opt : {};
        this.fragmentOpt = !!this.opt.fragment;
        const xmlnsOpt = this.xmlnsOpt = !!this.opt.xmlns;
        this.trackPosition = this.opt.position !== false;
        this.fileName = this.opt.fileName;
        if (xmlnsOpt) {
          this.nameStartCheck = isNCNameStartChar;
          this.nameCheck = isNCNameChar;
          this.isName = isNCName;
          this.processAttribs = this.processAttribsNS;
          this.pushAttrib = this.pushAttribNS;
          this.ns = Object.assign({ __proto__: null }, rootNS);
          const additional = this.opt.additionalNamespaces;
          if (additional != null) {
            nsMappingCheck(this, additional);
            Object.assign(this.ns, additional);
          }
        } else {
          this.nameStartCheck = isNameStartChar;
          this.nameCheck = isNameChar;
          this.isName = isName;
          this.processAttribs = this.processAttribsPlain;
          this.pushAttrib = this.pushAttribPlain;
        }
        this.stateTable = [
          /* eslint-disable @typescript-eslint/unbound-method */
          this.sBegin,
          this.sBeginWhitespace,
          this.sDoctype,
          this.sDoctypeQuote,
          this.sDTD,
          this.sDTDQuoted,
          this.sDTDOpenWaka,
          this.sDTDOpenWakaBang,
          this.sDTDComment,
          this.sDTDCommentEnding,
          this.sDTDCommentEnded,
          this.sDTDPI,
          this.sDTDPIEnding,
          this.sText,
          this.sEntity,
          this.sOpenWaka,
          this.sOpenWakaBang,
          this.sComment,
          this.sCommentEnding,
          this.sCommentEnded,
          this.sCData,
          this.sCDataEnding,
          this.sCDataEnding2,
          this.sPIFirstChar,
          this.sPIRest,
          this.sPIBody,
          this.sPIEnding,
          this.sXMLDeclNameStart,
          this.sXMLDeclName,
          this.sXMLDeclEq,
          this.sXMLDeclValueStart,
          this.sXMLDeclValue,
          this.sXMLDeclSeparator,
          this.sXMLDeclEnding,
          this.sOpenTag,
          this.sOpenTagSlash,
          this.sAttrib,
          this.sAttribName,
          this.sAttribNameSawWhite,
          this.sAttribValue,
          this.sAttribValueQuoted,
          this.sAttribValueClosed,
          this.sAttribValueUnquoted,
          this.sCloseTag,
          this.sCloseTagSawWhite
          /* eslint-enable @typescript-eslint/unbound-method */
        ];
        this._init();
      }
      /**
       * Indicates whether or not the parser is closed. If ``true``, wait for
       * the ``ready`` event to write again.
       */
      get closed() {
        return this._closed;
      }
      _init() {
        var _a;
        this.openWakaBang = "";
        this.text = "";
        this.name = "";
        this.piTarget = "";
        this.entity = "";
        this.q = null;
        this.tags = [];
        this.tag = null;
        this.topNS = null;
        this.chunk = "";
        this.chunkPosition = 0;
        this.i = 0;
        this.prevI = 0;
        this.carriedFromPrevious = void 0;
        this.forbiddenState = FORBIDDEN_START;
        this.attribList = [];
        const { fragmentOpt } = this;
        this.state = fragmentOpt ? S_TEXT : S_BEGIN;
        this.reportedTextBeforeRoot = this.reportedTextAfterRoot = this.closedRoot = this.sawRoot = fragmentOpt;
        this.xmlDeclPossible = !fragmentOpt;
        this.xmlDeclExpects = ["version"];
        this.entityReturnState = void 0;
        let { defaultXMLVersion } = this.opt;
        if (defaultXMLVersion === void 0) {
          if (this.opt.forceXMLVersion === true) {
            throw new Error("forceXMLVersion set but defaultXMLVersion is not set");
          }
          defaultXMLVersion = "1.0";
        }
        this.setXMLVersion(defaultXMLVersion);
        this.positionAtNewLine = 0;
        this.doctype = false;
        this._closed = false;
        this.xmlDecl = {
          version: void 0,
          encoding: void 0,
          standalone: void 0
        };
        this.line = 1;
        this.column = 0;
        this.ENTITIES = Object.create(XML_ENTITIES);
        (_a = this.readyHandler) === null || _a === void 0 ? void 0 : _a.call(this);
      }
      /**
       * The stream position the parser is currently looking at. This field is
       * zero-based.
       *
       * This field is not based on counting Unicode characters but is to be
       * interpreted as a plain index into a JavaScript string.
       */
      get position() {
        return this.chunkPosition + this.i;
      }
      /**
       * The column number of the next character to be read by the parser.  *
       * This field is zero-based. (The first column in a line is 0.)
       *
       * This field reports the index at which the next character would be in the
       * line if the line were represented as a JavaScript string.  Note that this
       * *can* be different to a count based on the number of *Unicode characters*
       * due to how JavaScript handles astral plane characters.
       *
       * See [[column]] for a number that corresponds to a count of Unicode
       * characters.
       */
      get columnIndex() {
        return this.position - this.positionAtNewLine;
      }
      /**
       * Set an event listener on an event. The parser supports one handler per
       * event type. If you try to set an event handler over an existing handler,
       * the old handler is silently overwritten.
       *
       * @param name The event to listen to.
       *
       * @param handler The handler to set.
       */
      on(name, handler) {
        this[EVENT_NAME_TO_HANDLER_NAME[name]] = handler;
      }
      /**
       * Unset an event handler.
       *
       * @parma name The event to stop listening to.
       */
      off(name) {
        this[EVENT_NAME_TO_HANDLER_NAME[name]] = void 0;
      }
      /**
       * Make an error object. The error object will have a message that contains
       * the ``fileName`` option passed at the creation of the parser. If position
       * tracking was turned on, it will also have line and column number
       * information.
       *
       * @param message The message describing the error to report.
       *
       * @returns An error object with a properly formatted message.
       */
      makeError(message) {
        var _a;
        let msg = (_a = this.fileName) !== null && _a !== void 0 ? _a : "";
        if (this.trackPosition) {
          if (msg.length > 0) {
            msg += ":";
          }
          msg += `${this.line}:${this.column}`;
        }
        if (msg.length > 0) {
          msg += ": ";
        }
        return new Error(msg + message);
      }
      /**
       * Report a parsing error. This method is made public so that client code may
       * check for issues that are outside the scope of this project and can report
       * errors.
       *
       * @param message The error to report.
       *
       * @returns this
       */
      fail(message) {
        const err = this.makeError(message);
        const handler = this.errorHandler;
        if (handler === void 0) {
          throw err;
        } else {
          handler(err);
        }
        return this;
      }
      /**
       * Write a XML data to the parser.
       *
       * @param chunk The XML data to write.
       *
       * @returns this
       */
      // We do need object for the type here. Yes, it often causes problems
      // but not in this case.
      write(chunk) {
        if (this.closed) {
          return this.fail("cannot write after close; assign an onready handler.");
        }
        let end = false;
        if (chunk === null) {
          end = true;
          chunk = "";
        } else if (typeof chunk === "object") {
          chunk = chunk.toString();
        }
        if (this.carriedFromPrevious !== void 0) {
          chunk = `${this.carriedFromPrevious}${chunk}`;
          this.carriedFromPrevious = void 0;
        }
        let limit = chunk.length;
        const lastCode = chunk.charCodeAt(limit - 1);
        if (!end && // A trailing CR or surrogate must be carried over to the next
        // chunk.
        (lastCode === CR || lastCode >= 55296 && lastCode <= 56319)) {
          this.carriedFromPrevious = chunk[limit - 1];
          limit--;
          chunk = chunk.slice(0, limit);
        }
        const { stateTable } = this;
        this.chunk = chunk;
        this.i = 0;
        while (this.i < limit) {
          stateTable[this.state].call(this);
        }
        this.chunkPosition += limit;
        return end ? this.end() : this;
      }
      /**
       * Close the current stream. Perform final well-formedness checks and reset
       * the parser tstate.
       *
       * @returns this
       */
      close() {
        return this.write(null);
      }
      /**
       * Get a single code point out of the current chunk. This updates the current
       * position if we do position tracking.
       *
       * This is the algorithm to use for XML 1.0.
       *
       * @returns The character read.
       */
      getCode10() {
        const { chunk, i } = this;
        this.prevI = i;
        this.i = i + 1;
        if (i >= chunk.length) {
          return EOC;
        }
        const code = chunk.charCodeAt(i);
        this.column++;
        if (code < 55296) {
          if (code >= SPACE || code === TAB) {
            return code;
          }
          switch (code) {
            case NL:
              this.line++;
              this.column = 0;
              this.positionAtNewLine = this.position;
              return NL;
            case CR:
              if (chunk.charCodeAt(i + 1) === NL) {
                this.i = i + 2;
              }
              this.line++;
              this.column = 0;
              this.positionAtNewLine = this.position;
              return NL_LIKE;
            default:
              this.fail("disallowed character.");
              return code;
          }
        }
        if (code > 56319) {
          if (!(code >= 57344 && code <= 65533)) {
            this.fail("disallowed character.");
          }
          return code;
        }
        const final = 65536 + (code - 55296) * 1024 + (chunk.charCodeAt(i + 1) - 56320);
        this.i = i + 2;
        if (final > 1114111) {
          this.fail("disallowed character.");
        }
        return final;
      }
      /**
       * Get a single code point out of the current chunk. This updates the current
       * position if we do position tracking.
       *
       * This is the algorithm to use for XML 1.1.
       *
       * @returns {number} The character read.
       */
      getCode11() {
        const { chunk, i } = this;
        this.prevI = i;
        this.i = i + 1;
        if (i >= chunk.length) {
          return EOC;
        }
        const code = chunk.charCodeAt(i);
        this.column++;
        if (code < 55296) {
          if (code > 31 && code < 127 || code > 159 && code !== LS || code === TAB) {
            return code;
          }
          switch (code) {
            case NL:
              this.line++;
              this.column = 0;
              this.positionAtNewLine = this.position;
              return NL;
            case CR: {
              const next = chunk.charCodeAt(i + 1);
              if (next === NL || next === NEL) {
                this.i = i + 2;
              }
            }
            /* yes, fall through */
            case NEL:
            // 0x85
            case LS:
              this.line++;
              this.column = 0;
              this.positionAtNewLine = this.position;
              return NL_LIKE;
            default:
              this.fail("disallowed character.");
              return code;
          }
        }
        if (code > 56319) {
          if (!(code >= 57344 && code <= 65533)) {
            this.fail("disallowed character.");
          }
          return code;
        }
        const final = 65536 + (code - 55296) * 1024 + (chunk.charCodeAt(i + 1) - 56320);
        this.i = i + 2;
        if (final > 1114111) {
          this.fail("disallowed character.");
        }
        return final;
      }
      /**
       * Like ``getCode`` but with the return value normalized so that ``NL`` is
       * returned for ``NL_LIKE``.
       */
      getCodeNorm() {
        const c = this.getCode();
        return c === NL_LIKE ? NL : c;
      }
      unget() {
        this.i = this.prevI;
        this.column--;
      }
      /**
       * Capture characters into a buffer until encountering one of a set of
       * characters.
       *
       * @param chars An array of codepoints. Encountering a character in the array
       * ends the capture. (``chars`` may safely contain ``NL``.)
       *
       * @return The character code that made the capture end, or ``EOC`` if we hit
       * the end of the chunk. The return value cannot be NL_LIKE: NL is returned
       * instead.
       */
      captureTo(chars) {
        let { i: start } = this;
        const { chunk } = this;
        while (true) {
          const c = this.getCode();
          const isNLLike = c === NL_LIKE;
          const final = isNLLike ? NL : c;
          if (final === EOC || chars.includes(final)) {
            this.text += chunk.slice(start, this.prevI);
            return final;
          }
          if (isNLLike) {
            this.text += `${chunk.slice(start, this.prevI)}
`;
            start = this.i;
          }
        }
      }
      /**
       * Capture characters into a buffer until encountering a character.
       *
       * @param char The codepoint that ends the capture. **NOTE ``char`` MAY NOT
       * CONTAIN ``NL``.** Passing ``NL`` will result in buggy behavior.
       *
       * @return ``true`` if we ran into the character. Otherwise, we ran into the
       * end of the current chunk.
       */
      captureToChar(char) {
        let { i: start } = this;
        const { chunk } = this;
        while (true) {
          let c = this.getCode();
          switch (c) {
            case NL_LIKE:
              this.text += `${chunk.slice(start, this.prevI)}
`;
              start = this.i;
              c = NL;
              break;
            case EOC:
              this.text += chunk.slice(start);
              return false;
            default:
          }
          if (c === char) {
            this.text += chunk.slice(start, this.prevI);
            return true;
          }
        }
      }
      /**
       * Capture characters that satisfy ``isNameChar`` into the ``name`` field of
       * this parser.
       *
       * @return The character code that made the test fail, or ``EOC`` if we hit
       * the end of the chunk. The return value cannot be NL_LIKE: NL is returned
       * instead.
       */
      captureNameChars() {
        const { chunk, i: start } = this;
        while (true) {
          const c = this.getCode();
          if (c === EOC) {
            this.name += chunk.slice(start);
            return EOC;
          }
          if (!isNameChar(c)) {
            this.name += chunk.slice(start, this.prevI);
            return c === NL_LIKE ? NL : c;
          }
        }
      }
      /**
       * Skip white spaces.
       *
       * @return The character that ended the skip, or ``EOC`` if we hit
       * the end of the chunk. The return value cannot be NL_LIKE: NL is returned
       * instead.
       */
      skipSpaces() {
        while (true) {
          const c = this.getCodeNorm();
          if (c === EOC || !isS(c)) {
            return c;
          }
        }
      }
      setXMLVersion(version) {
        this.currentXMLVersion = version;
        if (version === "1.0") {
          this.isChar = isChar10;
          this.getCode = this.getCode10;
        } else {
          this.isChar = isChar11;
          this.getCode = this.getCode11;
        }
      }
      // STATE ENGINE METHODS
      // This needs to be a state separate from S_BEGIN_WHITESPACE because we want
      // to be sure never to come back to this state later.
      sBegin() {
        if (this.chunk.charCodeAt(0) === 65279) {
          this.i++;
          this.column++;
        }
        this.state = S_BEGIN_WHITESPACE;
      }
      sBeginWhitespace() {
        const iBefore = this.i;
        const c = this.skipSpaces();
        if (this.prevI !== iBefore) {
          this.xmlDeclPossible = false;
        }
        switch (c) {
          case LESS:
            this.state = S_OPEN_WAKA;
            if (this.text.length !== 0) {
              throw new Error("no-empty text at start");
            }
            break;
          case EOC:
            break;
          default:
            this.unget();
            this.state = S_TEXT;
            this.xmlDeclPossible = false;
        }
      }
      sDoctype() {
        var _a;
        const c = this.captureTo(DOCTYPE_TERMINATOR);
        switch (c) {
          case GREATER: {
            (_a = this.doctypeHandler) === null || _a === void 0 ? void 0 : _a.call(this, this.text);
            this.text = "";
            this.state = S_TEXT;
            this.doctype = true;
            break;
          }
          case EOC:
            break;
          default:
            this.text += String.fromCodePoint(c);
            if (c === OPEN_BRACKET) {
              this.state = S_DTD;
            } else if (isQuote(c)) {
              this.state = S_DOCTYPE_QUOTE;
              this.q = c;
            }
        }
      }
      sDoctypeQuote() {
        const q = this.q;
        if (this.captureToChar(q)) {
          this.text += String.fromCodePoint(q);
          this.q = null;
          this.state = S_DOCTYPE;
        }
      }
      sDTD() {
        const c = this.captureTo(DTD_TERMINATOR);
        if (c === EOC) {
          return;
        }
        this.text += String.fromCodePoint(c);
        if (c === CLOSE_BRACKET) {
          this.state = S_DOCTYPE;
        } else if (c === LESS) {
          this.state = S_DTD_OPEN_WAKA;
        } else if (isQuote(c)) {
          this.state = S_DTD_QUOTED;
          this.q = c;
        }
      }
      sDTDQuoted() {
        const q = this.q;
        if (this.captureToChar(q)) {
          this.text += String.fromCodePoint(q);
          this.state = S_DTD;
          this.q = null;
        }
      }
      sDTDOpenWaka() {
        const c = this.getCodeNorm();
        this.text += String.fromCodePoint(c);
        switch (c) {
          case BANG:
            this.state = S_DTD_OPEN_WAKA_BANG;
            this.openWakaBang = "";
            break;
          case QUESTION:
            this.state = S_DTD_PI;
            break;
          default:
            this.state = S_DTD;
        }
      }
      sDTDOpenWakaBang() {
        const char = String.fromCodePoint(this.getCodeNorm());
        const owb = this.openWakaBang += char;
        this.text += char;
        if (owb !== "-") {
          this.state = owb === "--" ? S_DTD_COMMENT : S_DTD;
          this.openWakaBang = "";
        }
      }
      sDTDComment() {
        if (this.captureToChar(MINUS)) {
          this.text += "-";
          this.state = S_DTD_COMMENT_ENDING;
        }
      }
      sDTDCommentEnding() {
        const c = this.getCodeNorm();
        this.text += String.fromCodePoint(c);
        this.state = c === MINUS ? S_DTD_COMMENT_ENDED : S_DTD_COMMENT;
      }
      sDTDCommentEnded() {
        const c = this.getCodeNorm();
        this.text += String.fromCodePoint(c);
        if (c === GREATER) {
          this.state = S_DTD;
        } else {
          this.fail("malformed comment.");
          this.state = S_DTD_COMMENT;
        }
      }
      sDTDPI() {
        if (this.captureToChar(QUESTION)) {
          this.text += "?";
          this.state = S_DTD_PI_ENDING;
        }
      }
      sDTDPIEnding() {
        const c = this.getCodeNorm();
        this.text += String.fromCodePoint(c);
        if (c === GREATER) {
          this.state = S_DTD;
        }
      }
      sText() {
        if (this.tags.length !== 0) {
          this.handleTextInRoot();
        } else {
          this.handleTextOutsideRoot();
        }
      }
      sEntity() {
        let { i: start } = this;
        const { chunk } = this;
        loop:
          while (true) {
            switch (this.getCode()) {
              case NL_LIKE:
                this.entity += `${chunk.slice(start, this.prevI)}
`;
                start = this.i;
                break;
              case SEMICOLON: {
                const { entityReturnState } = this;
                const entity = this.entity + chunk.slice(start, this.prevI);
                this.state = entityReturnState;
                let parsed;
                if (entity === "") {
                  this.fail("empty entity name.");
                  parsed = "&;";
                } else {
                  parsed = this.parseEntity(entity);
                  this.entity = "";
                }
                if (entityReturnState !== S_TEXT || this.textHandler !== void 0) {
                  this.text += parsed;
                }
                break loop;
              }
              case EOC:
                this.entity += chunk.slice(start);
                break loop;
              default:
            }
          }
      }
      sOpenWaka() {
        const c = this.getCode();
        if (isNameStartChar(c)) {
          this.state = S_OPEN_TAG;
          this.unget();
          this.xmlDeclPossible = false;
        } else {
          switch (c) {
            case FORWARD_SLASH:
              this.state = S_CLOSE_TAG;
              this.xmlDeclPossible = false;
              break;
            case BANG:
              this.state = S_OPEN_WAKA_BANG;
              this.openWakaBang = "";
              this.xmlDeclPossible = false;
              break;
            case QUESTION:
              this.state = S_PI_FIRST_CHAR;
              break;
            default:
              this.fail("disallowed character in tag name");
              this.state = S_TEXT;
              this.xmlDeclPossible = false;
          }
        }
      }
      sOpenWakaBang() {
        this.openWakaBang += String.fromCodePoint(this.getCodeNorm());
        switch (this.openWakaBang) {
          case "[CDATA[":
            if (!this.sawRoot && !this.reportedTextBeforeRoot) {
              this.fail("text data outside of root node.");
              this.reportedTextBeforeRoot = true;
            }
            if (this.closedRoot && !this.reportedTextAfterRoot) {
              this.fail("text data outside of root node.");
              this.reportedTextAfterRoot = true;
            }
            this.state = S_CDATA;
            this.openWakaBang = "";
            break;
          case "--":
            this.state = S_COMMENT;
            this.openWakaBang = "";
            break;
          case "DOCTYPE":
            this.state = S_DOCTYPE;
            if (this.doctype || this.sawRoot) {
              this.fail("inappropriately located doctype declaration.");
            }
            this.openWakaBang = "";
            break;
          default:
            if (this.openWakaBang.length >= 7) {
              this.fail("incorrect syntax.");
            }
        }
      }
      sComment() {
        if (this.captureToChar(MINUS)) {
          this.state = S_COMMENT_ENDING;
        }
      }
      sCommentEnding() {
        var _a;
        const c = this.getCodeNorm();
        if (c === MINUS) {
          this.state = S_COMMENT_ENDED;
          (_a = this.commentHandler) === null || _a === void 0 ? void 0 : _a.call(this, this.text);
          this.text = "";
        } else {
          this.text += `-${String.fromCodePoint(c)}`;
          this.state = S_COMMENT;
        }
      }
      sCommentEnded() {
        const c = this.getCodeNorm();
        if (c !== GREATER) {
          this.fail("malformed comment.");
          this.text += `--${String.fromCodePoint(c)}`;
          this.state = S_COMMENT;
        } else {
          this.state = S_TEXT;
        }
      }
      sCData() {
        if (this.captureToChar(CLOSE_BRACKET)) {
          this.state = S_CDATA_ENDING;
        }
      }
      sCDataEnding() {
        const c = this.getCodeNorm();
        if (c === CLOSE_BRACKET) {
          this.state = S_CDATA_ENDING_2;
        } else {
          this.text += `]${String.fromCodePoint(c)}`;
          this.state = S_CDATA;
        }
      }
      sCDataEnding2() {
        var _a;
        const c = this.getCodeNorm();
        switch (c) {
          case GREATER: {
            (_a = this.cdataHandler) === null || _a === void 0 ? void 0 : _a.call(this, this.text);
            this.text = "";
            this.state = S_TEXT;
            break;
          }
          case CLOSE_BRACKET:
            this.text += "]";
            break;
          default:
            this.text += `]]${String.fromCodePoint(c)}`;
            this.state = S_CDATA;
        }
      }
      // We need this separate state to check the first character fo the pi target
      // with this.nameStartCheck which allows less characters than this.nameCheck.
      sPIFirstChar() {
        const c = this.getCodeNorm();
        if (this.nameStartCheck(c)) {
          this.piTarget += String.fromCodePoint(c);
          this.state = S_PI_REST;
        } else if (c === QUESTION || isS(c)) {
          this.fail("processing instruction without a target.");
          this.state = c === QUESTION ? S_PI_ENDING : S_PI_BODY;
        } else {
          this.fail("disallowed character in processing instruction name.");
          this.piTarget += String.fromCodePoint(c);
          this.state = S_PI_REST;
        }
      }
      sPIRest() {
        const { chunk, i: start } = this;
        while (true) {
          const c = this.getCodeNorm();
          if (c === EOC) {
            this.piTarget += chunk.slice(start);
            return;
          }
          if (!this.nameCheck(c)) {
            this.piTarget += chunk.slice(start, this.prevI);
            const isQuestion = c === QUESTION;
            if (isQuestion || isS(c)) {
              if (this.piTarget === "xml") {
                if (!this.xmlDeclPossible) {
                  this.fail("an XML declaration must be at the start of the document.");
                }
                this.state = isQuestion ? S_XML_DECL_ENDING : S_XML_DECL_NAME_START;
              } else {
                this.state = isQuestion ? S_PI_ENDING : S_PI_BODY;
              }
            } else {
              this.fail("disallowed character in processing instruction name.");
              this.piTarget += String.fromCodePoint(c);
            }
            break;
          }
        }
      }
      sPIBody() {
        if (this.text.length === 0) {
          const c = this.getCodeNorm();
          if (c === QUESTION) {
            this.state = S_PI_ENDING;
          } else if (!isS(c)) {
            this.text = String.fromCodePoint(c);
          }
        } else if (this.captureToChar(QUESTION)) {
          this.state = S_PI_ENDING;
        }
      }
      sPIEnding() {
        var _a;
        const c = this.getCodeNorm();
        if (c === GREATER) {
          const { piTarget } = this;
          if (piTarget.toLowerCase() === "xml") {
            this.fail("the XML declaration must appear at the start of the document.");
          }
          (_a = this.piHandler) === null || _a === void 0 ? void 0 : _a.call(this, {
            target: piTarget,
            body: this.text
          });
          this.piTarget = this.text = "";
          this.state = S_TEXT;
        } else if (c === QUESTION) {
          this.text += "?";
        } else {
          this.text += `?${String.fromCodePoint(c)}`;
          this.state = S_PI_BODY;
        }
        this.xmlDeclPossible = false;
      }
      sXMLDeclNameStart() {
        const c = this.skipSpaces();
        if (c === QUESTION) {
          this.state = S_XML_DECL_ENDING;
          return;
        }
        if (c !== EOC) {
          this.state = S_XML_DECL_NAME;
          this.name = String.fromCodePoint(c);
        }
      }
      sXMLDeclName() {
        const c = this.captureTo(XML_DECL_NAME_TERMINATOR);
        if (c === QUESTION) {
          this.state = S_XML_DECL_ENDING;
          this.name += this.text;
          this.text = "";
          this.fail("XML declaration is incomplete.");
          return;
        }
        if (!(isS(c) || c === EQUAL)) {
          return;
        }
        this.name += this.text;
        this.text = "";
        if (!this.xmlDeclExpects.includes(this.name)) {
          switch (this.name.length) {
            case 0:
              this.fail("did not expect any more name/value pairs.");
              break;
            case 1:
              this.fail(`expected the name ${this.xmlDeclExpects[0]}.`);
              break;
            default:
              this.fail(`expected one of ${this.xmlDeclExpects.join(", ")}`);
          }
        }
        this.state = c === EQUAL ? S_XML_DECL_VALUE_START : S_XML_DECL_EQ;
      }
      sXMLDeclEq() {
        const c = this.getCodeNorm();
        if (c === QUESTION) {
          this.state = S_XML_DECL_ENDING;
          this.fail("XML declaration is incomplete.");
          return;
        }
        if (isS(c)) {
          return;
        }
        if (c !== EQUAL) {
          this.fail("value required.");
        }
        this.state = S_XML_DECL_VALUE_START;
      }
      sXMLDeclValueStart() {
        const c = this.getCodeNorm();
        if (c === QUESTION) {
          this.state = S_XML_DECL_ENDING;
          this.fail("XML declaration is incomplete.");
          return;
        }
        if (isS(c)) {
          return;
        }
        if (!isQuote(c)) {
          this.fail("value must be quoted.");
          this.q = SPACE;
        } else {
          this.q = c;
        }
        this.state = S_XML_DECL_VALUE;
      }
      sXMLDeclValue() {
        const c = this.captureTo([this.q, QUESTION]);
        if (c === QUESTION) {
          this.state = S_XML_DECL_ENDING;
          this.text = "";
          this.fail("XML declaration is incomplete.");
          return;
        }
        if (c === EOC) {
          return;
        }
        const value = this.text;
        this.text = "";
        switch (this.name) {
          case "version": {
            this.xmlDeclExpects = ["encoding", "standalone"];
            const version = value;
            this.xmlDecl.version = version;
            if (!/^1\.[0-9]+$/.test(version)) {
              this.fail("version number must match /^1\\.[0-9]+$/.");
            } else if (!this.opt.forceXMLVersion) {
              this.setXMLVersion(version);
            }
            break;
          }
          case "encoding":
            if (!/^[A-Za-z][A-Za-z0-9._-]*$/.test(value)) {
              this.fail("encoding value must match /^[A-Za-z0-9][A-Za-z0-9._-]*$/.");
            }
            this.xmlDeclExpects = ["standalone"];
            this.xmlDecl.encoding = value;
            break;
          case "standalone":
            if (value !== "yes" && value !== "no") {
              this.fail('standalone value must match "yes" or "no".');
            }
            this.xmlDeclExpects = [];
            this.xmlDecl.standalone = value;
            break;
          default:
        }
        this.name = "";
        this.state = S_XML_DECL_SEPARATOR;
      }
      sXMLDeclSeparator() {
        const c = this.getCodeNorm();
        if (c === QUESTION) {
          this.state = S_XML_DECL_ENDING;
          return;
        }
        if (!isS(c)) {
          this.fail("whitespace required.");
          this.unget();
        }
        this.state = S_XML_DECL_NAME_START;
      }
      sXMLDeclEnding() {
        var _a;
        const c = this.getCodeNorm();
        if (c === GREATER) {
          if (this.piTarget !== "xml") {
            this.fail("processing instructions are not allowed before root.");
          } else if (this.name !== "version" && this.xmlDeclExpects.includes("version")) {
            this.fail("XML declaration must contain a version.");
          }
          (_a = this.xmldeclHandler) === null || _a === void 0 ? void 0 : _a.call(this, this.xmlDecl);
          this.name = "";
          this.piTarget = this.text = "";
          this.state = S_TEXT;
        } else {
          this.fail("The character ? is disallowed anywhere in XML declarations.");
        }
        this.xmlDeclPossible = false;
      }
      sOpenTag() {
        var _a;
        const c = this.captureNameChars();
        if (c === EOC) {
          return;
        }
        const tag = this.tag = {
          name: this.name,
          attributes: /* @__PURE__ */ Object.create(null)
        };
        this.name = "";
        if (this.xmlnsOpt) {
          this.topNS = tag.ns = /* @__PURE__ */ Object.create(null);
        }
        (_a = this.openTagStartHandler) === null || _a === void 0 ? void 0 : _a.call(this, tag);
        this.sawRoot = true;
        if (!this.fragmentOpt && this.closedRoot) {
          this.fail("documents may contain only one root.");
        }
        switch (c) {
          case GREATER:
            this.openTag();
            break;
          case FORWARD_SLASH:
            this.state = S_OPEN_TAG_SLASH;
            break;
          default:
            if (!isS(c)) {
              this.fail("disallowed character in tag name.");
            }
            this.state = S_ATTRIB;
        }
      }
      sOpenTagSlash() {
        if (this.getCode() === GREATER) {
          this.openSelfClosingTag();
        } else {
          this.fail("forward-slash in opening tag not followed by >.");
          this.state = S_ATTRIB;
        }
      }
      sAttrib() {
        const c = this.skipSpaces();
        if (c === EOC) {
          return;
        }
        if (isNameStartChar(c)) {
          this.unget();
          this.state = S_ATTRIB_NAME;
        } else if (c === GREATER) {
          this.openTag();
        } else if (c === FORWARD_SLASH) {
          this.state = S_OPEN_TAG_SLASH;
        } else {
          this.fail("disallowed character in attribute name.");
        }
      }
      sAttribName() {
        const c = this.captureNameChars();
        if (c === EQUAL) {
          this.state = S_ATTRIB_VALUE;
        } else if (isS(c)) {
          this.state = S_ATTRIB_NAME_SAW_WHITE;
        } else if (c === GREATER) {
          this.fail("attribute without value.");
          this.pushAttrib(this.name, this.name);
          this.name = this.text = "";
          this.openTag();
        } else if (c !== EOC) {
          this.fail("disallowed character in attribute name.");
        }
      }
      sAttribNameSawWhite() {
        const c = this.skipSpaces();
        switch (c) {
          case EOC:
            return;
          case EQUAL:
            this.state = S_ATTRIB_VALUE;
            break;
          default:
            this.fail("attribute without value.");
            this.text = "";
            this.name = "";
            if (c === GREATER) {
              this.openTag();
            } else if (isNameStartChar(c)) {
              this.unget();
              this.state = S_ATTRIB_NAME;
            } else {
              this.fail("disallowed character in attribute name.");
              this.state = S_ATTRIB;
            }
        }
      }
      sAttribValue() {
        const c = this.getCodeNorm();
        if (isQuote(c)) {
          this.q = c;
          this.state = S_ATTRIB_VALUE_QUOTED;
        } else if (!isS(c)) {
          this.fail("unquoted attribute value.");
          this.state = S_ATTRIB_VALUE_UNQUOTED;
          this.unget();
        }
      }
      sAttribValueQuoted() {
        const { q, chunk } = this;
        let { i: start } = this;
        while (true) {
          switch (this.getCode()) {
            case q:
              this.pushAttrib(this.name, this.text + chunk.slice(start, this.prevI));
              this.name = this.text = "";
              this.q = null;
              this.state = S_ATTRIB_VALUE_CLOSED;
              return;
            case AMP:
              this.text += chunk.slice(start, this.prevI);
              this.state = S_ENTITY;
              this.entityReturnState = S_ATTRIB_VALUE_QUOTED;
              return;
            case NL:
            case NL_LIKE:
            case TAB:
              this.text += `${chunk.slice(start, this.prevI)} `;
              start = this.i;
              break;
            case LESS:
              this.text += chunk.slice(start, this.prevI);
              this.fail("disallowed character.");
              return;
            case EOC:
              this.text += chunk.slice(start);
              return;
            default:
          }
        }
      }
      sAttribValueClosed() {
        const c = this.getCodeNorm();
        if (isS(c)) {
          this.state = S_ATTRIB;
        } else if (c === GREATER) {
          this.openTag();
        } else if (c === FORWARD_SLASH) {
          this.state = S_OPEN_TAG_SLASH;
        } else if (isNameStartChar(c)) {
          this.fail("no whitespace between attributes.");
          this.unget();
          this.state = S_ATTRIB_NAME;
        } else {
          this.fail("disallowed character in attribute name.");
        }
      }
      sAttribValueUnquoted() {
        const c = this.captureTo(ATTRIB_VALUE_UNQUOTED_TERMINATOR);
        switch (c) {
          case AMP:
            this.state = S_ENTITY;
            this.entityReturnState = S_ATTRIB_VALUE_UNQUOTED;
            break;
          case LESS:
            this.fail("disallowed character.");
            break;
          case EOC:
            break;
          default:
            if (this.text.includes("]]>")) {
              this.fail('the string "]]>" is disallowed in char data.');
            }
            this.pushAttrib(this.name, this.text);
            this.name = this.text = "";
            if (c === GREATER) {
              this.openTag();
            } else {
              this.state = S_ATTRIB;
            }
        }
      }
      sCloseTag() {
        const c = this.captureNameChars();
        if (c === GREATER) {
          this.closeTag();
        } else if (isS(c)) {
          this.state = S_CLOSE_TAG_SAW_WHITE;
        } else if (c !== EOC) {
          this.fail("disallowed character in closing tag.");
        }
      }
      sCloseTagSawWhite() {
        switch (this.skipSpaces()) {
          case GREATER:
            this.closeTag();
            break;
          case EOC:
            break;
          default:
            this.fail("disallowed character in closing tag.");
        }
      }
      // END OF STATE ENGINE METHODS
      handleTextInRoot() {
        let { i: start, forbiddenState } = this;
        const { chunk, textHandler: handler } = this;
        scanLoop:
          while (true) {
            switch (this.getCode()) {
              case LESS: {
                this.state = S_OPEN_WAKA;
                if (handler !== void 0) {
                  const { text } = this;
                  const slice = chunk.slice(start, this.prevI);
                  if (text.length !== 0) {
                    handler(text + slice);
                    this.text = "";
                  } else if (slice.length !== 0) {
                    handler(slice);
                  }
                }
                forbiddenState = FORBIDDEN_START;
                break scanLoop;
              }
              case AMP:
                this.state = S_ENTITY;
                this.entityReturnState = S_TEXT;
                if (handler !== void 0) {
                  this.text += chunk.slice(start, this.prevI);
                }
                forbiddenState = FORBIDDEN_START;
                break scanLoop;
              case CLOSE_BRACKET:
                switch (forbiddenState) {
                  case FORBIDDEN_START:
                    forbiddenState = FORBIDDEN_BRACKET;
                    break;
                  case FORBIDDEN_BRACKET:
                    forbiddenState = FORBIDDEN_BRACKET_BRACKET;
                    break;
                  case FORBIDDEN_BRACKET_BRACKET:
                    break;
                  default:
                    throw new Error("impossible state");
                }
                break;
              case GREATER:
                if (forbiddenState === FORBIDDEN_BRACKET_BRACKET) {
                  this.fail('the string "]]>" is disallowed in char data.');
                }
                forbiddenState = FORBIDDEN_START;
                break;
              case NL_LIKE:
                if (handler !== void 0) {
                  this.text += `${chunk.slice(start, this.prevI)}
`;
                }
                start = this.i;
                forbiddenState = FORBIDDEN_START;
                break;
              case EOC:
                if (handler !== void 0) {
                  this.text += chunk.slice(start);
                }
                break scanLoop;
              default:
                forbiddenState = FORBIDDEN_START;
            }
          }
        this.forbiddenState = forbiddenState;
      }
      handleTextOutsideRoot() {
        let { i: start } = this;
        const { chunk, textHandler: handler } = this;
        let nonSpace = false;
        outRootLoop:
          while (true) {
            const code = this.getCode();
            switch (code) {
              case LESS: {
                this.state = S_OPEN_WAKA;
                if (handler !== void 0) {
                  const { text } = this;
                  const slice = chunk.slice(start, this.prevI);
                  if (text.length !== 0) {
                    handler(text + slice);
                    this.text = "";
                  } else if (slice.length !== 0) {
                    handler(slice);
                  }
                }
                break outRootLoop;
              }
              case AMP:
                this.state = S_ENTITY;
                this.entityReturnState = S_TEXT;
                if (handler !== void 0) {
                  this.text += chunk.slice(start, this.prevI);
                }
                nonSpace = true;
                break outRootLoop;
              case NL_LIKE:
                if (handler !== void 0) {
                  this.text += `${chunk.slice(start, this.prevI)}
`;
                }
                start = this.i;
                break;
              case EOC:
                if (handler !== void 0) {
                  this.text += chunk.slice(start);
                }
                break outRootLoop;
              default:
                if (!isS(code)) {
                  nonSpace = true;
                }
            }
          }
        if (!nonSpace) {
          return;
        }
        if (!this.sawRoot && !this.reportedTextBeforeRoot) {
          this.fail("text data outside of root node.");
          this.reportedTextBeforeRoot = true;
        }
        if (this.closedRoot && !this.reportedTextAfterRoot) {
          this.fail("text data outside of root node.");
          this.reportedTextAfterRoot = true;
        }
      }
      pushAttribNS(name, value) {
        var _a;
        const { prefix, local } = this.qname(name);
        const attr = { name, prefix, local, value };
        this.attribList.push(attr);
        (_a = this.attributeHandler) === null || _a === void 0 ? void 0 : _a.call(this, attr);
        if (prefix === "xmlns") {
          const trimmed = value.trim();
          if (this.currentXMLVersion === "1.0" && trimmed === "") {
            this.fail("invalid attempt to undefine prefix in XML 1.0");
          }
          this.topNS[local] = trimmed;
          nsPairCheck(this, local, trimmed);
        } else if (name === "xmlns") {
          const trimmed = value.trim();
          this.topNS[""] = trimmed;
          nsPairCheck(this, "", trimmed);
        }
      }
      pushAttribPlain(name, value) {
        var _a;
        const attr = { name, value };
        this.attribList.push(attr);
        (_a = this.attributeHandler) === null || _a === void 0 ? void 0 : _a.call(this, attr);
      }
      /**
       * End parsing. This performs final well-formedness checks and resets the
       * parser to a clean state.
       *
       * @returns this
       */
      end() {
        var _a, _b;
        if (!this.sawRoot) {
          this.fail("document must contain a root element.");
        }
        const { tags } = this;
        while (tags.length > 0) {
          const tag = tags.pop();
          this.fail(`unclosed tag: ${tag.name}`);
        }
        if (this.state !== S_BEGIN && this.state !== S_TEXT) {
          this.fail("unexpected end.");
        }
        const { text } = this;
        if (text.length !== 0) {
          (_a = this.textHandler) === null || _a === void 0 ? void 0 : _a.call(this, text);
          this.text = "";
        }
        this._closed = true;
        (_b = this.endHandler) === null || _b === void 0 ? void 0 : _b.call(this);
        this._init();
        return this;
      }
      /**
       * Resolve a namespace prefix.
       *
       * @param prefix The prefix to resolve.
       *
       * @returns The namespace URI or ``undefined`` if the prefix is not defined.
       */
      resolve(prefix) {
        var _a, _b;
        let uri = this.topNS[prefix];
        if (uri !== void 0) {
          return uri;
        }
        const { tags } = this;
        for (let index = tags.length - 1; index >= 0; index--) {
          uri = tags[index].ns[prefix];
          if (uri !== void 0) {
            return uri;
          }
        }
        uri = this.ns[prefix];
        if (uri !== void 0) {
          return uri;
        }
        return (_b = (_a = this.opt).resolvePrefix) === null || _b === void 0 ? void 0 : _b.call(_a, prefix);
      }
      /**
       * Parse a qname into its prefix and local name parts.
       *
       * @param name The name to parse
       *
       * @returns
       */
      qname(name) {
        const colon = name.indexOf(":");
        if (colon === -1) {
          return { prefix: "", local: name };
        }
        const local = name.slice(colon + 1);
        const prefix = name.slice(0, colon);
        if (prefix === "" || local === "" || local.includes(":")) {
          this.fail(`malformed name: ${name}.`);
        }
        return { prefix, local };
      }
      processAttribsNS() {
        var _a;
        const { attribList } = this;
        const tag = this.tag;
        {
          const { prefix, local } = this.qname(tag.name);
          tag.prefix = prefix;
          tag.local = local;
          const uri = tag.uri = (_a = this.resolve(prefix)) !== null && _a !== void 0 ? _a : "";
          if (prefix !== "") {
            if (prefix === "xmlns") {
              this.fail('tags may not have "xmlns" as prefix.');
            }
            if (uri === "") {
              this.fail(`unbound namespace prefix: ${JSON.stringify(prefix)}.`);
              tag.uri = prefix;
            }
          }
        }
        if (attribList.length === 0) {
          return;
        }
        const { attributes } = tag;
        const seen = /* @__PURE__ */ new Set();
        for (const attr of attribList) {
          const { name, prefix, local } = attr;
          let uri;
          let eqname;
          if (prefix === "") {
            uri = name === "xmlns" ? XMLNS_NAMESPACE : "";
            eqname = name;
          } else {
            uri = this.resolve(prefix);
            if (uri === void 0) {
              this.fail(`unbound namespace prefix: ${JSON.stringify(prefix)}.`);
              uri = prefix;
            }
            eqname = `{${uri}}${local}`;
          }
          if (seen.has(eqname)) {
            this.fail(`duplicate attribute: ${eqname}.`);
          }
          seen.add(eqname);
          attr.uri = uri;
          attributes[name] = attr;
        }
        this.attribList = [];
      }
      processAttribsPlain() {
        const { attribList } = this;
        const attributes = this.tag.attributes;
        for (const { name, value } of attribList) {
          if (attributes[name] !== void 0) {
            this.fail(`duplicate attribute: ${name}.`);
          }
          attributes[name] = value;
        }
        this.attribList = [];
      }
      /**
       * Handle a complete open tag. This parser code calls this once it has seen
       * the whole tag. This method checks for well-formeness and then emits
       * ``onopentag``.
       */
      openTag() {
        var _a;
        this.processAttribs();
        const { tags } = this;
        const tag = this.tag;
        tag.isSelfClosing = false;
        (_a = this.openTagHandler) === null || _a === void 0 ? void 0 : _a.call(this, tag);
        tags.push(tag);
        this.state = S_TEXT;
        this.name = "";
      }
      /**
       * Handle a complete self-closing tag. This parser code calls this once it has
       * seen the whole tag. This method checks for well-formeness and then emits
       * ``onopentag`` and ``onclosetag``.
       */
      openSelfClosingTag() {
        var _a, _b, _c;
        this.processAttribs();
        const { tags } = this;
        const tag = this.tag;
        tag.isSelfClosing = true;
        (_a = this.openTagHandler) === null || _a === void 0 ? void 0 : _a.call(this, tag);
        (_b = this.closeTagHandler) === null || _b === void 0 ? void 0 : _b.call(this, tag);
        const top = this.tag = (_c = tags[tags.length - 1]) !== null && _c !== void 0 ? _c : null;
        if (top === null) {
          this.closedRoot = true;
        }
        this.state = S_TEXT;
        this.name = "";
      }
      /**
       * Handle a complete close tag. This parser code calls this once it has seen
       * the whole tag. This method checks for well-formeness and then emits
       * ``onclosetag``.
       */
      closeTag() {
        const { tags, name } = this;
        this.state = S_TEXT;
        this.name = "";
        if (name === "") {
          this.fail("weird empty close tag.");
          this.text += "</>";
          return;
        }
        const handler = this.closeTagHandler;
        let l = tags.length;
        while (l-- > 0) {
          const tag = this.tag = tags.pop();
          this.topNS = tag.ns;
          handler === null || handler === void 0 ? void 0 : handler(tag);
          if (tag.name === name) {
            break;
          }
          this.fail("unexpected close tag.");
        }
        if (l === 0) {
          this.closedRoot = true;
        } else if (l < 0) {
          this.fail(`unmatched closing tag: ${name}.`);
          this.text += `</${name}>`;
        }
      }
      /**
       * Resolves an entity. Makes any necessary well-formedness checks.
       *
       * @param entity The entity to resolve.
       *
       * @returns The parsed entity.
       */
      parseEntity(entity) {
        if (entity[0] !== "#") {
          const defined = this.ENTITIES[entity];
          if (defined !== void 0) {
            return defined;
          }
          this.fail(this.isName(entity) ? "undefined entity." : "disallowed character in entity name.");
          return `&${entity};`;
        }
        let num = NaN;
        if (entity[1] === "x" && /^#x[0-9a-f]+$/i.test(entity)) {
          num = parseInt(entity.slice(2), 16);
        } else if (/^#[0-9]+$/.test(entity)) {
          num = parseInt(entity.slice(1), 10);
        }
        if (!this.isChar(num)) {
          this.fail("malformed character entity.");
          return `&${entity};`;
        }
        return String.fromCodePoint(num);
      }
    };
    exports.SaxesParser = SaxesParser2;
  }
});

// src/reports/coverage.ts
import { createReadStream as createReadStream2 } from "node:fs";

// src/reports/junit.ts
var import_saxes = __toESM(require_saxes(), 1);
import { createReadStream } from "node:fs";
import { StringDecoder } from "node:string_decoder";

// src/reports/paths.ts
import path from "node:path";
function toSlashes(p) {
  return p.includes("\\") ? p.replace(/\\/g, "/") : p;
}
function isAbsolute(p) {
  return p.startsWith("/") || /^[A-Za-z]:\//.test(p);
}
function normalize(p) {
  const drive = /^[A-Za-z]:\//.test(p) ? p.slice(0, 2).toUpperCase() : "";
  const rest = drive ? p.slice(2) : p;
  const normalized = path.posix.normalize(rest);
  return drive + (normalized === "." ? "" : normalized);
}
function toWorkspacePath(file, workspace, base) {
  const given = toSlashes(file);
  if (given === "") return given;
  const ws = toSlashes(workspace);
  const root = normalize(isAbsolute(ws) ? ws : toSlashes(path.resolve(workspace)));
  const prefix = root.endsWith("/") ? root : `${root}/`;
  let full;
  if (isAbsolute(given)) {
    full = normalize(given);
  } else if (base === void 0 || base === "") {
    full = normalize(`${prefix}${given}`);
  } else {
    const from = toSlashes(base);
    full = normalize(isAbsolute(from) ? `${from}/${given}` : `${prefix}${from}/${given}`);
  }
  if (full.startsWith(prefix) && full.length > prefix.length) return full.slice(prefix.length);
  return base === void 0 || base === "" || isAbsolute(given) ? given : full;
}

// src/reports/junit.ts
var MESSAGE_LIMIT = 500;
var RANK = { passed: 0, skipped: 1, failure: 2, error: 3 };
async function parseJUnit(input, opts) {
  const maxFailures = opts.maxFailures ?? 200;
  const totals = { total: 0, passed: 0, failed: 0, errors: 0, skipped: 0 };
  const failures = [];
  let truncated = false;
  let timeSum = 0;
  let sawTime = false;
  await streamXml(input, opts.file, "junit", (xml) => {
    const suites = [];
    let caseDepth = 0;
    let caseAttrs = {};
    let outcome = "passed";
    let message;
    let textDepth = 0;
    let text = "";
    return {
      open(tag, depth) {
        const name = tag.name;
        if (depth === 1 && name !== "testsuites" && name !== "testsuite") {
          throw xml.error(`the root element is <${name}>, expected <testsuites> or <testsuite>`);
        }
        if (caseDepth === 0) {
          if (name === "testsuite" || name === "testsuites") {
            const parent = suites.at(-1);
            suites.push({
              pytest: (parent?.pytest ?? false) || name === "testsuite" && tag.attributes.name === "pytest",
              file: tag.attributes.file ?? parent?.file
            });
          } else if (name === "testcase") {
            caseDepth = depth;
            caseAttrs = tag.attributes;
            outcome = "passed";
            message = void 0;
          }
          return;
        }
        if (depth !== caseDepth + 1) return;
        const kind2 = name === "failure" ? "failure" : name === "error" ? "error" : name === "skipped" ? "skipped" : void 0;
        if (kind2 === void 0 || RANK[kind2] <= RANK[outcome]) return;
        outcome = kind2;
        if (kind2 === "skipped") return;
        message = firstLine(tag.attributes.message ?? "");
        if (message === "" && failures.length < maxFailures) {
          textDepth = depth;
          text = "";
          xml.captureText(true);
        }
      },
      text(chunk) {
        if (text.length < 4 * MESSAGE_LIMIT) text += chunk.slice(0, 4 * MESSAGE_LIMIT);
        else xml.captureText(false);
      },
      close(name, depth) {
        if (depth === textDepth) {
          textDepth = 0;
          xml.captureText(false);
          message = firstLine(text);
          text = "";
        }
        if (caseDepth === 0) {
          if (name === "testsuite" || name === "testsuites") suites.pop();
          return;
        }
        if (depth !== caseDepth) return;
        caseDepth = 0;
        totals.total++;
        const time = Number(caseAttrs.time);
        if (caseAttrs.time !== void 0 && caseAttrs.time !== "" && Number.isFinite(time)) {
          timeSum += time;
          sawTime = true;
        }
        if (outcome === "passed") totals.passed++;
        else if (outcome === "skipped") totals.skipped++;
        else {
          if (outcome === "failure") totals.failed++;
          else totals.errors++;
          if (failures.length < maxFailures) {
            failures.push(failedTest(caseAttrs, outcome, message ?? "", suites.at(-1), opts.workspace));
          } else truncated = true;
        }
      }
    };
  });
  if (sawTime) totals.time_seconds = Math.round(timeSum * 1e6) / 1e6;
  return { format: "junit", totals, failures, failures_truncated: truncated };
}
async function parseJUnitFile(path2, opts) {
  return parseJUnit(createReadStream(path2, { highWaterMark: 256 * 1024 }), {
    ...opts,
    file: opts.file ?? path2
  });
}
function failedTest(attrs, kind2, message, suite, workspace) {
  const name = attrs.name ?? "";
  const classname = attrs.classname || void 0;
  const test = { id: classname ? `${classname}::${name}` : name, name, kind: kind2, message };
  if (classname) test.classname = classname;
  const file = attrs.file ?? suite?.file;
  if (file) test.file = toWorkspacePath(file, workspace);
  if (attrs.line !== void 0 && /^\d+$/.test(attrs.line)) {
    test.line = Number(attrs.line) + (suite?.pytest ? 1 : 0);
  }
  return test;
}
function firstLine(text) {
  for (const line of text.slice(0, 8 * MESSAGE_LIMIT).split("\n")) {
    const trimmed = line.trim();
    if (trimmed !== "") return trimmed.length > MESSAGE_LIMIT ? `${trimmed.slice(0, MESSAGE_LIMIT - 1)}\u2026` : trimmed;
  }
  return "";
}
var MAX_DEPTH = 1e4;
var WRITE_SIZE = 64 * 1024;
var TEXT_CAP = 64 * 1024;
var NAME_CAP = 4 * 1024;
var ATTRIBUTE_CAP = 1024;
var PROLOG_CAP = 1024 * 1024;
async function streamXml(input, file, format, makeVisitor) {
  const parser = new import_saxes.SaxesParser({ xmlns: false, position: true });
  const buffers = parser;
  const where = () => `line ${parser.line} column ${parser.column}`;
  const control = {
    captureText(on) {
      if (on && visitor.text) {
        const deliver = visitor.text.bind(visitor);
        parser.on("text", deliver);
        parser.on("cdata", deliver);
      } else {
        parser.off("text");
        parser.off("cdata");
      }
    },
    error: (detail) => new ReportError(file, format, where(), detail)
  };
  const visitor = makeVisitor(control);
  let depth = 0;
  let sawRoot = false;
  let written = 0;
  parser.on("error", (err) => {
    throw new ReportError(file, format, where(), err.message.replace(/^\d+:\d+: /, ""));
  });
  parser.on("doctype", (doctype) => {
    if (/<!ENTITY/i.test(doctype)) {
      throw control.error("the DOCTYPE declares entities; entity declarations are refused (entity expansion attack?)");
    }
  });
  parser.on("opentag", (tag) => {
    sawRoot = true;
    if (++depth > MAX_DEPTH) throw control.error(`elements are nested deeper than ${MAX_DEPTH} levels`);
    visitor.open(tag, depth);
  });
  parser.on("closetag", (tag) => {
    visitor.close(tag.name, depth--);
  });
  let leadingLines = 0;
  let started = false;
  const checkStart = (text) => {
    const first = /[^\s\uFEFF]/.exec(text);
    if (!first) {
      leadingLines += text.split("\n").length - 1;
      return;
    }
    started = true;
    if (first[0] !== "<") {
      const before = text.slice(0, first.index);
      const line = leadingLines + before.split("\n").length;
      const column = first.index - before.lastIndexOf("\n");
      const seen = JSON.stringify(text.slice(first.index, first.index + 20));
      throw new ReportError(file, format, `line ${line} column ${column}`, `not XML: the content starts with ${seen}`);
    }
  };
  const write = (text) => {
    if (!started) checkStart(text);
    for (let i = 0; i < text.length; i += WRITE_SIZE) {
      const piece = text.length <= WRITE_SIZE ? text : text.slice(i, i + WRITE_SIZE);
      parser.write(piece);
      if (buffers.text.length > TEXT_CAP) buffers.text = buffers.text.slice(0, TEXT_CAP);
      if (buffers.name.length > NAME_CAP || buffers.entity.length > NAME_CAP || buffers.piTarget.length > NAME_CAP) {
        throw control.error(`a name longer than ${NAME_CAP} characters`);
      }
      if (buffers.attribList.length > ATTRIBUTE_CAP) {
        throw control.error(`an element with more than ${ATTRIBUTE_CAP} attributes`);
      }
      if (!sawRoot) {
        written += piece.length;
        if (written > PROLOG_CAP) throw control.error("more than 1 MiB before the root element (an oversized DOCTYPE?)");
      }
    }
  };
  if (typeof input === "string") write(input);
  else for await (const text of decode(input, file, format)) write(text);
  parser.close();
}
async function* decode(input, file, format) {
  let decoder;
  for await (const chunk of input) {
    if (typeof chunk === "string") {
      yield chunk;
      continue;
    }
    decoder ??= new StringDecoder(sniffEncoding(chunk, file, format));
    const text = decoder.write(chunk);
    if (text !== "") yield text;
  }
  const rest = decoder?.end();
  if (rest) yield rest;
}
function sniffEncoding(head, file, format) {
  if (head[0] === 255 && head[1] === 254) return "utf16le";
  if (head[0] === 254 && head[1] === 255) {
    throw new ReportError(file, format, "line 1 column 1", "UTF-16 big-endian files are not supported; convert to UTF-8");
  }
  const declaration = /^<\?xml[^>]*encoding\s*=\s*["']([\w.-]+)["']/.exec(head.toString("latin1", 0, 200));
  const encoding = declaration?.[1].toLowerCase();
  return encoding === "iso-8859-1" || encoding === "latin1" || encoding === "windows-1252" ? "latin1" : "utf8";
}

// src/reports/coverage-lines.ts
var DENSE_LIMIT = 1 << 20;
var LineSet = class {
  dense = new Uint8Array(64);
  sparse;
  add(line, hit) {
    const state = hit ? 2 : 1;
    if (line >= DENSE_LIMIT) {
      this.sparse ??= /* @__PURE__ */ new Map();
      this.sparse.set(line, hit || (this.sparse.get(line) ?? false));
      return;
    }
    if (line >= this.dense.length) {
      let size = this.dense.length;
      while (size <= line) size *= 2;
      const grown = new Uint8Array(Math.min(size, DENSE_LIMIT));
      grown.set(this.dense);
      this.dense = grown;
    }
    if (this.dense[line] < state) this.dense[line] = state;
  }
  /** Lines listed and lines hit. */
  counts() {
    let total = 0;
    let covered = 0;
    for (const state of this.dense) {
      if (state !== 0) total++;
      if (state === 2) covered++;
    }
    for (const hit of this.sparse?.values() ?? []) {
      total++;
      if (hit) covered++;
    }
    return { total, covered };
  }
};
function percentOf(covered, total) {
  return total > 0 ? 100 * covered / total : 100;
}
function istanbulPercent(covered, total) {
  if (total <= 0) return 100;
  const tmp = 1e3 * 100 * covered / total;
  return Math.floor(tmp / 10) / 100;
}
function reportFromFiles(format, files, display) {
  let covered = 0;
  let total = 0;
  let branchesCovered = 0;
  let branchesTotal = 0;
  let sawBranches = false;
  for (const f of files) {
    covered += f.lines_covered;
    total += f.lines_total;
    if (f.branches_total !== void 0) {
      sawBranches = true;
      branchesTotal += f.branches_total;
      branchesCovered += f.branches_covered ?? 0;
    }
  }
  const report = { format, lines_covered: covered, lines_total: total, percent: percentOf(covered, total), files };
  if (display) report.display_percent = display(covered, total);
  if (sawBranches) {
    report.branches_covered = branchesCovered;
    report.branches_total = branchesTotal;
  }
  return report;
}

// src/reports/coverage-cobertura.ts
async function parseCobertura(input, opts) {
  const byFile = /* @__PURE__ */ new Map();
  const sources = [];
  await streamXml(input, opts.file, "cobertura", (xml) => {
    let classDepth = 0;
    let current;
    let inClassLines = false;
    let sourceDepth = 0;
    let sourceText = "";
    return {
      open(tag, depth) {
        const name = tag.name;
        if (depth === 1) {
          if (name !== "coverage") throw xml.error(`the root element is <${name}>, expected <coverage>`);
          if (tag.attributes.clover !== void 0) throw xml.error("this is Clover XML, not Cobertura");
          return;
        }
        if (name === "source" && depth === 3) {
          sourceDepth = depth;
          sourceText = "";
          xml.captureText(true);
        } else if (name === "class" && classDepth === 0) {
          const filename = tag.attributes.filename;
          if (filename === void 0 || filename === "") throw xml.error("a <class> without a filename attribute");
          classDepth = depth;
          current = byFile.get(filename);
          if (!current) {
            current = { lines: new LineSet() };
            byFile.set(filename, current);
          }
        } else if (classDepth !== 0 && depth === classDepth + 1 && name === "lines") {
          inClassLines = true;
        } else if (inClassLines && depth === classDepth + 2 && name === "line" && current) {
          const number = tag.attributes.number ?? "";
          const hits = tag.attributes.hits ?? "";
          if (!/^\d+$/.test(number)) throw xml.error(`a <line> with number="${number.slice(0, 40)}"`);
          const count = Number(hits);
          if (hits === "" || !Number.isFinite(count)) throw xml.error(`a <line> with hits="${hits.slice(0, 40)}"`);
          const line = Number(number);
          current.lines.add(line, count > 0);
          const condition = /\((\d+)\/(\d+)\)/.exec(tag.attributes["condition-coverage"] ?? "");
          if (condition) {
            const branches = current.branches ??= /* @__PURE__ */ new Map();
            const seen = branches.get(line);
            const next = [Number(condition[1]), Number(condition[2])];
            if (!seen || next[1] > seen[1] || next[1] === seen[1] && next[0] > seen[0]) branches.set(line, next);
          }
        }
      },
      text(chunk) {
        if (sourceText.length < 64 * 1024) sourceText += chunk;
      },
      close(name, depth) {
        if (depth === sourceDepth) {
          sourceDepth = 0;
          xml.captureText(false);
          sources.push(sourceText.trim());
        } else if (depth === classDepth) {
          classDepth = 0;
          current = void 0;
          inClassLines = false;
        } else if (classDepth !== 0 && depth === classDepth + 1 && name === "lines") {
          inClassLines = false;
        }
      }
    };
  });
  const files = [];
  for (const [filename, { lines, branches }] of byFile) {
    const { total, covered } = lines.counts();
    const file = {
      file: toWorkspacePath(filename, opts.workspace, sources[0]),
      lines_covered: covered,
      lines_total: total
    };
    if (branches) {
      let branchesCovered = 0;
      let branchesTotal = 0;
      for (const [c, t] of branches.values()) {
        branchesCovered += c;
        branchesTotal += t;
      }
      file.branches_covered = branchesCovered;
      file.branches_total = branchesTotal;
    }
    files.push(file);
  }
  const report = reportFromFiles("cobertura", files);
  if (report.branches_total !== void 0) {
    for (const f of files) {
      f.branches_covered ??= 0;
      f.branches_total ??= 0;
    }
  }
  return report;
}

// src/reports/coverage-json.ts
import { readFile, stat } from "node:fs/promises";
var MAX_JSON_BYTES = 500 * 1024 * 1024;
var JsonCheck = class {
  constructor(file, format) {
    this.file = file;
    this.format = format;
  }
  file;
  format;
  fail(path2, detail) {
    throw new ReportError(this.file, this.format, path2, detail);
  }
  object(value, path2) {
    if (value === null || typeof value !== "object" || Array.isArray(value)) this.fail(path2, `expected an object, found ${kind(value)}`);
    return value;
  }
  count(value, path2) {
    if (typeof value !== "number" || !Number.isInteger(value) || value < 0) {
      this.fail(path2, `expected a whole number, found ${kind(value)}`);
    }
    return value;
  }
};
function kind(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "string") return `the string ${JSON.stringify(value.slice(0, 40))}`;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return typeof value === "object" ? "an object" : typeof value;
}
function member(path2, key) {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? `${path2}.${key}` : `${path2}[${JSON.stringify(key)}]`;
}
async function readJson(path2, file, format) {
  const { size } = await stat(path2);
  if (size > MAX_JSON_BYTES) throw new ReportError(file, format, "file size", `${size} bytes is more than a JSON report may have`);
  const text = await readFile(path2, "utf8");
  return parseJson(text, file, format);
}
function parseJson(text, file, format) {
  const body = text.charCodeAt(0) === 65279 ? text.slice(1) : text;
  try {
    return JSON.parse(body);
  } catch (error) {
    const message = error.message;
    const at = /position (\d+)/.exec(message);
    let where = "end of file";
    if (at) {
      const offset = Number(at[1]);
      const before = body.slice(0, offset);
      const line = before.split("\n").length;
      where = `line ${line} column ${offset - before.lastIndexOf("\n")}`;
    }
    throw new ReportError(file, format, where, `invalid JSON: ${message.replace(/, "[^]*" is not valid JSON$/, "")}`);
  }
}
function coveragePyReport(data, opts) {
  const check = new JsonCheck(opts.file, "coverage.py-json");
  const root = check.object(data, "$");
  const totals = check.object(root.totals, "$.totals");
  const filesObject = check.object(root.files, "$.files");
  const covered = check.count(totals.covered_lines, "$.totals.covered_lines");
  const total = check.count(totals.num_statements, "$.totals.num_statements");
  const files = [];
  for (const [name, entry] of Object.entries(filesObject)) {
    const path2 = member("$.files", name);
    const summary = check.object(check.object(entry, path2).summary, `${path2}.summary`);
    const file = {
      file: toWorkspacePath(name, opts.workspace),
      lines_covered: check.count(summary.covered_lines, `${path2}.summary.covered_lines`),
      lines_total: check.count(summary.num_statements, `${path2}.summary.num_statements`)
    };
    if (summary.num_branches !== void 0) {
      file.branches_total = check.count(summary.num_branches, `${path2}.summary.num_branches`);
      file.branches_covered = check.count(summary.covered_branches, `${path2}.summary.covered_branches`);
    }
    files.push(file);
  }
  const report = {
    format: "coverage.py-json",
    lines_covered: covered,
    lines_total: total,
    percent: percentOf(covered, total),
    files
  };
  if (typeof totals.percent_covered_display === "string") report.display_percent = totals.percent_covered_display;
  if (totals.num_branches !== void 0) {
    report.branches_total = check.count(totals.num_branches, "$.totals.num_branches");
    report.branches_covered = check.count(totals.covered_branches, "$.totals.covered_branches");
  }
  return report;
}
function istanbulSummaryReport(data, opts) {
  const check = new JsonCheck(opts.file, "istanbul-summary");
  const root = check.object(data, "$");
  const totalLines = check.object(check.object(root.total, "$.total").lines, "$.total.lines");
  const covered = check.count(totalLines.covered, "$.total.lines.covered");
  const total = check.count(totalLines.total, "$.total.lines.total");
  const files = [];
  for (const [name, entry] of Object.entries(root)) {
    if (name === "total") continue;
    const path2 = member("$", name);
    const metrics = check.object(entry, path2);
    const lines = check.object(metrics.lines, `${path2}.lines`);
    const file = {
      file: toWorkspacePath(name, opts.workspace),
      lines_covered: check.count(lines.covered, `${path2}.lines.covered`),
      lines_total: check.count(lines.total, `${path2}.lines.total`)
    };
    if (metrics.branches !== void 0) {
      const branches = check.object(metrics.branches, `${path2}.branches`);
      file.branches_covered = check.count(branches.covered, `${path2}.branches.covered`);
      file.branches_total = check.count(branches.total, `${path2}.branches.total`);
    }
    files.push(file);
  }
  const totalPct = typeof totalLines.pct === "number" ? totalLines.pct : istanbulPercent(covered, total);
  const report = {
    format: "istanbul-summary",
    lines_covered: covered,
    lines_total: total,
    percent: percentOf(covered, total),
    display_percent: String(totalPct),
    files
  };
  const rootBranches = check.object(root.total, "$.total").branches;
  if (rootBranches !== void 0) {
    const branches = check.object(rootBranches, "$.total.branches");
    report.branches_covered = check.count(branches.covered, "$.total.branches.covered");
    report.branches_total = check.count(branches.total, "$.total.branches.total");
  }
  return report;
}
function istanbulFinalReport(data, opts) {
  const check = new JsonCheck(opts.file, "istanbul-final");
  const root = check.object(data, "$");
  const files = [];
  for (const [name, entry] of Object.entries(root)) {
    let path2 = member("$", name);
    let coverage = check.object(entry, path2);
    if (coverage.data !== void 0 && coverage.statementMap === void 0) {
      path2 = `${path2}.data`;
      coverage = check.object(coverage.data, path2);
    }
    const statementMap = check.object(coverage.statementMap, `${path2}.statementMap`);
    const statements = check.object(coverage.s, `${path2}.s`);
    const lineHits = /* @__PURE__ */ new Map();
    for (const [id, hits] of Object.entries(statements)) {
      const location = statementMap[id];
      if (location === void 0) continue;
      const statementPath = `${path2}.statementMap${JSON.stringify([id])}`;
      const start = check.object(check.object(location, statementPath).start, `${statementPath}.start`);
      const line = check.count(start.line, `${statementPath}.start.line`);
      if (typeof hits !== "number") check.fail(`${path2}.s${JSON.stringify([id])}`, `expected a number, found ${kind(hits)}`);
      lineHits.set(line, (lineHits.get(line) ?? false) || hits > 0);
    }
    let covered = 0;
    for (const hit of lineHits.values()) if (hit) covered++;
    const file = {
      file: toWorkspacePath(typeof coverage.path === "string" ? coverage.path : name, opts.workspace),
      lines_covered: covered,
      lines_total: lineHits.size
    };
    if (coverage.b !== void 0) {
      const branchCounts = check.object(coverage.b, `${path2}.b`);
      let branchesCovered = 0;
      let branchesTotal = 0;
      for (const [id, counts] of Object.entries(branchCounts)) {
        if (!Array.isArray(counts)) check.fail(`${path2}.b${JSON.stringify([id])}`, `expected an array, found ${kind(counts)}`);
        branchesTotal += counts.length;
        for (const hits of counts) if (typeof hits === "number" && hits > 0) branchesCovered++;
      }
      file.branches_covered = branchesCovered;
      file.branches_total = branchesTotal;
    }
    files.push(file);
  }
  return reportFromFiles("istanbul-final", files, (c, t) => String(istanbulPercent(c, t)));
}
async function parseJsonCoverageFile(path2, format, opts) {
  const file = opts.file ?? path2;
  const data = await readJson(path2, file, format);
  const options = { file, workspace: opts.workspace };
  if (format === "coverage.py-json") return coveragePyReport(data, options);
  if (format === "istanbul-summary") return istanbulSummaryReport(data, options);
  return istanbulFinalReport(data, options);
}

// src/reports/coverage-lcov.ts
import { StringDecoder as StringDecoder2 } from "node:string_decoder";
var MAX_LINE = 64 * 1024;
async function parseLcov(input, opts) {
  const files = /* @__PURE__ */ new Map();
  let current;
  let lineNo = 0;
  const fail = (detail) => {
    throw new ReportError(opts.file, "lcov", `line ${lineNo}`, detail);
  };
  const count = (value, what) => {
    if (!/^\d+$/.test(value)) fail(`${what} is "${value.slice(0, 40)}", expected a whole number`);
    return Number(value);
  };
  const fastDa = (text, start, end) => {
    if (!current || end - start < 6 || text.charCodeAt(start) !== 68 || text.charCodeAt(start + 1) !== 65 || text.charCodeAt(start + 2) !== 58) {
      return false;
    }
    let i = start + 3;
    let line = 0;
    let digits = 0;
    for (let c = text.charCodeAt(i); c >= 48 && c <= 57; c = text.charCodeAt(++i)) {
      line = line * 10 + (c - 48);
      digits++;
    }
    if (digits === 0 || digits > 9 || text.charCodeAt(i) !== 44) return false;
    i++;
    let hit = false;
    digits = 0;
    for (let c = text.charCodeAt(i); c >= 48 && c <= 57 && i < end; c = text.charCodeAt(++i)) {
      if (c !== 48) hit = true;
      digits++;
    }
    if (digits === 0 || i < end && text.charCodeAt(i) !== 44 && text.charCodeAt(i) !== 13) return false;
    current.lines.add(line, hit);
    return true;
  };
  const handle = (text, start, end) => {
    lineNo++;
    if (fastDa(text, start, end)) return;
    let line = text.slice(start, end);
    if (line.endsWith("\r")) line = line.slice(0, -1);
    if (lineNo === 1 && line.startsWith("\uFEFF")) line = line.slice(1);
    if (line === "" || line.charCodeAt(0) <= 32 && line.trim() === "") return;
    if (line === "end_of_record") {
      if (!current) fail("end_of_record outside a record");
      current = void 0;
      return;
    }
    const colon = line.indexOf(":");
    const key = colon > 0 ? line.slice(0, colon) : "";
    if (!/^[A-Z][A-Z_]*$/.test(key)) fail(`"${line.slice(0, 60)}" is not an lcov record line (KEY:value)`);
    const value = line.slice(colon + 1);
    if (key === "SF") {
      if (value === "") fail("SF: without a file name");
      let file = files.get(value);
      if (!file) {
        file = { records: 0, lines: new LineSet(), branches: /* @__PURE__ */ new Map() };
        files.set(value, file);
      }
      file.records++;
      current = file;
      return;
    }
    if (key === "TN" || key === "VER") return;
    if (!current) fail(`${key}: before any SF: line`);
    const record = current;
    switch (key) {
      case "DA": {
        const [lineField, hitsField] = value.split(",");
        const hits = Number(hitsField);
        if (hitsField === void 0 || hitsField === "" || !Number.isFinite(hits)) fail(`DA:${value.slice(0, 40)} has no hit count`);
        record.lines.add(count(lineField, "the DA line number"), hits > 0);
        return;
      }
      case "BRDA": {
        const parts = value.split(",");
        if (parts.length < 4) fail(`BRDA:${value.slice(0, 40)} needs line,block,branch,taken`);
        const taken = parts[parts.length - 1];
        const key2 = parts.slice(0, -1).join(",");
        const hit = taken !== "-" && Number(taken) > 0;
        record.branches.set(key2, hit || (record.branches.get(key2) ?? false));
        return;
      }
      case "LF":
        record.lf = count(value, "LF");
        return;
      case "LH":
        record.lh = count(value, "LH");
        return;
      case "BRF":
        record.brf = count(value, "BRF");
        return;
      case "BRH":
        record.brh = count(value, "BRH");
        return;
      default:
        return;
    }
  };
  let rest = "";
  const feed = (text) => {
    let start = 0;
    let nl = text.indexOf("\n");
    if (rest !== "" && nl !== -1) {
      const joined = rest + text.slice(0, nl);
      handle(joined, 0, joined.length);
      rest = "";
      start = nl + 1;
      nl = text.indexOf("\n", start);
    }
    for (; nl !== -1; nl = text.indexOf("\n", start)) {
      handle(text, start, nl);
      start = nl + 1;
    }
    rest += text.slice(start);
    if (rest.length > MAX_LINE) {
      lineNo++;
      fail(`a line longer than ${MAX_LINE} characters`);
    }
  };
  if (typeof input === "string") feed(input);
  else {
    const decoder = new StringDecoder2("utf8");
    for await (const chunk of input) feed(typeof chunk === "string" ? chunk : decoder.write(chunk));
    feed(decoder.end());
  }
  if (rest !== "") handle(rest, 0, rest.length);
  if (files.size === 0) {
    throw new ReportError(opts.file, "lcov", `line ${lineNo}`, "no SF: record (no source file) in the report");
  }
  const result = [];
  for (const [name, f] of files) {
    const counted = f.lines.counts();
    const single = f.records === 1;
    const linesTotal = single && f.lf !== void 0 ? f.lf : counted.total;
    const file = {
      file: toWorkspacePath(name, opts.workspace),
      lines_covered: Math.min(single && f.lh !== void 0 ? f.lh : counted.covered, linesTotal),
      lines_total: linesTotal
    };
    let branchesHit = 0;
    for (const hit of f.branches.values()) if (hit) branchesHit++;
    const branchesTotal = single && f.brf !== void 0 ? f.brf : f.branches.size;
    if (branchesTotal > 0 || f.brf !== void 0) {
      file.branches_covered = Math.min(single && f.brh !== void 0 ? f.brh : branchesHit, branchesTotal);
      file.branches_total = branchesTotal;
    }
    result.push(file);
  }
  return reportFromFiles("lcov", result);
}

// src/reports/detect.ts
import { open } from "node:fs/promises";
var DETECT_BYTES = 64 * 1024;
async function detectFormat(path2) {
  const handle = await open(path2, "r");
  try {
    const buffer = Buffer.alloc(DETECT_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, DETECT_BYTES, 0);
    return detectFormatFromHead(buffer.subarray(0, bytesRead), path2);
  } finally {
    await handle.close();
  }
}
function detectFormatFromHead(head, file) {
  const unknown = (seen) => {
    throw new ReportError(
      file,
      "auto-detect",
      `first ${head.length < DETECT_BYTES ? head.length : DETECT_BYTES} bytes`,
      `not a JUnit, Cobertura, lcov, coverage.py JSON or Istanbul report: ${seen}`
    );
  };
  if (head.length === 0) unknown("the file is empty");
  if (head[0] === 31 && head[1] === 139) unknown("gzip-compressed data (decompress it first)");
  const utf16 = head[0] === 255 && head[1] === 254;
  const text = (utf16 ? head.toString("utf16le") : head.toString("utf8")).replace(/^\uFEFF/, "");
  if (text.includes("\0")) unknown("binary data (NUL bytes)");
  const start = text.trimStart();
  if (start === "") unknown("only white space");
  if (start.startsWith("<")) {
    const root = xmlRoot(start);
    if (root === void 0) unknown(`XML without a root element in the first 64 KiB (starts ${snippet(start)})`);
    if (root.name === "testsuites" || root.name === "testsuite") return "junit";
    if (root.name === "coverage") {
      if (/\sclover\s*=/.test(root.tag)) unknown("Clover XML (root <coverage clover=\u2026>), not Cobertura");
      return "cobertura";
    }
    return unknown(`XML whose root element is <${root.name}>`);
  }
  if (start.startsWith("{")) {
    if (/^\{\s*"meta"\s*:\s*\{/.test(start) && /"(branch_coverage|show_contexts)"\s*:/.test(start)) return "coverage.py-json";
    if (/^\{\s*"total"\s*:\s*\{\s*"(lines|statements|functions|branches)"\s*:/.test(start)) return "istanbul-summary";
    if (/"statementMap"\s*:\s*\{/.test(start) && /^\{\s*"[^"]*"\s*:\s*\{/.test(start)) return "istanbul-final";
    if (/^\{\s*\}\s*$/.test(start)) unknown("an empty JSON object (Istanbul writes {} when no file was instrumented)");
    if (/"\$schema"\s*:\s*"[^"]*sarif/i.test(start)) unknown("a SARIF report");
    return unknown(`JSON that starts ${snippet(start)}`);
  }
  if (start.startsWith("[")) unknown(`a JSON array (starts ${snippet(start)})`);
  const firstLine2 = start.slice(0, start.search(/\r?\n|$/));
  if (/^(TN|SF|VER):/.test(firstLine2)) return "lcov";
  return unknown(`text that starts ${snippet(start)}`);
}
function xmlRoot(text) {
  let i = 0;
  const after = (marker, from) => {
    const at = text.indexOf(marker, from);
    return at === -1 ? -1 : at + marker.length;
  };
  for (; ; ) {
    while (i < text.length && /\s/.test(text[i])) i++;
    if (text.startsWith("<?", i)) i = after("?>", i);
    else if (text.startsWith("<!--", i)) i = after("-->", i);
    else if (text.startsWith("<!", i)) {
      const bracket = text.indexOf("[", i);
      const close = text.indexOf(">", i);
      i = bracket !== -1 && (close === -1 || bracket < close) ? after(">", after("]", bracket)) : after(">", i);
    } else break;
    if (i === -1) return void 0;
  }
  const match = /^<([A-Za-z_][\w.:-]*)([^>]*)/.exec(text.slice(i, i + 4096));
  return match ? { name: match[1].replace(/^.*:/, ""), tag: match[2] } : void 0;
}
function snippet(text) {
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 60)}\u2026` : text);
}

// src/reports/coverage.ts
var COVERAGE_FORMATS = ["coverage.py-json", "cobertura", "lcov", "istanbul-summary", "istanbul-final"];
async function parseCoverage(path2, opts) {
  const format = opts.format ?? await detectFormat(path2);
  if (format === "junit") {
    throw new ReportError(path2, "auto-detect", "root element", "this is a JUnit test report, not a coverage report");
  }
  const options = { file: path2, workspace: opts.workspace };
  const stream = () => createReadStream2(path2, { highWaterMark: 256 * 1024 });
  switch (format) {
    case "cobertura":
      return parseCobertura(stream(), options);
    case "lcov":
      return parseLcov(stream(), options);
    case "coverage.py-json":
    case "istanbul-summary":
    case "istanbul-final":
      return parseJsonCoverageFile(path2, format, options);
    default:
      throw new ReportError(path2, String(format), "format", `unknown coverage format; expected one of ${COVERAGE_FORMATS.join(", ")}`);
  }
}

// src/reports/tests-and-coverage.ts
async function readTestReport(path2, opts) {
  const format = opts.format ?? await detectFormat(path2);
  if (format !== "junit") {
    throw opts.format === void 0 ? new ReportError(path2, "auto-detect", "content", `this is a ${format} coverage report, not a JUnit test report`) : new ReportError(path2, format, "format", "unknown test report format; the only one is junit");
  }
  return parseJUnitFile(path2, { workspace: opts.workspace, maxFailures: opts.maxFailures });
}
async function readCoverageReport(path2, opts) {
  return parseCoverage(path2, opts);
}

// src/engine/stages/testing.ts
async function testingStage(ctx, stage) {
  const { config, host } = ctx;
  const testing = config.stages.testing;
  const command = commandFor(ctx, testing.command, "stages.testing.command");
  if (!command) {
    stage.fail(
      "no test command is configured (stages.testing.command): nothing was tested. Configure one, or set stages.testing.enabled: false to skip the stage on purpose.",
      "configuration"
    );
    return;
  }
  const junit = testing.reports.junit && reportPathFor(ctx, testing.reports.junit.path, "stages.testing.reports.junit");
  const coverage = testing.reports.coverage && reportPathFor(ctx, testing.reports.coverage.path, "stages.testing.reports.coverage");
  if (!junit) stage.fail("no JUnit report is configured (stages.testing.reports.junit): the pass rate cannot be measured", "configuration");
  if (!coverage) stage.fail("no coverage report is configured (stages.testing.reports.coverage): coverage cannot be measured", "configuration");
  if (!junit || !coverage) return;
  const failingSets = [];
  const policy = config.error_recovery.testing;
  const started = host.now();
  let snapshot;
  const step = await runStep(ctx, stage, {
    purpose: "testing",
    command,
    timeoutSeconds: testing.timeout_seconds,
    policy,
    beforeAttempt: async () => {
      snapshot = await ReportSnapshot.take([junit, coverage]);
    },
    judge: async (result) => {
      const attempt2 = await readAttempt(ctx, result, junit, coverage, snapshot);
      return judgeAttempt(attempt2, failingSets, policy.retry_on_timeout);
    }
  });
  const { outcome } = step;
  if (step.cancelled) {
    stage.cancelled = true;
    stage.fail("cancelled while the tests ran", "cancelled");
    return;
  }
  const attempt = outcome.value;
  const now = host.now();
  const lastFailing = new Set((attempt.tests?.failures ?? []).map((f) => f.id));
  const flaky = [...new Set(failingSets.slice(0, -1).flatMap((s) => [...s]))].filter((id) => !lastFailing.has(id)).sort();
  stage.outputs.attempts = step.attempts;
  stage.outputs.flaky_tests = flaky;
  if (flaky.length > 0) stage.warnings.push(`flaky tests (failed, then passed on a rerun): ${flaky.join(", ")}`);
  if (!outcome.ok && !attempt.tests && !attempt.coverage) {
    stage.fail(`the test command failed: ${outcome.reason}`, classifyCommand(attempt.result, policy.retry_on_timeout).errorType ?? "exit_code");
  }
  if (attempt.tests) {
    const j = judgePassRate(attempt.tests, config.quality_gates.test_pass_rate.required, flaky);
    const exit = attempt.result.exitCode;
    if (j.passed && exit !== 0) {
      j.passed = false;
      j.errors.push(
        `the test command failed (${classifyCommand(attempt.result).description}) although its report shows no failing test; see the command output`
      );
    }
    stage.addGate(
      gateResult("test_pass_rate", started, now, {
        passed: j.passed,
        details: j.details,
        errors: j.errors,
        warnings: j.warnings,
        findings: j.findings,
        ...j.passed ? {} : { error_type: attempt.tests.totals.failed + attempt.tests.totals.errors > 0 ? "threshold_not_met" : "exit_code" }
      })
    );
  } else {
    stage.addGate(
      gateResult("test_pass_rate", started, now, {
        passed: false,
        details: { required: config.quality_gates.test_pass_rate.required },
        errors: [attempt.testsProblem ?? "no test report"],
        error_type: "report"
      })
    );
  }
  const threshold = coverageThreshold(config.quality_gates.test_coverage, ctx.target);
  if (attempt.coverage) {
    const j = judgeCoverage(attempt.coverage, threshold);
    stage.addGate(
      gateResult("test_coverage", started, now, {
        passed: j.passed,
        details: j.details,
        errors: j.errors,
        warnings: j.warnings,
        ...j.passed ? {} : { error_type: "threshold_not_met" }
      })
    );
    stage.outputs.coverage = j.details.coverage;
  } else {
    stage.addGate(
      gateResult("test_coverage", started, now, {
        passed: false,
        details: { threshold },
        errors: [attempt.coverageProblem ?? "no coverage report"],
        error_type: "report"
      })
    );
  }
}
async function readAttempt(ctx, result, junit, coverage, before) {
  const { workspace } = ctx.host;
  const fmt = ctx.config.stages.testing.reports;
  const ran = `the test command (${classifyCommand(result).description})`;
  const tests = await readFreshReport(
    before,
    junit,
    { workspace, what: "JUnit report", ran },
    () => readTestReport(junit, { workspace, format: fmt.junit?.format })
  );
  const cov = await readFreshReport(
    before,
    coverage,
    { workspace, what: "coverage report", ran },
    () => readCoverageReport(coverage, { workspace, format: fmt.coverage?.format })
  );
  const attempt = { result, tests: tests.value, coverage: cov.value, testsProblem: tests.problem, coverageProblem: cov.problem };
  return attempt;
}
function judgeAttempt(attempt, failingSets, retryOnTimeout) {
  const cls = classifyCommand(attempt.result, retryOnTimeout);
  const failing = new Set((attempt.tests?.failures ?? []).map((f) => f.id));
  failingSets.push(failing);
  if (cls.errorType === null) return { value: attempt, ok: true, retryable: false, reason: cls.description };
  if (cls.transient) return { value: attempt, ok: false, retryable: true, reason: cls.description };
  if (cls.errorType === "exit_code" && attempt.tests && failing.size > 0) {
    const previous = failingSets.at(-2);
    const same = previous !== void 0 && previous.size === failing.size && [...failing].every((id) => previous.has(id));
    return same ? { value: attempt, ok: false, retryable: false, reason: `the same ${failing.size} test(s) failed again: deterministic failure` } : { value: attempt, ok: false, retryable: true, reason: `${failing.size} test(s) failed; rerunning to tell flaky from deterministic` };
  }
  return { value: attempt, ok: false, retryable: false, reason: `${cls.description}: deterministic failure, not retried` };
}
export {
  testingStage
};
