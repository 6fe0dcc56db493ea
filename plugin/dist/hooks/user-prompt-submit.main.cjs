"use strict";var zo=Object.create;var At=Object.defineProperty;var Co=Object.getOwnPropertyDescriptor;var Io=Object.getOwnPropertyNames;var Bo=Object.getPrototypeOf,Oo=Object.prototype.hasOwnProperty;var Fo=(n,e,t,r)=>{if(e&&typeof e=="object"||typeof e=="function")for(let o of Io(e))!Oo.call(n,o)&&o!==t&&At(n,o,{get:()=>e[o],enumerable:!(r=Co(e,o))||r.enumerable});return n};var _o=(n,e,t)=>(t=n!=null?zo(Bo(n)):{},Fo(e||!n||!n.__esModule?At(t,"default",{value:n,enumerable:!0}):t,n));var ft=require("node:path");var De=require("node:fs"),wt=require("node:os"),Cn=require("node:path");var C=require("node:fs"),zn=require("node:path"),lt=1440*60*1e3,To=30*lt,$o=lt,Qo=/^(?:.+\.[0-9a-f]{8}\.cache|config\.[0-9a-f]{8}\.json)$/,Mo=/\.tmp-\d+$/;function ye(n,e,t=Date.now()){let r=`${n}.tmp-${process.pid}`,o;try{(0,C.mkdirSync)((0,zn.dirname)(n),{recursive:!0,mode:448}),o=(0,C.openSync)(r,"wx",384);for(let s of e())(0,C.writeSync)(o,s);(0,C.closeSync)(o),o=void 0,(0,C.renameSync)(r,n)}catch{o!==void 0&&(0,C.closeSync)(o),No(r);return}Lo((0,zn.dirname)(n),t)}function Lo(n,e=Date.now()){let t;try{t=(0,C.readdirSync)(n)}catch{return}for(let r of t){let o=Mo.test(r)?$o:Qo.test(r)?To:void 0;if(o===void 0)continue;let s=(0,zn.join)(n,r);try{let i=(0,C.lstatSync)(s);i.isFile()&&e-i.mtimeMs>o&&(0,C.unlinkSync)(s)}catch{}}}function No(n){try{(0,C.unlinkSync)(n)}catch{}}function qn(n){let e=2166136261;for(let t=0;t<n.length;t++)e=Math.imul(e^n.charCodeAt(t),16777619);return(e>>>0).toString(16).padStart(8,"0")}var Ro=Symbol.for("codex-collab.slow-path");function Xn(){globalThis[Ro]=!0}function ut(n){return n.CLAUDE_PLUGIN_DATA?(0,Cn.join)(n.CLAUDE_PLUGIN_DATA,"v8-cache"):(0,Cn.join)(n.XDG_CACHE_HOME||(0,Cn.join)((0,wt.homedir)(),".cache"),"codex-collab","v8-cache")}function dt(n){let e=(0,De.statSync)(n,{bigint:!0});return`codex-collab-v8-cache ${process.version} ${process.arch} ${e.dev}:${e.ino}:${e.size}:${e.ctimeNs}:${e.mtimeNs}
`}function jo(n,e){try{return{dir:ut(e),codeId:dt(n)}}catch{return}}function pt(n,e,t=process.env){return{cliPath:(0,ft.join)(n,"..","cli.js"),configCache:jo(e,t)}}var m=require("node:fs"),rn=require("node:path");var un=(n,e=2)=>String(n).padStart(e,"0");function E(n=Date.now()){let e=typeof n=="number"?new Date(n):n,t=e.getUTCFullYear();if(!Number.isFinite(t))throw new RangeError("Invalid time value");return t<0||t>9999?e.toISOString():`${un(t,4)}-${un(e.getUTCMonth()+1)}-${un(e.getUTCDate())}T${un(e.getUTCHours())}:${un(e.getUTCMinutes())}:${un(e.getUTCSeconds())}.${un(e.getUTCMilliseconds(),3)}Z`}var Zn=448,xe=384,Uo=".unsafe-",Vn=m.constants.O_NOFOLLOW??0,gt=m.constants.O_NONBLOCK??0,x=class extends Error{constructor(t,r){super(`${t} ${r}; codex-collab never writes through it.`);this.path=t;this.why=r}path;why;code="EUNSAFE"};function tn(n){return n?.code}function ne(n){try{return(0,m.lstatSync)(n)}catch(e){if(tn(e)==="ENOENT")return null;throw e}}function on(n,e=Uo){let t=E().replace(/:/g,""),r=`${n}${e}${t}`;for(let o=1;ne(r)!==null;o++)r=`${n}${e}${t}-${o}`;return(0,m.renameSync)(n,r),r}function sn(n,e){for(let t=0;;t++){let r=ne(n);if(r?.isDirectory()){if((r.mode&511)!==Zn&&r.uid===process.getuid?.())try{(0,m.chmodSync)(n,Zn)}catch{}return}let o;if(r!==null&&!r.isSymbolicLink())throw new x(n,"is not a directory");if(r!==null){let s;try{s=on(n)}catch(i){if(tn(i)==="ENOENT"&&t<2)continue;throw i}o=`${n} is a symbolic link; moved it aside to ${(0,rn.basename)(s)} and created a fresh directory (nothing was written through it).`,e?.(o)}try{(0,m.mkdirSync)(n,{mode:Zn})}catch(s){if(tn(s)==="EEXIST"&&t<2)continue;throw s}(0,m.chmodSync)(n,Zn),o!==void 0&&be((0,rn.join)(n,"hooks.log"),`${E()} ${o}
`);return}}var Ho={append:m.constants.O_WRONLY|m.constants.O_CREAT|m.constants.O_APPEND,exclusive:m.constants.O_WRONLY|m.constants.O_CREAT|m.constants.O_EXCL};function M(n,e){if(Vn===0&&ne(n)?.isSymbolicLink())throw new x(n,"is a symbolic link");let t;try{t=(0,m.openSync)(n,Ho[e]|Vn|gt,xe)}catch(r){throw tn(r)==="ELOOP"?new x(n,"is a symbolic link"):tn(r)==="ENXIO"?new x(n,"is not a regular file"):r}try{let r=(0,m.fstatSync)(t);if(!r.isFile())throw new x(n,"is not a regular file");if(r.nlink>1)throw new x(n,"has other hard links");return(r.mode&511)!==xe&&(0,m.fchmodSync)(t,xe),t}catch(r){throw(0,m.closeSync)(t),r}}function be(n,e,t){let r,o="";try{r=M(n,"append")}catch(s){if(!(s instanceof x))throw s;let i=on(n);o=t?.(`${s.message} Moved it aside to ${(0,rn.basename)(i)}.`)??"",r=M(n,"append")}try{dn(r,o+e)}finally{(0,m.closeSync)(r)}}function dn(n,e){let t=Buffer.from(e,"utf8");for(let r=0;r<t.length;)r+=(0,m.writeSync)(n,t,r)}var Go=1024*1024;function mt(n){if(Vn===0&&ne(n)?.isSymbolicLink())throw new x(n,"is a symbolic link");let e;try{e=(0,m.openSync)(n,m.constants.O_RDONLY|Vn|gt)}catch(t){if(tn(t)==="ENOENT"||tn(t)==="ENOTDIR")return null;throw tn(t)==="ELOOP"?new x(n,"is a symbolic link"):tn(t)==="ENXIO"?new x(n,"is not a regular file"):t}if(!(0,m.fstatSync)(e).isFile())throw(0,m.closeSync)(e),new x(n,"is not a regular file");return e}function ht(n,e,t,r){if((0,m.fstatSync)(n).size>t&&!r)throw new x(e,`is larger than ${t} bytes`);let o=Buffer.alloc(Math.min((0,m.fstatSync)(n).size,t)+1),s=0;for(let i;s<o.length&&(i=(0,m.readSync)(n,o,s,o.length-s,null))>0;)s+=i;if(s>t&&!r)throw new x(e,`is larger than ${t} bytes`);return o.subarray(0,Math.min(s,t))}function fn(n,e){let t=mt(n);if(t===null)return null;try{return e===void 0?(0,m.readFileSync)(t,"utf8"):ht(t,n,e,!1).toString("utf8")}finally{(0,m.closeSync)(t)}}function ke(n,e={}){let t=mt(n);if(t===null)return null;try{if(e.ownPrivate&&process.getuid){let r=(0,m.fstatSync)(t);if(r.uid!==process.getuid())throw new x(n,"is not owned by you");if((r.mode&63)!==0)throw new x(n,"is readable or writable by others (codex-collab writes it 0600)")}return ht(t,n,e.maxBytes??Go,e.head??!1)}finally{(0,m.closeSync)(t)}}var yt=new Set([".","!","?",";",":",`
`,"\u3002","\uFF01","\uFF1F","\uFF1B","\uFF1A","\uFF0C",","]);function q(n){return n!==void 0&&(n>="a"&&n<="z"||n>="0"&&n<="9"||n==="_")}function X(n){if(n.length===0)return!1;for(let e=0;e<n.length;e++){let t=n.charCodeAt(e);if(t<48||t>57)return!1}return!0}function cn(n){let e=n.charCodeAt(0);return e>=13312&&e<=19903||e>=19968&&e<=40959||e>=63744&&e<=64255}function Dt(n){let e=[],t=[],r=[],o=[],s=n.length,i=0,c=0;for(;c<s;){if(!q(n[c])){c++;continue}let l=c;for(;q(n[l]);)l++;for(;(n[l]==="'"||n[l]==="."||n[l]==="+")&&q(n[l+1]);)for(l++;q(n[l]);)l++;for(;n[l]==="+";)l++;let A=e.length===0;for(let a=i;!A&&a<c;a++)A=yt.has(n[a]??"");e.push(n.slice(c,l)),t.push(c),r.push(l),o.push(A),i=l,c=l}return{text:n,tokens:e,start:t,end:r,sentenceStart:o}}function Pt(n){return n.split("-").join(" ").split(" ").filter(Boolean).map(e=>e==="#"?{num:"major"}:e==="#4xx"?{num:"status"}:e.endsWith("*")?{word:e.slice(0,-1),stem:!0}:{word:e,stem:!1})}function xt(n){let e=n.startsWith("^")?n.slice(1):n,t=[],r=[];for(let o=0;o<e.length;)if(e[o]===" ")o++;else{let s=e[o]==="("?e.indexOf(")",o)+1:e.indexOf(" ",o),i=s<=0?e.length:s;r.push(e.slice(o,i)),o=i}for(let o of r)if(o.startsWith(".."))t.push({gap:Number(o.slice(2))});else if(o.startsWith("("))t.push({alts:o.slice(1,-1).split("|").map(Pt)});else for(let s of Pt(o))t.push({alts:[[s]]});return t}function Jo(n,e){return e==="status"?n.length===3&&(n[0]==="4"||n[0]==="5")&&X(n):X(n.startsWith("v")?n.slice(1):n)}function Ko(n,e){return e===void 0?!1:"num"in n?Jo(e,n.num):n.stem?e.startsWith(n.word):e===n.word}function ze(n,e,t,r){let o=e[t];if(!o)return r;if("gap"in o){for(let s=0;s<=o.gap&&r+s<=n.length;s++){let i=ze(n,e,t+1,r+s);if(i>=0)return i}return-1}for(let s=0;s<o.alts.length;s++){let i=o.alts[s],c=0;for(;c<i.length&&Ko(i[c],n[r+c]);)c++;if(c<i.length)continue;let l=ze(n,e,t+1,r+i.length);if(l>=0)return l}return-1}function Yo(n){let e=n.endsWith("*")?n.slice(0,-1):n;if(e.length===0)return!1;for(let t of e)if(!q(t)&&t!=="'"&&t!=="."&&t!=="+")return!1;return!0}function qo(n,e){let t=n.find(([r])=>r===e)?.[1];return t||n.push([e,t=[]]),t}function bt(n,e=[]){let t={words:[],wordStems:[],entries:[],exact:[],stems:[],numeric:[],zh:[],zhStart:[],regexps:[],literals:[],unlessAfterEn:[...n.unlessAfter?.en??[]],unlessAfterZh:[...n.unlessAfter?.zh??[]]};for(let r of n.en){if(Yo(r)){r.endsWith("*")?t.wordStems.push(r.slice(0,-1)):t.words.includes(r)||t.words.push(r);continue}let o=xt(r)[0];if(!o||"gap"in o)throw new Error(`word list entry must start with a word: ${r}`);let s=t.entries.push(r)-1;for(let i of o.alts){let c=i[0];if(!c)throw new Error(`word list entry must not start with an optional part: ${r}`);let l="num"in c?t.numeric:qo(c.stem?t.stems:t.exact,c.word);l.includes(s)||l.push(s)}}for(let r of n.zh)typeof r!="string"?t.regexps.push([r.source,r.flags.includes("g")?r.flags:`${r.flags}g`]):r.startsWith("^")?t.zhStart.push(r.slice(1)):t.zh.push(r);for(let r of e){let o=r.trim().toLowerCase();o&&t.literals.push(o)}return t}var vt=new WeakMap;function Xo(n){let e=vt.get(n);return e||vt.set(n,e={parts:[]}),e}function Se(n,e,t,r,o,s){for(let i=0;i<r.length;i++){let c=r[i],l=e.entries[c];if(l.startsWith("^")&&!o.sentenceStart[s])continue;let A=ze(o.tokens,t.parts[c]??=xt(l),0,s);A>n&&(n=A)}return n}function Zo(n,e){for(let t=0;t<e.length;t++)if(n.startsWith(e[t]))return!0;return!1}function Ee(n,e,t,r,o){let s=0,i=t.length;for(;s<i;){let A=s+i>>1;(t[A]?.start??0)<r+o?s=A+1:i=A}if(s>0&&(t[s-1]?.end??0)>r)return!1;if(n.unlessAfterZh.length===0)return!0;let c=r;for(;c>0&&r-c<9&&!yt.has(e[c-1]??"");)c--;let l=e.slice(c,r);for(let A=0;A<n.unlessAfterZh.length;A++)if(l.includes(n.unlessAfterZh[A]))return!1;return!0}function hn(n,e){let t=[],{tokens:r,text:o}=e,s=Xo(n);for(let A=0;A<r.length;A++){let a=r[A]??"",u=n.words.includes(a)||Zo(a,n.wordStems)?A+1:-1;for(let D=0;D<n.exact.length;D++)n.exact[D][0]===a&&(u=Se(u,n,s,n.exact[D][1],e,A));u=Se(u,n,s,n.numeric,e,A);for(let D=0;D<n.stems.length;D++)a.startsWith(n.stems[D][0])&&(u=Se(u,n,s,n.stems[D][1],e,A));if(u<0)continue;let f=r[A-1],g=r[A-2];if(f!==void 0&&n.unlessAfterEn.includes(f)||g!==void 0&&n.unlessAfterEn.includes(g))continue;let P=e.start[A]??0,v=e.end[u-1]??P;t.push({start:P,end:v,text:o.slice(P,v)}),A=u-1}let i=t.slice();for(let A=0;A<n.zh.length;A++){let a=n.zh[A];for(let u=o.indexOf(a);u>=0;u=o.indexOf(a,u+1))if(Ee(n,o,t,u,a.length)){i.push({start:u,end:u+a.length,text:a});break}}let c=o.length-o.trimStart().length;for(let A=0;A<n.zhStart.length;A++){let a=n.zhStart[A];o.startsWith(a,c)&&i.push({start:c,end:c+a.length,text:a})}if(n.regexps.length>0)for(let A of s.regexps??=n.regexps.map(([a,u])=>new RegExp(a,u))){A.lastIndex=0;for(let a=A.exec(o);a;a=A.exec(o)){if(a[0]===""){A.lastIndex++;continue}if(Ee(n,o,t,a.index,a[0].length)){i.push({start:a.index,end:a.index+a[0].length,text:a[0]});break}}}for(let A of n.literals)for(let a=o.indexOf(A);a>=0;a=o.indexOf(A,a+1))if(!q(o[a-1])&&!q(o[a+A.length])&&Ee(n,o,t,a,A.length)){i.push({start:a,end:a+A.length,text:A});break}if(i.length===t.length)return t;i.sort((A,a)=>A.start-a.start||a.end-A.end);let l=[];for(let A of i)(l.length===0||A.start>=(l[l.length-1]?.end??0))&&l.push(A);return l}function Vo(n){return n.length>4&&n.endsWith("ies")?`${n.slice(0,-3)}y`:n.length>3&&n.endsWith("s")&&!n.endsWith("ss")&&!n.endsWith("us")&&!n.endsWith("'s")?n.slice(0,-1):n}function ns(n,e){let t="";for(let r=0;r<n.length;r++){let o=n[r];if(o.includes(".")||o.length>24){t="";continue}let s=X(o)?"#":Vo(o);e.set(`w:${s}`,1),t&&e.set(`w:${t} ${s}`,1),t=s}}function es(n,e){let t="";for(let r=0;r<n.length;r++){let o=n[r];if(!cn(o)){t="";continue}e.set(`c:${o}`,1),t&&e.set(`c:${t}${o}`,1),t=o}}function kt(n){let e=new Map;for(let t=0;t<n.signals.length;t++){let r=n.signals[t];e.set(`s:${r.id}`,(e.get(`s:${r.id}`)??0)+r.weight)}return ns(n.tokens,e),es(n.prose,e),e.set("x:bias",1),e}var St=`c:\u4E00
c:\u4E00\u4E0B
c:\u4E00\u4E2A
c:\u4E00\u5957
c:\u4E00\u6210
c:\u4E00\u6B21
c:\u4E00\u7684
c:\u4E00\u76F4
c:\u4E00\u884C
c:\u4E00\u8D77
c:\u4E00\u904D
c:\u4E07
c:\u4E09
c:\u4E09\u4E2A
c:\u4E0A
c:\u4E0A\u4F20
c:\u4E0A\u7EBF
c:\u4E0B
c:\u4E0B\u62C9
c:\u4E0B\u6B21
c:\u4E0B\u8F7D
c:\u4E0B\u8FD9
c:\u4E0B\u9762
c:\u4E0D
c:\u4E0D\u505C
c:\u4E0D\u53D8
c:\u4E0D\u540C
c:\u4E0D\u5BF9
c:\u4E0D\u7528
c:\u4E0D\u80FD
c:\u4E14
c:\u4E1A
c:\u4E24
c:\u4E2A
c:\u4E2A\u4EBA
c:\u4E2A\u5730
c:\u4E2A\u62A5
c:\u4E2A\u63A5
c:\u4E2A\u6587
c:\u4E2A\u670D
c:\u4E2A\u6A21
c:\u4E2A\u6D4B
c:\u4E2A\u8DEF
c:\u4E2A\u9875
c:\u4E2D
c:\u4E2D\u82F1
c:\u4E32
c:\u4E3A
c:\u4E3B
c:\u4E48
c:\u4E48\u533A
c:\u4E49
c:\u4E4B
c:\u4E4B\u95F4
c:\u4E5F
c:\u4E5F\u8981
c:\u4E86
c:\u4E86\u89E3
c:\u4E8B
c:\u4E8B\u4EF6
c:\u4E8E
c:\u4E94
c:\u4EA4
c:\u4EBA
c:\u4EC0
c:\u4EC0\u4E48
c:\u4ECE
c:\u4ED3
c:\u4ED3\u5E93
c:\u4ED8
c:\u4ED8\u56DE
c:\u4ED8\u5B9D
c:\u4EE3
c:\u4EE3\u7801
c:\u4EE4
c:\u4EE5
c:\u4EEC
c:\u4EEC\u8981
c:\u4EF6
c:\u4EF6\u91CC
c:\u4EFB\u52A1
c:\u4F1A
c:\u4F1A\u91CD
c:\u4F20
c:\u4F20\u611F
c:\u4F46
c:\u4F46\u4E0D
c:\u4F4D
c:\u4F4D\u7F6E
c:\u4F4F
c:\u4F53
c:\u4F53\u91CD
c:\u4F5C
c:\u4F5C\u4E3A
c:\u4F8B
c:\u4FA7
c:\u4FA7\u8FB9
c:\u4FDD
c:\u4FDD\u5B58
c:\u4FDD\u6301
c:\u4FE1
c:\u4FE1\u606F
c:\u4FEE\u4E00
c:\u4FEE\u590D
c:\u4FEE\u6539
c:\u5019
c:\u505A
c:\u505A\u4E00
c:\u505C
c:\u50A8
c:\u50CF
c:\u5143
c:\u5143\u6D4B
c:\u5149
c:\u5165
c:\u5168
c:\u5168\u90E8
c:\u5173
c:\u5177\u51FD
c:\u5185
c:\u5185\u5B58
c:\u518D
c:\u518D\u5199
c:\u518D\u52A0
c:\u5199
c:\u5199\u4E00
c:\u5199\u4E2A
c:\u5199\u5355
c:\u5199\u6210
c:\u5199\u6D4B
c:\u5199\u7684
c:\u5199\u9519
c:\u51B2
c:\u51B2\u7A81
c:\u51B3
c:\u51B5
c:\u51C6
c:\u51E0
c:\u51E0\u4E2A
c:\u51FA
c:\u51FA\u7684
c:\u51FD
c:\u51FD\u6570
c:\u5206
c:\u5206\u533A
c:\u5206\u8868
c:\u5206\u949F
c:\u5206\u9875
c:\u5207
c:\u5207\u6362
c:\u5212
c:\u5217
c:\u5217\u8868
c:\u521A
c:\u521A\u624D
c:\u5220
c:\u5220\u6389
c:\u5220\u9664
c:\u5224
c:\u5224\u65AD
c:\u522B
c:\u522B\u7684
c:\u5230
c:\u5230\u4E86
c:\u5236
c:\u524D
c:\u524D\u7AEF
c:\u529F
c:\u529F\u80FD
c:\u52A0
c:\u52A0\u4E00
c:\u52A0\u4E0A
c:\u52A0\u4E2A
c:\u52A0\u5206
c:\u52A0\u65AD
c:\u52A0\u8F7D
c:\u52A0\u91CD
c:\u52A1
c:\u52A8
c:\u5305
c:\u5305\u62EC
c:\u5316
c:\u533A
c:\u533A\u5206
c:\u533A\u522B
c:\u5347
c:\u5347\u7EA7
c:\u534F
c:\u5353
c:\u5355
c:\u5355\u4F53
c:\u5355\u5143
c:\u5355\u6D4B
c:\u5355\u91CC
c:\u5356
c:\u5386
c:\u5386\u53F2
c:\u538B
c:\u539F\u6765
c:\u53BB
c:\u53C2
c:\u53C2\u6570
c:\u53CC
c:\u53D1
c:\u53D1\u9001
c:\u53D6
c:\u53D8
c:\u53D8\u91CF
c:\u53E3
c:\u53E3\u52A0
c:\u53E3\u8FD4
c:\u53E3\u90FD
c:\u53EA
c:\u53EA\u6539
c:\u53EA\u662F
c:\u53EF
c:\u53EF\u4EE5
c:\u53F0
c:\u53F2
c:\u5408
c:\u5408\u5E76
c:\u540C
c:\u540C\u4E00
c:\u540C\u6B65
c:\u540D
c:\u540E
c:\u540E\u540C
c:\u540E\u7AEF
c:\u5417
c:\u5427
c:\u544A
c:\u5458
c:\u5468
c:\u547D\u540D
c:\u548C
c:\u548C\u6570
c:\u548C\u73B0
c:\u54C1
c:\u54EA
c:\u54EA\u4E2A
c:\u5546
c:\u5546\u54C1
c:\u5565
c:\u5668
c:\u5668\u52A0
c:\u56DB
c:\u56DE
c:\u56DE\u586B
c:\u56DE\u6EDA
c:\u56DE\u8C03
c:\u56E2
c:\u56E2\u961F
c:\u56FA
c:\u56FA\u4EF6
c:\u56FD
c:\u56FD\u9645
c:\u56FE
c:\u56FE\u7247
c:\u5728
c:\u5728\u4E00
c:\u5728\u7EBF
c:\u5730
c:\u5730\u533A
c:\u5730\u65B9
c:\u574F
c:\u5757
c:\u578B
c:\u57DF
c:\u57DF\u540D
c:\u57FA
c:\u57FA\u4E8E
c:\u5883
c:\u5883\u53D8
c:\u5904
c:\u5904\u7406
c:\u590D
c:\u591A
c:\u591A\u4E2A
c:\u591A\u4EBA
c:\u591A\u5E01
c:\u591A\u6D3B
c:\u5927
c:\u5927\u6982
c:\u5927\u91CF
c:\u5929
c:\u592A
c:\u592A\u6162
c:\u5931
c:\u5931\u8D25
c:\u5957
c:\u597D
c:\u5B50
c:\u5B57
c:\u5B57\u6BB5
c:\u5B58
c:\u5B58\u4E00
c:\u5B58\u50A8
c:\u5B58\u5728
c:\u5B66
c:\u5B66\u751F
c:\u5B83
c:\u5B89
c:\u5B89\u5353
c:\u5B8C
c:\u5B9A
c:\u5B9A\u4E49
c:\u5B9D
c:\u5B9E
c:\u5B9E\u65F6
c:\u5B9E\u73B0
c:\u5BA2
c:\u5BA2\u6237
c:\u5BB6
c:\u5BB9
c:\u5BF9
c:\u5BF9\u8D26
c:\u5BFC
c:\u5BFC\u5165
c:\u5BFC\u51FA
c:\u5C0F
c:\u5C0F\u65F6
c:\u5C31
c:\u5C31\u8FD9
c:\u5C55
c:\u5C55\u793A
c:\u5D4C
c:\u5D4C\u5957
c:\u5DEE
c:\u5DF1
c:\u5DF2\u7ECF
c:\u5E01
c:\u5E01\u79CD
c:\u5E0C
c:\u5E0C\u671B
c:\u5E26
c:\u5E26\u4E0A
c:\u5E2E
c:\u5E2E\u5FD9
c:\u5E2E\u6211
c:\u5E42
c:\u5E42\u7B49
c:\u5E73
c:\u5E73\u53F0
c:\u5E76
c:\u5E76\u4E14
c:\u5E76\u4FEE
c:\u5E76\u6210
c:\u5E8F
c:\u5E93
c:\u5E93\u5B58
c:\u5E94
c:\u5E94\u8BE5
c:\u5E95
c:\u5EA6
c:\u5EFA
c:\u5F00
c:\u5F00\u53D1
c:\u5F02
c:\u5F02\u6B65
c:\u5F0F
c:\u5F15
c:\u5F15\u5165
c:\u5F20
c:\u5F39
c:\u5F55\u9875
c:\u5F62
c:\u5F84
c:\u5FD9
c:\u6001
c:\u6001\u673A
c:\u600E
c:\u600E\u4E48
c:\u601D
c:\u603B
c:\u6062
c:\u6062\u590D
c:\u606F
c:\u606F\u961F
c:\u60C5
c:\u60C5\u51B5
c:\u60F3
c:\u610F
c:\u610F\u601D
c:\u611F
c:\u611F\u5668
c:\u6162
c:\u620F
c:\u6210
c:\u6210\u51E0
c:\u6210\u591A
c:\u6210\u6309
c:\u6210\u7EDF
c:\u6210\u7EE9
c:\u6211
c:\u6211\u4EEC
c:\u6211\u628A
c:\u6237
c:\u6237\u8868
c:\u623F
c:\u6240
c:\u6240\u6709
c:\u624D
c:\u6253
c:\u6253\u5F00
c:\u6263
c:\u6267
c:\u6267\u884C
c:\u6279
c:\u627E
c:\u628A
c:\u628A\u5355
c:\u628A\u73B0
c:\u62A5
c:\u62A5\u8868
c:\u62BD
c:\u62C6
c:\u62C6\u6210
c:\u62C9
c:\u62D6
c:\u62E9
c:\u62EC
c:\u62FC
c:\u6301
c:\u6301\u4E00
c:\u6301\u4E0D
c:\u6301\u79BB
c:\u6302
c:\u6302\u4E86
c:\u6307
c:\u6309
c:\u6309\u7528
c:\u6309\u94AE
c:\u6362
c:\u6362\u6210
c:\u636E
c:\u636E\u4E5F
c:\u636E\u52A0
c:\u636E\u5E93
c:\u636E\u8FC1
c:\u6389
c:\u6389\u7684
c:\u63A5
c:\u63A5\u5165
c:\u63A5\u53E3
c:\u63A7
c:\u63A8
c:\u63A8\u9001
c:\u63D0
c:\u63D0\u4EA4
c:\u63D0\u793A
c:\u63D2
c:\u641C
c:\u641C\u7D22
c:\u64A4
c:\u64A4\u9500
c:\u652F\u4ED8
c:\u652F\u6301
c:\u6539
c:\u6539\u4E00
c:\u6539\u6210
c:\u6539\u7528
c:\u653E
c:\u6548
c:\u6570
c:\u6570\u4ECE
c:\u6570\u636E
c:\u6570\u662F
c:\u6574
c:\u6574\u4E2A
c:\u6574\u4F53
c:\u6587
c:\u6587\u4EF6
c:\u6587\u6848
c:\u65AD
c:\u65AD\u70B9
c:\u65B0
c:\u65B0\u589E
c:\u65B0\u7684
c:\u65B9
c:\u65B9\u6848
c:\u65E0
c:\u65E5
c:\u65E5\u671F
c:\u65E7
c:\u65F6
c:\u65F6\u5019
c:\u65F6\u533A
c:\u65F6\u6539
c:\u65F6\u95F4
c:\u662F
c:\u662F\u600E
c:\u663E
c:\u663E\u793A
c:\u66F4
c:\u66F4\u65B0
c:\u6700
c:\u6700\u591A
c:\u6709
c:\u6709\u4E00
c:\u6709\u4EC0
c:\u6709\u63A5
c:\u6709\u7684
c:\u670D
c:\u670D\u52A1
c:\u671B
c:\u671F\u65F6
c:\u671F\u95F4
c:\u672C\u5730
c:\u673A
c:\u673A\u623F
c:\u6761
c:\u6765
c:\u677F
c:\u6784
c:\u6784\u5EFA
c:\u679C
c:\u67D3
c:\u67E5
c:\u6807
c:\u680F
c:\u6821
c:\u6821\u9A8C
c:\u6837
c:\u683C
c:\u683C\u5F0F
c:\u6846
c:\u6863
c:\u68C0
c:\u68C0\u67E5
c:\u6982
c:\u6A21
c:\u6A21\u677F
c:\u6B21
c:\u6B3E
c:\u6B65
c:\u6B7B
c:\u6BB5
c:\u6BCF
c:\u6BCF\u4E2A
c:\u6BD4
c:\u6C42
c:\u6CA1
c:\u6CA1\u95EE
c:\u6CD5
c:\u6CE8
c:\u6CE8\u91CA
c:\u6D3B
c:\u6D41
c:\u6D41\u7A0B
c:\u6D41\u91CF
c:\u6D4B
c:\u6D4B\u8BD5
c:\u6D88
c:\u6D88\u606F
c:\u6E05
c:\u6E32
c:\u6E32\u67D3
c:\u6E38
c:\u6E38\u620F
c:\u6E90
c:\u6EAF
c:\u6EDA
c:\u70B9
c:\u70B9\u7EED
c:\u7247
c:\u7248
c:\u7248\u672C
c:\u72B6
c:\u72B6\u6001
c:\u72EC
c:\u73AF
c:\u73AF\u5883
c:\u73B0
c:\u73B0\u5728
c:\u73B0\u6709
c:\u7406
c:\u7406\u540E
c:\u751F
c:\u751F\u6210
c:\u7528
c:\u7528\u4E86
c:\u7528\u6237
c:\u7528\u73B0
c:\u7528\u7684
c:\u7565
c:\u7565\u56FE
c:\u767B
c:\u767B\u5F55
c:\u767D
c:\u767D\u677F
c:\u767E
c:\u767E\u591A
c:\u7684
c:\u7684\u4FEE
c:\u7684\u5730
c:\u7684\u5C0F
c:\u7684\u60C5
c:\u7684\u65E5
c:\u7684\u65F6
c:\u7684\u662F
c:\u7684\u6743
c:\u7684\u7248
c:\u7684\u7528
c:\u7684\u8001
c:\u7684\u9875
c:\u76D6
c:\u76EE
c:\u76EE\u524D
c:\u76F4
c:\u76F4\u63A5
c:\u76F8
c:\u76F8\u5173
c:\u770B
c:\u770B\u4E0B
c:\u771F
c:\u77E5
c:\u7801
c:\u7801\u91CC
c:\u786E\u8BA4
c:\u793A
c:\u7981
c:\u7981\u7528
c:\u79BB
c:\u79BB\u7EBF
c:\u79D2
c:\u79FB
c:\u79FB\u52A8
c:\u79FB\u671F
c:\u7A0B
c:\u7A7A
c:\u7A81
c:\u7AD9
c:\u7AEF
c:\u7AEF\u4ECE
c:\u7AEF\u53E3
c:\u7AEF\u7528
c:\u7AEF\u90FD
c:\u7B49
c:\u7B97
c:\u7BA1
c:\u7BA1\u7406
c:\u7BB1
c:\u7C7B
c:\u7C7B\u578B
c:\u7CFB
c:\u7CFB\u7EDF
c:\u7D22
c:\u7EA6
c:\u7EA7
c:\u7EA7\u522B
c:\u7EA7\u5230
c:\u7EBF
c:\u7EBF\u4E0A
c:\u7EC3
c:\u7ECF
c:\u7ED3
c:\u7ED3\u679C
c:\u7ED9
c:\u7EDF
c:\u7EDF\u4E00
c:\u7EE7
c:\u7EE7\u7EED
c:\u7EE9
c:\u7EED
c:\u7EED\u4F20
c:\u7F13
c:\u7F13\u5B58
c:\u7F16
c:\u7F16\u8F91
c:\u7F29
c:\u7F29\u7565
c:\u7F3A
c:\u7F51
c:\u7F51\u540E
c:\u7F6E
c:\u8001
c:\u8001\u9879
c:\u800C
c:\u8054
c:\u8054\u7F51
c:\u80FD
c:\u80FD\u505C
c:\u80FD\u51FA
c:\u80FD\u6539
c:\u811A
c:\u811A\u672C
c:\u81EA
c:\u81EA\u52A8
c:\u81EA\u5DF1
c:\u8272
c:\u82F1
c:\u83DC
c:\u83DC\u5355
c:\u8425
c:\u884C
c:\u884C\u4E3A
c:\u8865
c:\u8865\u4E00
c:\u8865\u5168
c:\u8868
c:\u8868\u52A0
c:\u8868\u5355
c:\u8868\u5DF2
c:\u8868\u683C
c:\u8868\u91CC
c:\u88AB
c:\u88C5
c:\u8981
c:\u8981\u505A
c:\u8981\u5408
c:\u8981\u6539
c:\u8981\u6709
c:\u8981\u80FD
c:\u8981\u8FC1
c:\u8986
c:\u8986\u76D6
c:\u89C6
c:\u89D2
c:\u89D2\u8272
c:\u89E3
c:\u89E3\u51B3
c:\u8B66
c:\u8B66\u544A
c:\u8BA2
c:\u8BA2\u5355
c:\u8BA4
c:\u8BA9
c:\u8BAE
c:\u8BB0
c:\u8BB0\u4F4F
c:\u8BB0\u5F55
c:\u8BBE
c:\u8BBE\u8BA1
c:\u8BC1
c:\u8BD5
c:\u8BD5\u7528
c:\u8BE5
c:\u8BE5\u662F
c:\u8BEF
c:\u8BF4
c:\u8BF7
c:\u8BF7\u6C42
c:\u8BFB
c:\u8C03
c:\u8C03\u5230
c:\u8D25
c:\u8D25\u91CD
c:\u8D26
c:\u8D26\u53F7
c:\u8D26\u6237
c:\u8D27
c:\u8D44\u6E90
c:\u8D77
c:\u8D85
c:\u8D85\u5356
c:\u8D85\u65F6
c:\u8D85\u8FC7
c:\u8DD1\u4E00
c:\u8DDF
c:\u8DEF
c:\u8DEF\u5F84
c:\u8DF3
c:\u8DF3\u8FC7
c:\u8EAB
c:\u8F6C
c:\u8F7D
c:\u8F91
c:\u8F91\u5668
c:\u8F93
c:\u8F93\u5165
c:\u8F93\u51FA
c:\u8FB9
c:\u8FB9\u680F
c:\u8FC1
c:\u8FC1\u5230
c:\u8FC1\u79FB
c:\u8FC7
c:\u8FC7\u671F
c:\u8FD0
c:\u8FD4
c:\u8FD4\u56DE
c:\u8FD8
c:\u8FD8\u6709
c:\u8FD8\u8981
c:\u8FD9
c:\u8FD9\u4E00
c:\u8FD9\u4E09
c:\u8FD9\u4E2A
c:\u8FD9\u6BB5
c:\u8FDB
c:\u8FDB\u5EA6
c:\u8FDE
c:\u8FDE\u7EED
c:\u8FFD
c:\u9000
c:\u9000\u907F
c:\u9009
c:\u9009\u62E9
c:\u901A
c:\u901A\u8FC7
c:\u903B
c:\u903B\u8F91
c:\u9047
c:\u9047\u5230
c:\u904D
c:\u9053
c:\u907F
c:\u90A3
c:\u90A3\u4E2A
c:\u90AE
c:\u90AE\u4EF6
c:\u90AE\u7BB1
c:\u90E8
c:\u90E8\u6539
c:\u90FD
c:\u90FD\u4F1A
c:\u90FD\u6539
c:\u90FD\u8981
c:\u914D
c:\u914D\u7F6E
c:\u91CA
c:\u91CC
c:\u91CC\u7684
c:\u91CD
c:\u91CD\u505A
c:\u91CD\u5199
c:\u91CD\u590D
c:\u91CD\u6784
c:\u91CD\u8BD5
c:\u91CF
c:\u91D1
c:\u949F
c:\u94AE
c:\u94FE
c:\u94FE\u63A5
c:\u9500
c:\u9519
c:\u9519\u4E86
c:\u9519\u8BEF
c:\u952E
c:\u95EA
c:\u95EA\u9000
c:\u95EE
c:\u95EE\u9898
c:\u95F4
c:\u95F4\u4ECE
c:\u961F
c:\u961F\u5217
c:\u9636
c:\u9636\u6BB5
c:\u963F
c:\u9644
c:\u9645
c:\u9645\u5316
c:\u964D\u7EA7
c:\u9650
c:\u9664
c:\u969C
c:\u9762
c:\u9762\u52A0
c:\u9875
c:\u9875\u52A0
c:\u9875\u7684
c:\u9875\u9762
c:\u9879
c:\u9879\u76EE
c:\u987A
c:\u9884
c:\u9898
c:\u989D
c:\u9A8C
c:\u9A8C\u7B7E
c:\u9A8C\u8BC1
c:\u9AD8
c:\u9ED8
c:\u9ED8\u8BA4
s:artifact
s:bug
s:change
s:crossCutting
s:errorLog
s:feature
s:files
s:length
s:operation
s:performance
s:question
s:risk
s:scope
s:steps
s:system
s:tests
s:trivial
s:tweak
w:#
w:# #
w:# and
w:# attempt
w:# day
w:# endpoint
w:# file
w:# if
w:# in
w:# job
w:# line
w:# min
w:# minute
w:# not
w:# of
w:# on
w:# per
w:# place
w:# redi
w:# screen
w:# second
w:# tb
w:# to
w:# vue
w:# when
w:# with
w:# year
w:256x256
w:2h
w:300m
w:3s
w:3tb
w:50m
w:a
w:a #
w:a b
w:a confirmation
w:a double
w:a job
w:a lot
w:a migration
w:a new
w:a one
w:a plugin
w:a simple
w:a single
w:a unit
w:a user
w:about
w:about #
w:above
w:accept
w:accepting
w:access
w:account
w:across
w:across the
w:action
w:ad
w:ad hoc
w:add
w:add a
w:add an
w:add keyboard
w:add one
w:add retry
w:add test
w:add the
w:admin
w:after
w:after #
w:after a
w:against
w:against the
w:all
w:all our
w:amount
w:an
w:an admin
w:an audit
w:an export
w:analytic
w:and
w:and a
w:and add
w:and an
w:and fix
w:and from
w:and handle
w:and implement
w:and ios
w:and keep
w:and no
w:and reconciliation
w:and replace
w:and show
w:and some
w:and take
w:and tell
w:and test
w:and the
w:and update
w:and use
w:android
w:android and
w:android app
w:angular
w:angular #
w:any
w:anything
w:api
w:api and
w:api key
w:api return
w:api with
w:apollo
w:app
w:app from
w:app router
w:app should
w:app with
w:apply
w:approval
w:are
w:are the
w:arrow
w:as
w:asking
w:asset
w:assignment
w:async
w:at
w:at least
w:at the
w:attempt
w:audio
w:audit
w:audit log
w:audit logging
w:auditor
w:auth
w:available
w:avatar
w:aws
w:b
w:back
w:backend
w:backfill
w:backoff
w:backoff to
w:backward
w:bad
w:bank
w:banner
w:bar
w:based
w:be
w:be #
w:because
w:before
w:before the
w:behaviour
w:behaviour change
w:between
w:between our
w:between them
w:big
w:billing
w:billion
w:block
w:body
w:both
w:break
w:break the
w:broken
w:browser
w:bucket
w:bug
w:build
w:build a
w:build the
w:built
w:bus
w:but
w:but not
w:button
w:button in
w:button on
w:button to
w:by
w:c
w:c++
w:cache
w:cache the
w:call
w:can be
w:can you
w:can't
w:cancel
w:cannot
w:capture
w:card
w:cart
w:case
w:celery
w:cent
w:chain
w:change
w:change in
w:change the
w:charge
w:chart
w:chat
w:check
w:check the
w:checkout
w:ci
w:class
w:clear
w:cli
w:click
w:client
w:close
w:closing
w:cluster
w:code
w:codebase
w:color
w:column
w:come
w:command
w:comment
w:commit
w:commit message
w:component
w:component with
w:config
w:confirm
w:confirmation
w:conflict
w:conflict resolution
w:connection
w:constant
w:context
w:contract
w:convert
w:convert the
w:converted
w:copy
w:could
w:count
w:counter
w:country
w:cover
w:crashe
w:crdt
w:create
w:create the
w:created
w:csrf
w:csv
w:ctrl+z
w:currency
w:current
w:currently
w:cursor
w:custom
w:customer
w:cutover
w:dark
w:dark mode
w:dashboard
w:data
w:database
w:dataset
w:date
w:day
w:db
w:dead
w:debounce
w:debug
w:default
w:define
w:delete
w:delivery
w:dependency
w:deploy
w:deprecated
w:design
w:desktop
w:desktop app
w:detail
w:detect
w:dev
w:device
w:dialog
w:difference
w:difference between
w:directly
w:disable
w:disable the
w:disconnect
w:distributed
w:django
w:do
w:do we
w:doc
w:docker
w:dockerfile
w:doe
w:doe thi
w:doesn't
w:domain
w:don't
w:done
w:double
w:download
w:downtime
w:drop
w:dropdown
w:duplicate
w:during
w:during the
w:e
w:edit
w:editor
w:elasticsearch
w:electron
w:email
w:empty
w:encoding
w:encrypt
w:end
w:end to
w:endpoint
w:endpoint that
w:endpoint to
w:endpoint with
w:enforced
w:enforced in
w:engine
w:enterprise
w:enterprise customer
w:entire
w:env
w:envelope
w:environment
w:epoch
w:error
w:error message
w:esc
w:etl
w:event
w:every
w:everything
w:everything in
w:everything to
w:everywhere
w:exactly
w:example
w:excel
w:exception
w:exception main
w:exist
w:existing
w:existing row
w:expected
w:explain
w:explaining
w:export
w:export to
w:expose
w:express
w:extract
w:fail
w:failed
w:failure
w:fake
w:fallback
w:fatal
w:fatal exception
w:feature
w:feed
w:fft
w:field
w:field to
w:file
w:file in
w:file with
w:filter
w:filter by
w:find
w:firmware
w:fix
w:fix it
w:fix the
w:fixed
w:flaky
w:flow
w:flutter
w:flutter app
w:footer
w:for #
w:for a
w:for each
w:for enterprise
w:for it
w:for the
w:force
w:forever
w:forgot
w:forgot password
w:form
w:format
w:format and
w:found
w:freerto
w:from
w:from #
w:from a
w:from postgre
w:from rest
w:from the
w:frontend
w:fulfilment
w:function
w:fx
w:game
w:get
w:get post
w:getting
w:getting thi
w:git
w:github
w:go
w:godot
w:goe
w:goe to
w:good
w:grafana
w:grafana panel
w:graphql
w:green
w:grid
w:grpc
w:hand
w:handle
w:handler
w:handler and
w:handling
w:handling for
w:happen
w:hard
w:has
w:has no
w:has to
w:hash
w:have
w:have a
w:have to
w:header
w:health
w:healthcheck
w:helm
w:helm chart
w:helmet
w:helper
w:heroku
w:histogram
w:hmac
w:hmac sha256
w:hoc
w:homegrown
w:hook
w:hot
w:how
w:http
w:http client
w:i
w:i can
w:i just
w:i need
w:i want
w:i'm
w:i18n
w:id
w:id and
w:idempotent
w:identical
w:if
w:ignore
w:image
w:image and
w:implement
w:implement a
w:import
w:in
w:in #
w:in a
w:in ci
w:in postgre
w:in redi
w:in the
w:in util
w:including
w:increase
w:increase the
w:index
w:init
w:install
w:instead
w:instead of
w:into
w:into a
w:into one
w:into the
w:introduce
w:invalidate
w:invalidate when
w:ios
w:is
w:is it
w:isn't
w:it
w:it and
w:it can't
w:it for
w:it in
w:it into
w:it on
w:it say
w:it should
w:it to
w:it with
w:it's
w:it's a
w:its
w:its own
w:jakarta
w:java
w:javax
w:job
w:jquery
w:js
w:json
w:just
w:just the
w:just want
w:jwt
w:kafka
w:keep
w:keep the
w:key
w:key #
w:key and
w:keyboard
w:keycloak
w:keyerror
w:last
w:last #
w:layout
w:leaderboard
w:leak
w:least
w:left
w:legacy
w:let's
w:lib
w:like
w:like the
w:limit
w:line
w:line #
w:line in
w:line into
w:link
w:link to
w:lint
w:linux
w:list
w:listing
w:listing the
w:live
w:lms
w:load
w:loader
w:loading
w:local
w:locale
w:localstorage
w:lock
w:locking
w:locking and
w:lockout
w:lodash
w:log
w:log the
w:logging
w:login
w:look
w:lot
w:lot of
w:lru
w:mac
w:made
w:main
w:make
w:make it
w:make our
w:make the
w:manager
w:manifest
w:map
w:mark
w:markdown
w:match
w:match the
w:matching
w:max
w:max #
w:max_retry
w:me
w:me what
w:mean
w:member
w:memory
w:menu
w:merge
w:merging
w:message fix
w:metric
w:microservice
w:middleware
w:migrate
w:migrate the
w:migration
w:migration and
w:migration api
w:min
w:minute
w:missing
w:mobile
w:mobile app
w:mode
w:model
w:module
w:money
w:mongodb
w:monolith
w:month
w:monthly
w:more
w:move
w:move all
w:move the
w:ms
w:multi
w:multi region
w:multi stage
w:multi tenant
w:must
w:mutation
w:my
w:mysql
w:n
w:name
w:native
w:navigation
w:need
w:need a
w:need an
w:need to
w:nested
w:network
w:never
w:new
w:next
w:nginx
w:nightly
w:no behaviour
w:node
w:node #
w:node_module
w:not
w:not #
w:not asking
w:note
w:nothing
w:notification
w:now
w:npm
w:number
w:of
w:of existing
w:off
w:offline
w:oidc
w:ok
w:old
w:old one
w:on
w:on #
w:on a
w:on every
w:on line
w:on our
w:on the
w:once
w:one
w:online
w:only
w:only and
w:onto
w:onto it
w:open
w:open the
w:opengl
w:optimistic
w:option
w:order
w:order and
w:original
w:orm
w:ota
w:other
w:our
w:our #
w:out
w:output
w:override
w:own
w:p99
w:package
w:page
w:pagination
w:pagination to
w:panda
w:panel
w:panic
w:parallel
w:parser
w:password
w:payload
w:payment
w:payment provider
w:payment webhook
w:payout
w:pdf
w:pending
w:per
w:per user
w:permission
w:pick
w:pin
w:pinia
w:pipeline
w:place
w:place that
w:plan
w:plan and
w:platform
w:player
w:please
w:please fix
w:pls
w:plugin
w:plugin system
w:plus
w:plus the
w:point
w:policy
w:polling
w:port
w:port the
w:position
w:position when
w:post
w:postgre
w:postgre #
w:presence
w:pricing
w:primary
w:product
w:project
w:prometheus
w:properly
w:provider and
w:provisioning
w:public
w:public api
w:push
w:pydantic
w:python
w:python #
w:pytorch
w:qos
w:query
w:queue
w:quote
w:rabbitmq
w:race
w:range
w:rate
w:react
w:react hook
w:react native
w:read
w:read a
w:read only
w:reading
w:real
w:real time
w:rebuild
w:rebuild the
w:receipt
w:reconciliation
w:reconciliation report
w:reconnect
w:redi
w:redirect
w:redo
w:redo the
w:redux
w:refactor
w:refactor the
w:refund
w:region
w:release
w:reload
w:rely
w:rely on
w:remember
w:remove
w:remove the
w:rename
w:rename the
w:renderer
w:replace
w:replace our
w:replace the
w:replacing
w:replacing the
w:report
w:request
w:request id
w:resolution
w:resource
w:response
w:rest
w:rest grpc
w:rest to
w:restore
w:result
w:resume
w:retry
w:retry #
w:retry after
w:retry on
w:retry with
w:return
w:return #
w:revert
w:rework
w:rework the
w:rewrite
w:rewrite the
w:right
w:role
w:rollback
w:rolled
w:rollout
w:rounding
w:route
w:router
w:row
w:rule
w:rule per
w:run
w:run on
w:run the
w:running
w:s
w:s3
w:same
w:saml
w:sandboxed
w:save
w:saved
w:saved in
w:say
w:scale
w:scheduled
w:scim
w:screen
w:script
w:script and
w:script that
w:scroll
w:search
w:second
w:security
w:see
w:seed
w:select
w:send
w:sender
w:sensor
w:sentry
w:sequence
w:server
w:server side
w:service
w:session
w:set
w:set the
w:setting
w:sha256
w:shard
w:shard the
w:shared
w:shipping
w:should
w:should be
w:show
w:show a
w:show it
w:show the
w:shown
w:shown in
w:side
w:sidebar
w:sign
w:sign in
w:signature
w:signed
w:signed url
w:simple
w:simulation
w:since
w:single
w:site
w:size
w:skip
w:sleep
w:slim
w:slow
w:small
w:snapshot
w:snapshot test
w:so
w:so it
w:so it's
w:so the
w:some
w:sort
w:source
w:split
w:split the
w:spring
w:spring boot
w:sql
w:sqlite
w:src
w:src service
w:sso
w:sso saml
w:stack
w:stage
w:startup
w:state
w:statement
w:stay
w:stdout
w:step
w:still
w:stop
w:storage
w:store
w:stored
w:stream
w:streaming
w:strict mode
w:string
w:string in
w:stripe
w:student
w:submit
w:summary
w:support
w:switch
w:switch the
w:sync
w:sync with
w:system
w:tab
w:table
w:table add
w:table and
w:table with
w:take
w:take the
w:task
w:tb
w:team
w:tell
w:tell me
w:template
w:tenant
w:terraform
w:test
w:test and
w:test data
w:test for
w:test it
w:test must
w:test that
w:test the
w:test using
w:test with
w:that
w:that read
w:the
w:the #
w:the admin
w:the analytic
w:the app
w:the backend
w:the bank
w:the button
w:the cart
w:the cli
w:the code
w:the config
w:the current
w:the dashboard
w:the data
w:the database
w:the default
w:the desktop
w:the difference
w:the editor
w:the entire
w:the existing
w:the export
w:the field
w:the file
w:the first
w:the flaky
w:the form
w:the frontend
w:the game
w:the http
w:the last
w:the left
w:the list
w:the lms
w:the log
w:the login
w:the main
w:the migration
w:the missing
w:the mobile
w:the monolith
w:the new
w:the old
w:the open
w:the order
w:the output
w:the page
w:the payment
w:the permission
w:the primary
w:the project
w:the public
w:the refund
w:the report
w:the request
w:the same
w:the search
w:the server
w:the setting
w:the sidebar
w:the simulation
w:the site
w:the state
w:the sync
w:the table
w:the three
w:the top
w:the training
w:the two
w:the ui
w:the url
w:the user
w:the web
w:the whole
w:the worker
w:their
w:their own
w:them
w:them and
w:then
w:there
w:there's
w:there's a
w:they
w:thi
w:three
w:thumbnail
w:time
w:time out
w:time zone
w:timeout
w:timer
w:timestamp
w:timezone
w:to
w:to #
w:to a
w:to aws
w:to end
w:to graphql
w:to our
w:to postgre
w:to the
w:to understand
w:to vue
w:toast
w:toggle
w:token
w:tolerance
w:too
w:tool
w:top
w:top of
w:trace
w:tracking
w:trade
w:training
w:transaction
w:ttl
w:two
w:type
w:typed
w:typescript
w:typescript strict
w:typo
w:ui
w:ui and
w:understand
w:undo
w:unit
w:unit test
w:unity
w:up
w:up to
w:update
w:update the
w:updated
w:upgrade
w:uptime
w:url
w:usage
w:use
w:use it
w:used
w:user
w:user and
w:user id
w:user order
w:using
w:using the
w:utc
w:utf
w:utf #
w:util
w:v1
w:v2
w:validate
w:validate the
w:validation
w:value
w:var
w:version
w:versioned
w:via
w:view
w:vite
w:vue
w:vue #
w:vulkan
w:want
w:want to
w:warehouse
w:warn
w:warning
w:way
w:we
w:we have
w:we need
w:we use
w:we're
w:web
w:web app
w:webhook
w:webhook handler
w:what
w:what are
w:what doe
w:what's
w:what's the
w:when
w:when a
w:when an
w:when i
w:when the
w:where
w:which
w:while
w:while it's
w:whole
w:whole frontend
w:why
w:window
w:with
w:with #
w:with a
w:with backoff
w:with no
w:with retry
w:with signed
w:with test
w:with the
w:within
w:without
w:work
w:worker
w:workflow
w:working
w:working for
w:write
w:write a
w:write the
w:yaml
w:year
w:yes
w:yet
w:you
w:zod
w:zone
w:zustand
x:bias`,Et="GQAIAN//CQASAOX/FgD3//P////8/wUA//8EAP3/+/8GAP//+/8FAAAA9f8MAP//CQD5//7/+f8IAP//AwD7/wIAAAD6/wYA8/8SAPr/+/8QAPX/9/8NAPz///8LAPb/BgD8////AwAnANb///8HAPr/+/8FAP//BQD///z//P8EAAAA+v8MAPr/CwAAAPX////9/wQA+v8QAPX/AgD8/wIABwD7//7/EAD0//v//f/8/wcA/f8GAP7/AAD5/wgA+v8BAAUADwAPAOP///8EAP3//v8EAP7/BwD5/wAAAwD8/wEA/v8KAPj//v/+/wQA//8FAPz/BwD5/wAABAD9////+/8CAAMA9/8KAAAA+/8CAAMACwD2////CgAFAPL//P8BAAIAHADx//P/CwD///b/BwD6////+P8HAAIA+v8EAAIA8/8MAAEA+////wYADgANAOX/BQD8////+v/6/wsA+f/7/wwABwD1/wQA/P8DAAAACgD9//n////9/wQAFwD1//T/FwD1//T/7P/p/ysA///8/wUA///9/wQABgD8//7/AgD8/wIABgD///r//v/5/wgA///4/wkA+/8FAAAAAAAMAPX/CgD3/wAAAAD8/wQA8P8GAAoA//8JAPj//P8CAAEAAQAEAPv//v8FAP7/+/8LAPr//v/9/wUAAgAEAPr/AwADAPr/AwABAPz//v8FAP3/+f8LAPz/AADy/w0ACAD3/wEABAD3/wUABgD///v/AgD8/wEA//8FAP3///8FAP3/9v8KAAAAAAAFAPz/+f8EAAMABAD6/wIABQD8////9P8OAP7/CwD4//3/AwD7/wMAAAAGAPr/8f8BAA4ABgD///v/+v///wgA/v/6/wgA+P8MAPz/CAD4/wAACQD3///////6/wcA5f8MAA8A4v8SAAwA+//2/w8A+P8KAP7//v8EAP7/+P8HAAEA+v8GAAAA+f8LAPz/+/8IAP7//P8FAP////8FAPz/AgACAPz//f8GAP3//P8FAAAACAD4/wAA+v8QAPf/BQD8/wAACQD6//3//P/8/wgA/f/7/wkA/v/6/wkACgD2////AAD7/wYA/f8GAP3/+v8IAP7/9v8NAP3/+/8FAAAA+/8IAP3/+/8IAP3/5v8TAAcA+/8FAAAA9v/6/xAA/P8LAPn/AwACAPv//P/+/wcA/f///wQABwD5/wAA+v8NAPn//P8LAPj/DgD4//r/DgD4//r/BAAHAPX/DAD3//3/+/8MAPn/AAAFAPv/AAAFAPv/DgD///P/BAD+//7/5//8/x4ACQABAPb//P8AAAQA9f8UAPj/9v8NAP3/+f8HAAAA+v8FAAIA5f9FANf/FQD0//f/+v8CAAQAAgAEAPv/AAAFAPv//v8FAP3/+v8IAP7/AAAEAP3/+v/4/w4A+f8MAPv//v/4/woA///8/wUA///4/wkA/v8HAPz/+P8HAAAADgD9//X/+v/z/xMA+P/0/xQACwD7//r//P8GAP7/+//3/w4A+//+/wcACAD4/wAA/P8GAP7/AAAEAPz/AAD9/wQA///8/wUA///9/wUA+/8GAP///f8EAP//BQD7/wAA/f8FAP7//f8FAP7/+P/6/w4A8/8PAP///f8EAP7/+/8GAP//8/8XAPb/+v8IAP7/+v8OAPj//v8FAP3///8FAPz////7/wYABgD///z/CAD+//v/BAD9////AwAHAPb///8KAPf////3/wsA///9/wUABQD4/wMAAwD7/wMABADv/w0A/f/7/wgABQD0/wcACwAEAPD/6v8RAAUA///8/wUA+f8EAAMACwD5//z/EQD3//j/BwD6//////8HAPr/AwD7/wIABQD9//7//v8FAP7/CwD9//j/AAD8/wQA+/8EAAEADgD7//f/DgD5//n/+/8DAAEA+/8GAP//CwD3//7/9/8IAAIA/v8GAPz/+/8DAAIADQD4//z/AAD9/wQABwD9//3/AQD8/wMACQD7//z/CQD7//z/AgD4/wYAAAD6/wYAAAD2/woAAAD5/wcA9f8XAPT/+/8JAPz/+f8IAP7/AAAEAPz//v/4/woA/f///wQA/v/9/wUACAD8//z/+v8CAAMA/v/+/wQA8f8OAAEAAQD7/wQACgD+//j////8/wUA///8/wUAAQAEAPz/+v8IAP7/+P8CAAYA+v/9/wkAAgAEAPr/4P8FABsA/f/5/wkA///5/wgAAAD8/wQA9v/7/w4A+v/9/wkAAAD9/wQAAAD8/wQA/P8DAAEA+P8PAPr//P8GAP7/9v8NAP3/+P8IAAAA+v8CAAQABwD8//z/+/8MAPr/CAD6//7/AAAFAPr/4/8TAAoA+f8IAP///v/6/wgA+/8JAPz//P8FAP//+v8GAAAABQD8/////P8EAAAA/P8GAP7///8FAP3/CAD4/wAABwD6////BgD///r/AADx/w8A///5/wkAAAD6/wcA+//7/woA/P/7/woAAQD8/wQA/f/8/wcA///9/wQAAAD8/wQA+v8OAPf/+f8IAP//BAADAPn/EQD9//P/CAD+//r/DAABAPP/BwD7//7/+v8DAAMA+/8DAAIA+/8KAPz/+/8KAPz//P8EAAAABwD5/wAABQD4/wMAAQD8/wIAAAD8/wQABgD7////BgD+//z/+v8LAPz//v8GAP3//P8RAPT//f8EAAAA//8LAPf//P8AAAMA/P8AAAMABQD+//3/BQD5/wEA7v8OAAQA/f8FAP7/+f8IAAAA///9/wQABgD+//z/9v/5/xIA///5/wkABQD+//3/BQD7////+/8DAAIA//8KAPj/+v8CAAQA+P8JAAAA/P8FAP/////9/wQA///9/wQACAD7//3/+//7/woA+f/+/wkA+v8DAAMA/P8IAP3/DwD8//X//v8EAP7/+/8GAP///f8EAAAA9f8EAAcA/f8GAP3/BgD7////BgD7////CAD4///////8/wUA/v8FAP7//v8FAP7//P/1/w8AAAD8/wQACAD5////CgD2////CwD4//3/CAD4////CAD4/////v/6/wgA/v/9/wUA+v8LAPv/+/8BAAQADQADAPD/+/8JAPz/+/8GAP//+v8EAAIA+/8FAAAA+f8IAP//FAD5//L/CgD3/wAABAABAPv/8f8BAA4AAAD8/wMA+P/9/wsA/P/+/wcA/P/+/wcACwD///f//v8FAPz//v8EAP///P/8/wgAAAD9/wQAAAD9/wQA/f/8/wcA+f8KAP7/BQAKAPH/+//+/wcA///9/wQA//8KAPf//v8IAPr/+v8IAP7/8v8KAAQA+v8MAPr///8GAPr//v8FAP3//P8GAP7////8/wUA/f///wQA8v8FAAgA///8/wUA/P8FAP/////9/wQA+v8JAP3//P8GAP7/CwD+//f/8v8QAP7//f/+/wUABwADAPb/DAD2//7/EwD0//n/+f8DAAQA///9/wQA+/8FAAAA+f8GAAEACwD+//f/BQD8/////P8DAAEA9P8VAPf//f/6/wkA9P8RAPv/AAD7/wUABgD5/wAAAQD7/wQABwANAOz/CwD+//j//v8LAPf////6/wgA+P8GAAIA+P8GAAIABAAIAPX/BAAIAPX/BgD8//7/+P8AAAgACwD5//z/BAAAAP3/BADw/wwA+v///wcA+/8MAPn//f8EAP//AQAJAPb/BwD8//7/+f8DAAQA/P8EAAAA+P/2/xIA+v/2/xAA/f/+/wQA//8OAPP/AgAJAPX/+/8FAAAA/P8MAPj//v8HAPv/AgATAOr/AAAGAPr/DgD6//j/DQD4//z/BgD9//3/+P8IAAAABgD7/////v8EAP//BwABAPj/+P8WAPH/AAAGAPr//P///wUADAD7//n/CAD6//7/CwD///b/BAD9/////v8KAPj//v8KAPj//v8LAPf//P8KAPn/BAAGAPX//P8LAPn/BAD6/wMA///9/wUADgD8//b////6/wcA/P8LAPn/+v/7/wsA/P/9/wcABgD+//z/CAD9//r/AAD8/wQA+v8GAAEA9//8/wwA+P/9/wsABQD///z///8HAPr/+/8HAP//9f8RAPr/+v8JAP7/+f8IAAAA+/8AAAUA+f8IAAAABQD9//7///8FAP3/9/8DAAYA+P8MAPz/DAD5//v/+f8QAPf//v8FAPz/+/8OAPf//f8GAP7/+/8EAAEA/f8FAP7/AAD9/wQA9v8KAAAA/f8FAP7/+P8QAPj/AAD6/wYACAD1/wQA/P8DAAEAAAAHAPr/9/8FAAQA+v8KAPz/BAD8/wEA/P8MAPj/AgAHAPf/BAD+//7/AwD8/wEAAwABAPz/BQD8////9v/4/xIABAD3/wUAAAD8/wQABAD8/////f8RAPL/BAANAO//+P/5/w8A9//5/xAA+/8HAP7/+/8AAAUA+/8AAAUA+v8DAAMA+/8BAAQA+f8AAAgA+f/7/wwAAQAEAPv/9v8EAAYA/v8HAPv/+v8HAAAADADz/wEACwD1/wAA9f8EAAcA9f8EAAcA///5/wgA/v8GAPz/AQAEAPz/9f8JAAIA/f///wQA+/8JAP3/+//4/w0A/P/+/wYA9f8JAAIA+f8IAP///f///wQABQD9//7//v8HAPz///8JAPj/AAD7/wQA/P8GAP7/+P8JAP//BwABAPj/CAD///n//v/7/wcA///6/wcA///8/wQA/v/+/wQAKQD+/9n/BAD+//7/BQD7////CwD7//r/CwD1/wAABwD7//7/AAAEAPz/BQD7/wAA//8GAPv/CQD7//z/9/8HAAIA///7/wYA/f8EAP//AgD5/wUA+v8CAAMA/f8EAP7/7f8XAPz/+P8KAP7//P8HAP3//P8HAP3/AQAHAPj//f8EAAAA+P8HAAEABgD4/wEABQD3/wUA/P8DAAEAAQAEAPz/+P8VAPL//v8FAP3//v8FAP3//v/8/wYA/v/9/wUACQD7//z/DgABAPH///8GAPr/AAD8/wQAAQD3/wgACgD3/wAA/f/7/wkA///8/wUA9/8HAAIA///9/wQABgD7////+//+/wcA//8FAPz/BAD4/wQABgACAPj/AwD5/wQAAAD7/wUABAABAPz/7/8VAPz/8/8OAP///f/y/xEA+//3/w8A+P8GAAIACAD6//7/8//5/xUA+/8IAP3/7//6/xcABADq/xIA///7/wUA+/8AAAUABQD6/wAA9f8MAP//+f8IAP//FgD4//P/+v///wcAAAAGAPr/BAAFAPf/BAAFAPf/+f8IAP//AQAOAPL///8FAPv/9/8IAAEA+P8HAAEA+/8FAAAA/P8IAPz/+P8KAP//+P8JAP///f8FAP7//f/+/wUA///8/wUA8P8SAP///f/5/wkAAAD8/wQA/f8HAP3//v/6/wkA///8/wUA8f8CAA0A/v/9/wUA///9/wQA//8EAP7/+v8KAPz/+v8KAPz/AgD8/wIA+/8EAAEABwD5/wAAAQAEAPz/+/8CAAMA//8EAP3///8EAP3/BAD///3/+f8SAPX//f8IAPz/9P8MAAAABAD9/wAA8/8PAP7/6f8SAAQA//8FAP3///8HAPv//v/9/wUA/P8JAPr/AAD8/wQACgAAAPb/BwD6//7/6f/6/x0A/v/4/woA///9/wQA+/8BAAQAAAAGAPr//v/3/wsA///8/wQAAgD5/wUAAgD5/wUAAAAFAPv/AwAGAPf/AAAFAPz/AwD3/wYA/v/6/wgABwD6////CAD7//3//P/5/wsA///6/wgACAABAPb//v8EAP//DQD7//j/8f8NAAIA+v8LAPv/+P8BAAcA/f/6/wkAAAD6/wYA/f8FAP7/CwAOAOb/BgD3/wMABQD7/////P8FAAAA+P8MAPz/BQD9//7//P8KAPr//P8KAPr/9P8SAPv/BwD+//v/BQD+//3/+P8IAAAA/f8EAP//9f/5/xIA///8/wUA+P///wkA/v/+/wQAAAAEAP3/+P8LAP7/AQAIAPf/AAD9/wQABAAEAPn//f8EAP7/BQD6/wEABwD3/wIA/P8BAAMA+/8GAP//9v8MAP7/+P8IAP//CAD4/wAA+v8DAAMA/v8HAPr/+P8LAPz//v8GAPz/9v8OAPz//P8HAP3/+v8IAP////8EAP3///8FAP3/CQDy/wUA+//4/w4ADwD7//b/+P8MAPz/BgACAPj/BgD///v/AQAIAPf/AQAIAPf/DAD0/wAA/P///wUAAAD7/wUAIQD0/+v/DgD0//7//f8GAP3/DgD///P/BwD6/////f8GAP3///8GAPz//v8GAPz//v8FAP3/AAD6/wYA8v8PAP7//f8FAP7/BgAEAPb//P8GAP7/+P///wkA/v/+/wQA/P8EAAAA/P8EAAAA+v8HAP//+v8HAP//AwD8/wEACQD4/////f8FAP7/DAD5//v/CgD6//z/+P8KAP//+f8GAAEA/v8EAP7//P/z/xIA/f/+/wUA8//7/xIABAD7/wEA+f8JAP7/+f/9/woA8P8JAAcA8/8LAAIABgD7////CgAEAPL/CQAAAPf/9v8QAPr/CAAEAPP/+f/7/wwA/f8GAP7/+/8JAPz/+f8JAP7///8FAPz/BAD4/wQA/v8KAPn/BwADAPb/DwD5//j/DAD+//b/AQALAPT/BQACAPr/BwD8//3/+P8MAPz//P8EAAAA+/8KAPv//P8GAP7/CgD6//v////8/wYAAQD8/wMACQD9//r/CQD0/wMAAAD7/wUA+v8HAP//+v8HAP//9f/+/w0A/P8IAPz/BAD1/wcAAAD5/wcAAAD9/wQA+f8LAPz/+/8MAPn////+/wQA9v8ZAPH//f8FAP7//f8cAOf//v8EAP7/BAACAPr/8/8LAAIA+/8DAAIA+/8DAAIABQD8///////9/wQABQD8/wAAAwD4/wYA9f8LAP//AgD8/wIA/f8GAP3/CAD4////BwD+//v/BwD+//v/4P8+AOL/8/8ZAPT/+/8UAPH/uf/l/2MA2/9AAOX/3/8ZAAgAAwAQAO3/p/9KAA4A0P8gABAA5f8aAAEAyf8VACIA4P/m/zoA2P/w/zgAwf/t/1EA5P/1/ycAEgAxAL3/vv8fACMA5P8aAAIADQD///T/CQDv/wgADADt/wcA/v8GAP3//P8HAPz////6/wcA+//9/wgA+/8JAPz/AwACAPv////9/wQA7f8gAPP//f8GAP7//P8EAAAABgD7////BwD7////BwD5/wAA/v8GAPz//P8FAAAA/f8HAPz//f/9/wYABgD8//7////6/wcABQDy/wkA/P///wYA/P8KAPr///8IAPj/AAD7/wYA/v8JAPr/+f8JAP3/AAD8/wQAAwD7/wIA/P/6/woABAD7/wEA+P8PAPn//P8IAPz//f/7/wcA+/8GAP//AwD8/wEA/v/8/wYA/v/7/wcABgAAAPr/9v/8/w4A/f8EAP//AAD5/wcA//8EAP3////8/wUAGgDo//7/BAD9////9//8/w0A+f8AAAcABQD7/wEAAAAEAP3/+/8HAP7////6/wYA+f/9/woA///x/xAAAAD7/wUA/f8HAPz/+v8LAPv/AAAFAPz/FQASANn/HAACAOL///8MAPX/+v8JAP7/DgDz/////v8JAPj/+v8JAP3/BgD///v/8/8WAPf/8P8LAAYA/f8EAP//+P8HAAAA///9/wQAAAD8/wQA8P8AABAA+//6/wsABQD7/wAA9v8YAPL//P8KAPr/AAD7/wUA+v8IAP7/AAD8/wUArv8eADQA/v/+/wUA9f8MAP///P/9/wcA+//+/wYA/v/+/wQA///6/wYAAAD8/wQA/f8IAPv//P///wUA///0/w0A///7/wYA/f8IAPz/+/8NAPj////9/wQA/f8IAPv/CgD7//z/+f8IAP//8/8IAAUAAgAJAPX///8JAPj/BAAHAPT//f8IAPv/BwD///n/8v/+/xAA8v/+/xAABAD9////AQD6/wUA5/8cAP7/+v8KAPz/BwD9//z//v8FAP3////1/wsA/v/9/wUAyP8GADIA/v/7/wcA+v/9/wkA/f8GAPz////8/wUA/P/7/woAAAD7/wUACgD9//n/DAD7//j/9/8OAPv//v8TAO//EwDy//v/AAAGAPr/AAD7/wYAAADy/w4ADAAEAPD////9/wQACgD3/////P8NAPf/+/8HAP3/9//6/w4A+P8OAPr////1/wwAAAALAPX/+P8GAAEA/P8HAP3//v8KAPj/8f/6/xQABAD9/////f8JAPr//P8BAAMAAAD8/wQA+f8RAPf///8HAPr/AAD5/wcA/f8GAP3/AwD6/wIA+P8JAP//+/8KAPv//f/3/wwABwD///r/BgD7////+/8HAP7/+/8FAAAABAADAPr/+/8QAPX//v8GAP3/CwD6//v/AAD8/wQA/v/+/wUA/v8FAP7//v8MAPb//v/9/wUA//8FAP3/+/8MAPr/+v/8/wsA+f/3/xAA///6/wcA/v/9/wUA/v8FAP3/AgAFAPn/BQD8////+//7/woAAAD8/wQAAAD7/wUAAAD4/wgA/f/8/wYABQAFAPb/+v8IAP7/EQACAO3/BgD8//7//v8FAP7/BwD7//7/9f8HAAQAAQD7/wQA///8/wQA9/8JAAAA/P8GAP3/CQAKAO3//v8EAP7/BQD+//z/AAAEAPz/BQD8/////f8GAP7/AAD7/wUA+v8DAAMABAD+//7/EwDv//7/+//6/wsAAwD7/wEA///7/wYAHwD3/+r//f8FAP7/GADz//X/AAD8/wQAAAAKAPb////9/wQA///9/wQAAQAIAPf/+/8KAPv/9P8VAPb/+/8FAAAA+/8HAP3/8P8UAPv/+P8MAPz/+v/+/wgA//8FAPz//v8EAP7/+/8AAAUAAAD1/wwAAAD3/wkABgD+//3///8LAPX/AwD8/wEA/P8AAAMADQD4//z/FAD2//f/BgD7////8v8fAO///P8GAP7/+/8LAPn//f8EAP//+/8FAAAA///y/w8A///3/woA/P8GAP//CgD5//7//P8EAP/////7/wYA+P8HAAAA///6/wcA/v8HAPv/+f8LAPz//P8BAAMAAAAEAPz//v8EAP7//P8IAPz//f8GAP7/+v8IAP7/AAD7/wYA//8FAPz/AAAFAPv////6/wgA/f8KAPr/+f8IAP7//v8GAPv/AwD6/wMA/P/6/woA///8/wYA/P///wUA/v/3/woA/P/w/xUAAAD7/wUA/P8JAPv//P8IAPz/8f8FAAoA7f///xUA9v/2/xMA+////wYA/v8JAPn//P8JAPv/CAD3/wEABAD3/wUA+/8IAP7/BAD7/wEAEwD6//P/AgD8/wIADAAEAPD////6/wgABAD8/////P8FAP//DQD4//v/AgD8/wIA+/8DAAIA/f8FAP7//P8KAPr/+/8GAP7/BQD///z//v/5/wkABwD9//z/BAAAAPz/BgD8//7/AAAGAPv/DwD4//n/DwD4//n//P8FAP/////8/wUA+//3/w4AAwD4/wUA///9/wQAAAAHAPn/AgACAPz/BAAHAPX/FgDw//r/BAD9////+/8NAPj/+//x/xQACQD+//n///8EAP3/AAAFAPv//f8IAPv/AAD7/wUA/P8JAPz/+v8QAPf//P8EAAAA///4/wkA///4/wkABAD+//7//f8FAP///P/9/wcA/v/5/wgA/v8EAP7/8/8ZAPT//f8EAP7/BQD8////+f/+/wkAAwD3/wYA///6/wcA+f8RAPb///8EAP3////9/wQA/v8EAP3/AAD8/wQAAAD8/wQA/P/1/w8A///2/wwA///4/wkA/f/8/wcAAgAKAPT/AAD6/wYA/v8FAPz/+P8MAPz/+/8XAO3/BAD9/////f8HAP3//v/9/wUA/P/1/w8A7v/r/ycA7v/1/x0A/v/7/wcA+f/6/w4A///9/wQABAD7/wEA/P8EAAAA+P8HAAEA+v8MAPr//f8FAP3/+/8DAAIA///+/wQA+v/+/wgA//8FAPv/CgD7//v/BAD8/wAABAD9/////v8GAPz/BAADAPn/9f/5/xIA+/8EAAAA8v8NAAEA9f8WAPX///8FAPz/+/8HAP7////7/wcA/P8GAP3//f8FAP3////4/wkA/v/+/wQA/P8EAAAA/v/7/wcAAAAGAPr///8QAPL/BAD+//7/+/8JAPv/9/8NAPz/+/8GAP///v8FAP3//P/6/woA+P8VAPP/7f8SAAIABAADAPn/CAD3/wEACgD3////+P8CAAYA9/8BAAgA//8EAP3/CgD5//3/+/8GAP//BgABAPn///8JAPj////4/wkAAwABAPv/7/8NAAQA+v8LAPv/+/8JAPz/BAAAAP3/BgD9//7//P8iAOP//P8OAPX/AAAEAPz//v8FAP3/AAD9/wQA9P/4/xMACAD5//7////+/wQA+//+/wcA/f/+/wQA//8IAPn/8/8AAAwA///6/wcA+/8OAPf/AAD8/wQA+P8AAAgABAABAPv/BAD8/wAA+f8OAPn//f8JAPv/AgACAPz///8EAP3/6//1/yAA+//9/wgA+v8JAPz/+v8KAPz/DAD5//v/AgAEAPv///8FAPz//v/9/wUA/f8KAPn/AQADAPz/+/8AAAUA+/8BAAUA9P8GAAYA/f8GAP3///8EAP3/+v///wcAAAD9/wQABAAAAPz//v8FAP3//P/5/wsA///9/wUA///9/wQA/P8DAAEAAQD1/woABQD9//7////6/wcAAAAFAPz////8/wUA+f8NAPr//f/+/wUA/f/+/wUACAD5/////P8WAO//6v/9/xkA/v8FAP3//P8HAP3//v8EAP7/AAAFAPz////4/wgA/v8HAPv/+f8BAAYABgD5/wEAEgABAO3/AgADAPv/EQD5//f//f8GAP3/BwD7//7/BQD///3///8EAP3/BQD8//7/+v8HAP//AQANAPL//v8EAP7//v8FAP3//P///wUA9f8QAPv//f8FAP7/+v8NAPn//v/+/wQA8f8GAAkA+v8HAP//FAD5//P/LQDs/+f/+P8DAAUA+v8GAP////8EAP3/BwD6//7/+/8HAP7/8v8SAPz/CQAEAPP/+P/1/xMACwD4//7/CwD4//7/BgABAPj///8EAP3/BQD3/wQACAACAPb/DQD8//b/7/8EAA0A+/8HAP7/AQADAPz//v/7/wcA/f/z/xAA/P8GAP7//P8FAP7/+f8LAPz/EQD///D/BgD7////DAD7//r/FgANAN3//f8FAP7/AAAEAPz//v8LAPj//v8JAPn//v8GAPz//v8GAPv/BgD7////CAD4/wAABgACAPj///8EAP3/GgDz//P/BAD9/////f8EAP/////8/wUAAAD9/wQA///5/wgAAAD9/wQA/f/7/wgA/f/+/wUADQD+//b/+v8TAPP/GwDo//3/AwD7/wIABwD7//7/DAD///X/BgD8//7/9P8KAAIA/P8GAP7/CQAAAPf//P8GAP7//v/4/wkA+v8KAPz/+P///wkA/P8FAAAAAAADAPz/AAAGAPr//f8LAPn/+f8MAPv/+v8MAPr////9/wQACQD6//3/9f8EAAcA/P/7/wkA+v8PAPf//P8FAP///P8GAP7/AQAGAPn/BAAOAO7/BgD///v/CgD3/////v8IAPn/EAD1//v/DAD1////BQD8/wAAAgD7/wMA+v8ZAO3///8EAP7///8EAP7//P/y/xIA///4/wgA9P8UAPj/+/8IAP3/+f8BAAYABQD1/wYA+/8IAP3//f8HAPz/+/8EAAEAAwD4/wUA///5/wgA/f8HAPz/EwD7//L/BQARAOr/AwACAPz/AgDy/wwA/v8PAPP/DQD7//j//f/6/wkA/f/6/wkA+/8HAP7/AAD8/wQA/f/9/wYA//8OAPP/+/8AAAUA+/8LAPv//f/+/wUACwD7//r////6/wcA/v/9/wUACAD+//r/AwAEAPn//f8FAP7////2/wsAAgD5/wUA/f///wQAAQAEAPz//v8EAP3/BAD+//7/EADy//7/CgD7//z/BAD6/wEA/v8EAP7/+f8CAAUA9f8TAPn/BgD6/wEAAAD8/wQABQD8//////8HAPv//v/8/wYA//8FAPz/9f/5/xIA/P8AAAQAIwD//97/BgD///v///8EAP3//f8GAP3//P8FAP//EwDz//r/+P8BAAcA/f/8/wcA+f8CAAUA/f/5/wkA+/8PAPb/AwD3/wcA/P///wUA+P/5/w8A///8/wUA/f8IAPv/BgD3/wMA6P/s/ywA/f/9/wYABQD5/wIA/f8EAP7/6//6/xsA9P/9/w8A+/8HAP7//P/+/wUA/f/1/w8A///y/w4ABwD9//z//v/8/wYABAD///3/BgABAPn/BAD4/wQA9/8OAPv/9f/7/w8AAAAGAPv//P8EAAAABAD5/wMA9/8RAPn///8HAPr////6/wcA9f/7/xAA9v8BAAkABAD+//7//f///wQA/v8JAPn////8/wUABAD2/wYACQD9//r/FADz//n/BgD7////DAD2//7//P8FAP//CAD+//r////2/wsABwD+//v/BgD9//3/+P8BAAgAFQD0//f/AAD6/wYACQDz/wQAAgDx/w0A/v/9/wUAFQD3//T/AgD6/wUA///7/wUA+v8MAPn//f8EAP//CgABAPX//P8IAPz/BwD7///////7/wYAEQDz//v//v8HAPv/GwD0//H////0/w0AAAARAO////8GAPv////9/wQAAAD6/wYAAAD7/wUA/P8HAPz/+f/9/wkABAD///3/BAAGAPb/AAD8/wMAAAD7/wUA/v8HAPv//P/7/wkA/v/8/wYABwD4/wAA7v/e/zQA///3/woABgAHAPP/+P8IAAAA+v8GAAAA///2/woAAAD5/wcABAAAAPz/8/8pAOT/+P8PAPj/+/8JAPz/BAD+//7//f8GAPz/+/8FAAAA/v/7/wcA//8FAPz/AgAJAPb//P8JAPv/CwD1/wAAAAAEAPz/AwD5/wUA/P8DAAEA/f///wQA//8HAPr/5f8BABoA+f8PAPj/+P///wkAAwACAPv//P8JAPv////4/wgA9//1/xQABAACAPr/AwAEAPr//f/3/wwA/f/8/wcAAwD6/wMA/f/+/wUA/f8FAP7/+/8HAP7/+/8KAPr//P/1/w8AAAD5/wcA9f8GAAUA//8EAP3/BgD4/wIAAAD7/wUA///5/wgABwD5/wAA+P8BAAcA/P8JAPz//v8FAP3/AAAFAPv/+//4/w0AAwD7/wIA/v/4/woAAAD4/wgAAQD7/wQA9v8AAAoAAgACAPz///8FAPz/+//8/wkAAAD8/wQA///6/wcAAAAEAPz//f8EAP//CgD5//3//f8IAPr/AgD3/wgA/v/9/wQA/P8BAAIAAQD8/wMA/v/+/wQAAQD5/wYA///7/wYABQD9//7////6/wcAAgAEAPr/BAAJAPP/9f/2/xYABAAAAPz/9v/8/w4A+P8UAPT/+f8JAP//AAALAPX///8KAPf//f/1/w4A/v/4/woA+v/4/w4AAAD8/wUAAAD7/wUA///y/w8AAAD8/wQA+/8GAP//8v8QAP7/+/8IAP3//P/5/wsA+f/5/w4A/P/7/wkA9v8OAPz/9/8OAPv/BwD6////8v/3/xcAAAD8/wQA+P8KAP7////8/wQA///8/wQA8v8WAPf/BwD3/wIADAD2//7/DAD8//j/BgD9//3//f///wQABADz/woAAAD7/wUA+f/8/wsA/v/2/wsA///4/wkA9/8LAP7/+P8aAO7/BAD///3////3/woA+f8NAPn/+/8AAAUA+v/5/w0A/P8AAAQA/f/+/wUA/f8IAPv/+v/2/w8A+P8QAPj/AwAGAPf/BwD7//7/+f8KAP3//f8EAP//+v8IAP7/BwAGAPT//P8KAPr/CAD6//3//P8JAPv//P8KAPr/8f/8/xMA8f/3/xgABwD8//3///8FAPz//v/5/wkAAAAEAPz/AAD7/wUABAD9////BgD+//v/+P8BAAYA8v///w8A/P/+/wUA///6/wcACAD+//r/+v8FAAEACgD+//j/AgD7/wMA+/8GAP///f8EAP//+P///wkA///9/wQAAADz/w0A//8HAPr//f8JAPr//v8FAPz/GwDt//j///8KAPf//f///wQA///6/wcA/v8FAP3/+f8TAPP///8HAPr//v8EAP7/9/8OAPv/7/8NAAQACQD5//3/AAD8/wQA/v8RAPH/AgAFAPn///8HAPr/+v8RAPX//P8IAP3//f/+/wYA//8EAPz/+/8FAAAA9v8IAAIA/v8EAP7/8/8AAA4ABQD4/wMADQD5//r/DQD3//3//P8VAPD//f8HAPz/+v/7/woA+v/9/wkA+f8LAPv/+v8MAPr/CwAQAOX/CgAAAPf/7/8eAPP/9v8PAPv//v8EAP3//P8IAPv//v8EAP7//v8EAP7/BwD6/////P8KAPr/CgD2////BQD7/wAAAwAHAPb////z/w4A///6/wcA//8EAP3//v/4/wkA9P8SAPr//f/0/w8A///8/wQABgAFAPT/CwD4//3/BAD6/wEACQD///j/AwAFAPj//v8GAPz/BwD6////BwD6////BQD5/wIA///9/wUABAD7/wEA/P8GAP7//v/9/wUAAgACAPz///8EAP3/7/8UAP3/9P///w0AAwD7/wIAAwD7/wIABQD2/wUACAD6//7/6P8yAOb/+/8IAP3/8v/5/xUA///9/wQACQD3/wAA+/8HAP7//v8HAPv/9v8IAAIAAAD7/wUA8/8VAPf//P8HAP7/AwADAPr//f/5/woACAACAPb////8/wUA9v8IAAIA/P8EAP//AAAHAPn/AAD0/wwA///6/wcABAD5/wIABQD+//3/CgD1/wAA/P/6/woA//8HAPr//P8GAP3/+v/6/wwABAD9////BQD///z/9//8/w0AAAD7/wUA9v/x/xkAAgAEAPv/8P8NAAQABAD+//7/AAAGAPv/AAD7/wUA+P8FAAIA/v/9/wQA/v8HAPv////6/wcAAQD8/wMABwD6////BwD6////+/8HAP7//P/8/wgA/f8GAP3/DgAhAND/AAD7/wUAAAAFAPv/DAAIAOz////7/wcA//8GAPv/CwD3//7//f8FAP7//f8EAP///f8JAPr/DAAGAO////8EAP3/BAAdAN//9v8BAAoA/v8HAPv/AAD7/wUA8v8AAA4A/v/+/wQAAwD6/wIA/v8IAPr/BAD+//7/+/8FAP//CQD5//7/+f8BAAYA/P/+/wcA+P8KAP7//f///wQA9v/8/w8ACgD8//r//P8BAAMAAwABAPz//v8FAP3//f/8/wcA/v8RAPH/BQD8///////2/wsAAQADAPz//P8AAAMACgD3/////v8FAP3/+f8FAAIA+/8DAAMAAgAEAPr///8IAPn/CQD5//7///8GAPv////4/wgACgD7//v//v8IAPr///8HAPr/DwABAPD/BQD9//7//f/8/wcA+f/8/wsAAAAEAPz/AAD7/wUAAwD0/wkACgD7//z//f8FAP7/+/8JAPz/AAAEAPz/+f/+/wkAAAD7/wQA/v8EAP///P8FAP//CAD8//3//f8GAP3/BAD+////+f/9/wsA9v8NAP3////+/wQA/v8HAPv//f8HAPv//v/5/wkAAAD7/wUA+P8LAP3/+/8BAAQA+/8JAPz/+/8QAPX/BwD///r/+/8JAPv/AwAFAPj/+/8DAAIA/f8GAP3/9f8GAAUA+/8CAAMA+f/+/wkA//8HAPr//P///wUAAAD7/wUA8f8IAAYA/f8FAP7/+P8AAAgAAQD8/wMABQD3/wQAAgD4/wYA/v8LAPf/AwAMAPH//P8MAPj/9/8MAP7/8/8HAAYAAAAMAPT/AAD8/wQADwD4//n/+v8KAPz/+/8FAAAA/v8EAP7/DQDk/w8AFwDn/wMA9v8CAAgA9f/8/w8A///6/wcA/v/+/wUA/v/6/wkA/P///wUA5f8pAPL/BwD5/wAA/P/+/wYABwAAAPn//P8GAP7//f8MAPj/+v/5/w0ABgD7/////f/2/w0ABwD///v/CAD8//z/CgD3////AAD4/wgADAD8//n/+/8IAP3/AAAGAPr/+/8FAP//AgD6/wQA9/8QAPn//f8EAP//9P8QAPz////6/wgA/v/9/wUA8/8HAAYA/v8FAP3/BwD5/wAABAABAPv/FQDv//z/FADw//z/AQD6/wUA/v8JAPn//P/+/wYA/P8OAPb//P8UAPD//v/6/wgA7//r/yUA/f8EAP//+/8GAP//AAD5/wcAEQD+//H/BgADAPf////1/wwA9f8RAPr/AAD9/wQAAAAEAPz///8GAPv/9/8QAPn//P8IAPz/+v8FAAEABQD9////BQD9////FQD+/+7/AAD7/wUAAQD5/wYA+/8KAPv//f8IAPz//P8FAP//+//+/wgABQAIAPP/BQADAPj/AAD8/wQAAgD6/wMA/f8IAPz//P/8/wkA9//6/w8A+f/3/xAA+f/9/wkABQD9//7/BAADAPn////4/wgA/v8GAPz/BAD+//3//v/4/woAAQD1/woAAwD7/wIA9f/7/xAAAwAEAPn/BgD1/wUA+v/6/wsA/P8CAAIABAD9//////8GAPv/LADi//L/DAD7//j/CwD4//3/DQD4//r/DAD6//r/4v8rAPP/9v8OAPz//P8FAP///f8EAAAA+f8MAPv/BQD9//3/BAAEAPj/7v8QAAIA+v8DAAMA+f/+/wkAAAD8/wQACwD4//3/+/8MAPn/6v8BABUABgD7////BwD+//z/+v8LAPr//v8GAPz//P8FAP/////6/wcA+v8MAPr/+f8KAP3//v/8/wcA8/8CAAsA9/8BAAcA8f8fAO//AAD7/wQA///3/woAAAD6/wYAAgAHAPf/BAAHAPb/+/8CAAMA9v8PAPv//v/7/wcABQD+//3/DwD4//n/BAAEAPj//v8FAP3/AAD8/wQA/P/9/wcAhwCx/8f/";var zt=["simple","medium","complex"],ts=100;function rs(n){let e=n?1:0;for(let o=n.indexOf(`
`);o>=0;o=n.indexOf(`
`,o+1))e++;let t=new Int32Array(e+1),r=0;n&&(t[r++]=0);for(let o=n.indexOf(`
`);o>=0;o=n.indexOf(`
`,o+1))t[r++]=o+1;return t[e]=n.length+1,t}function os(n,e,t,r){let o=Math.min(t-e,r.length);for(let s=0;s<o;s++){let i=n.charCodeAt(e+s)-r.charCodeAt(s);if(i!==0)return i}return t-e-r.length}function ss(n,e){let t=rs(n),r=Buffer.from(e,"base64");return{get(o){let[s,i]=[0,t.length-2];for(;s<=i;){let c=s+i>>1,l=os(n,t[c],t[c+1]-1,o);if(l===0)return[0,1,2].map(A=>r.readInt16LE((c*3+A)*2)/ts);l<0?s=c+1:i=c-1}}}}var is;function cs(){return is??=ss(St,Et)}function Ct(n,e=cs(),t=[0,0,0]){let r=[...t],o=[];n.forEach((f,g)=>{let P=e.get(g);if(P){for(let v=0;v<zt.length;v++)r[v]+=f*P[v];o.push({feature:g,value:f,w:P})}});let s=[0,1,2].sort((f,g)=>r[g]-r[f]),[i,c]=[s[0],s[1]],l=r[i],A=r.map(f=>Math.exp(f-l)),a=A.reduce((f,g)=>f+g,0),u=o.map(({feature:f,value:g,w:P})=>({feature:f,value:g,push:g*(P[i]-P[c])})).filter(f=>f.push!==0).sort((f,g)=>Math.abs(g.push)-Math.abs(f.push));return{level:zt[i],probabilities:A.map(f=>f/a),contributions:u}}var It=`{"scope":{"words":[],"wordStems":["refactor","architect","rearchitect","migrat","redesign","rewrit","overhaul","restructur","monolith","microservice","shard","replatform","decoupl","modularis","modulariz","rework","reimplement"],"entries":["re architect*","micro service*","re platform*","re implement*","(upgrad*|mov*|switch*|port*|go*) ..8 from ..4 to"],"exact":[["re",[0,2,3]],["micro",[1]]],"stems":[["upgrad",[4]],["mov",[4]],["switch",[4]],["port",[4]],["go",[4]]],"numeric":[],"zh":["\u91CD\u6784","\u67B6\u6784","\u8FC1\u79FB","\u8FC1\u5230","\u8FC1\u81F3","\u91CD\u65B0\u8BBE\u8BA1","\u91CD\u5199","\u91CD\u505A","\u6539\u9020","\u89E3\u8026","\u62C6\u5206","\u5355\u4F53","\u5FAE\u670D\u52A1","\u5206\u5E93\u5206\u8868","\u5206\u7247","\u6A21\u5757\u5316"],"zhStart":[],"regexps":[["\u4ECE[^\uFF0C\u3002,\\\\n]{1,30}(?:\u5347\u7EA7\u5230|\u5347\u5230|\u6362\u5230|\u5207\u5230|\u5207\u6362\u5230|\u8F6C\u5230|\u8F6C\u6210|\u6362\u6210)","g"]],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"shift":{"words":[],"wordStems":[],"entries":["replac* ..6 with","replaced by","switch* ..4 to","port* ..3 to","convert* ..5 to","upgrad* ..4 to #","extract* ..8 into","split* ..8 into","split* ..4 out"],"exact":[["replaced",[1]]],"stems":[["replac",[0]],["switch",[2]],["port",[3]],["convert",[4]],["upgrad",[5]],["extract",[6]],["split",[7,8]]],"numeric":[],"zh":["\u66FF\u6362","\u6362\u6210","\u6362\u6389","\u8FC1","\u62C6\u51FA","\u62C6\u6210","\u62BD\u6210","\u62BD\u51FA","\u62BD\u79BB","\u5347\u5230","\u6539\u5199\u6210"],"zhStart":[],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"cross":{"words":["whole","entire","across","everywhere","codebase","monorepo","globally","throughout"],"wordStems":[],"entries":["code base","codebase-wide","project-wide","app-wide","system-wide","every ..2 (endpoint|endpoints|service|services|file|files|module|modules|component|components|query|querys|api|apis|route|routes|page|pages|table|tables|package|packages|handler|handlers|controller|controllers|model|models|screen|screens|operation|operations|request|requests|call|calls|caller|callers)","all ..3 (endpoints|services|files|modules|components|queries|apis|routes|pages|tables|packages|repos|handlers|controllers|models|screens|callers|usages|operations|tests|clients|apps)"],"exact":[["code",[0]],["codebase",[1]],["project",[2]],["app",[3]],["system",[4]],["every",[5]],["all",[6]]],"stems":[],"numeric":[],"zh":["\u6574\u4E2A","\u5168\u90E8","\u6240\u6709","\u5168\u5C40","\u5168\u7AD9","\u5168\u91CF","\u5404\u4E2A","\u6BCF\u4E2A","\u9010\u4E2A","\u5168\u9879\u76EE","\u5168\u9762","\u7EDF\u4E00"],"zhStart":[],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"featureStrong":{"words":["introduce","develop"],"wordStems":["implement","design","integrat"],"entries":["build (a|an|the|our|new|out)","set up"],"exact":[["build",[0]],["set",[1]]],"stems":[],"numeric":[],"zh":["\u5B9E\u73B0","\u8BBE\u8BA1","\u642D\u5EFA","\u5F00\u53D1","\u96C6\u6210","\u63A5\u5165"],"zhStart":[],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"feature":{"words":["add","adding","write","create","support","i18n","localisation","localization","enable","allow"],"wordStems":["internationalis","internationaliz"],"entries":[],"exact":[],"stems":[],"numeric":[],"zh":["\u65B0\u589E","\u65B0\u5EFA","\u52A0\u4E00\u4E2A","\u52A0\u4E2A","\u505A\u4E00\u4E2A","\u505A\u4E2A","\u652F\u6301","\u589E\u52A0","\u6DFB\u52A0","\u5199\u4E00\u4E2A","\u5199\u4E2A","\u56FD\u9645\u5316","\u591A\u8BED\u8A00"],"zhStart":[],"regexps":[["\u7ED9[^\uFF0C\u3002,\uFF1B;\\\\n]{1,24}?\u52A0","g"]],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"systemNoun":{"words":["system","subsystem","platform","framework","engine","pipeline","infrastructure","scheduler","gateway","protocol","layer"],"wordStems":[],"entries":["(service|services|module|modules|sdk|sdks|queue|queues|worker|workers)"],"exact":[["service",[0]],["services",[0]],["module",[0]],["modules",[0]],["sdk",[0]],["sdks",[0]],["queue",[0]],["queues",[0]],["worker",[0]],["workers",[0]]],"stems":[],"numeric":[],"zh":["\u7CFB\u7EDF","\u6A21\u5757","\u5E73\u53F0","\u6846\u67B6","\u5F15\u64CE","\u4E2D\u95F4\u4EF6","\u961F\u5217","\u8C03\u5EA6","\u7F51\u5173","\u534F\u8BAE","\u65B9\u6848"],"zhStart":[],"regexps":[["\u670D\u52A1(?!\u7AEF|\u5668)","g"]],"literals":[],"unlessAfterEn":["existing","current"],"unlessAfterZh":["\u73B0\u6709","\u5DF2\u6709","\u73B0\u5728"]},"artifact":{"words":["cron","middleware","cache","caching","class","classes","validation"],"wordStems":[],"entries":["(endpoint|endpoints|api|apis|route|routes|page|pages|screen|screens|component|components|command|commands|flag|flags|option|options|field|fields|column|columns|table|tables|form|forms)","(button|buttons|toggle|toggles|script|scripts|job|jobs|webhook|webhooks|handler|handlers|plugin|plugins|workflow|workflows|dialog|dialogs|modal|modals|shortcut|shortcuts|function|functions)"],"exact":[["endpoint",[0]],["endpoints",[0]],["api",[0]],["apis",[0]],["route",[0]],["routes",[0]],["page",[0]],["pages",[0]],["screen",[0]],["screens",[0]],["component",[0]],["components",[0]],["command",[0]],["commands",[0]],["flag",[0]],["flags",[0]],["option",[0]],["options",[0]],["field",[0]],["fields",[0]],["column",[0]],["columns",[0]],["table",[0]],["tables",[0]],["form",[0]],["forms",[0]],["button",[1]],["buttons",[1]],["toggle",[1]],["toggles",[1]],["script",[1]],["scripts",[1]],["job",[1]],["jobs",[1]],["webhook",[1]],["webhooks",[1]],["handler",[1]],["handlers",[1]],["plugin",[1]],["plugins",[1]],["workflow",[1]],["workflows",[1]],["dialog",[1]],["dialogs",[1]],["modal",[1]],["modals",[1]],["shortcut",[1]],["shortcuts",[1]],["function",[1]],["functions",[1]]],"stems":[],"numeric":[],"zh":["\u63A5\u53E3","\u9875\u9762","\u7EC4\u4EF6","\u547D\u4EE4","\u53C2\u6570","\u5B57\u6BB5","\u8868\u5355","\u6309\u94AE","\u5F00\u5173","\u811A\u672C","\u4EFB\u52A1","\u7F13\u5B58","\u63D2\u4EF6","\u529F\u80FD","\u5DE5\u4F5C\u6D41","\u5F39\u7A97","\u6821\u9A8C","\u51FD\u6570","\u7C7B"],"zhStart":[],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"modify":{"words":["change","update","modify","make","adjust","tweak","improve","handle","remove","delete","rename","cleanup","persist","show","expose","use","raise","split","move","moving","extract","keep","switch","upgrade"],"wordStems":["fix","convert","replace"],"entries":["clean up"],"exact":[["clean",[0]]],"stems":[],"numeric":[],"zh":["\u4FEE","\u6539","\u5199","\u5220","\u53BB\u6389","\u8C03\u6574","\u5904\u7406","\u6362","\u8865","\u52A0","\u505A","\u8C03\u5927","\u8C03\u5C0F","\u62C6","\u62BD","\u8FC1"],"zhStart":[],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"bug":{"words":["bug","bugs","broken","break","breaks","fail","fails","failing","failure","hang","hangs","flaky","sometimes","randomly","regression","wrong","incorrect","investigate","debug"],"wordStems":["crash","freez","intermittent","leak","diagnos","reproduc"],"entries":["doesn't work","doesnt work","not working","stopped working","blank screen","find out why","root cause","(keep|keeps) (growing|failing|crashing)","(return|returns) (a|an|) (#4xx|error|errors)","internal server error"],"exact":[["doesn't",[0]],["doesnt",[1]],["not",[2]],["stopped",[3]],["blank",[4]],["find",[5]],["root",[6]],["keep",[7]],["keeps",[7]],["return",[8]],["returns",[8]],["internal",[9]]],"stems":[],"numeric":[],"zh":["bug","\u62A5\u9519","\u51FA\u9519","\u5931\u8D25","\u6302\u4E86","\u4F1A\u6302","\u5D29\u6E83","\u5361\u6B7B","\u767D\u5C4F","\u4E71\u7801","\u6B7B\u5FAA\u73AF","\u4E0D\u751F\u6548","\u4E0D\u5DE5\u4F5C","\u6CA1\u53CD\u5E94","\u5076\u5C14","\u6709\u65F6\u5019","\u65F6\u4E0D\u65F6","\u6CC4\u6F0F","\u6CC4\u9732","\u6392\u67E5","\u5B9A\u4F4D","\u539F\u56E0","\u590D\u73B0","\u5F02\u5E38","\u4E0D\u5BF9","\u6709\u95EE\u9898","\u51FA\u95EE\u9898"],"zhStart":[],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"performance":{"words":["performance","perf","latency","throughput","bottleneck","bottlenecks","profile","profiling","n+1","memory","cpu","faster","laggy","lag","oom"],"wordStems":["slow","optimis","optimiz","jank"],"entries":["(p90|p95|p99|p999)","speed up","under (heavy|) load","high load","load test*"],"exact":[["p90",[0]],["p95",[0]],["p99",[0]],["p999",[0]],["speed",[1]],["under",[2]],["high",[3]],["load",[4]]],"stems":[],"numeric":[],"zh":["\u6162","\u5F88\u5361","\u5361\u987F","\u592A\u5361","\u6709\u70B9\u5361","\u6027\u80FD","\u5EF6\u8FDF","\u8017\u65F6","\u4F18\u5316","\u74F6\u9888","\u5185\u5B58","\u541E\u5410","\u52A0\u901F","\u63D0\u901F","\u9AD8\u5E76\u53D1","\u538B\u6D4B"],"zhStart":[],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"tests":{"words":["test","tests","spec","specs","coverage","e2e"],"wordStems":[],"entries":["unit (test|tests)","integration (test|tests)","test (case|cases)"],"exact":[["unit",[0]],["integration",[1]],["test",[2]]],"stems":[],"numeric":[],"zh":["\u6D4B\u8BD5","\u5355\u6D4B","\u7528\u4F8B","\u8986\u76D6\u7387"],"zhStart":[],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"trivial":{"words":["typo","typos","spelling","rename","renaming","bump","docstring","docstrings","jsdoc","wording","label","prettier","whitespace","readme","license","changelog","gitignore","copyright","env.example","console.log"],"wordStems":["misspell","reformat","indent"],"entries":["add (a|an|) (comment|comments)","(comment|comments) (above|on|for|explaining|to)","code (comment|comments)","copy text","(lint|eslint|tsc|type) (error|errors|warning|warnings|issue|issues)","format (the|this|) (file|code)","unused (import|imports|variable|variables|code)","commented-out","dead code","log message","log level","print statement","print statements","debug (log|logs|print|prints|output)"],"exact":[["add",[0]],["comment",[1]],["comments",[1]],["code",[2]],["copy",[3]],["lint",[4]],["eslint",[4]],["tsc",[4]],["type",[4]],["format",[5]],["unused",[6]],["commented",[7]],["dead",[8]],["log",[9,10]],["print",[11,12]],["debug",[13]]],"stems":[],"numeric":[],"zh":["\u9519\u522B\u5B57","\u62FC\u5199","\u91CD\u547D\u540D","\u6539\u540D","\u6587\u6848","\u6CE8\u91CA","\u683C\u5F0F\u5316","\u7248\u672C\u53F7","\u65E5\u5FD7\u7EA7\u522B","\u7AEF\u53E3\u53F7","\u7F29\u8FDB","\u7A7A\u683C","\u6CA1\u7528\u7684","\u65E0\u7528\u7684","\u591A\u4F59\u7684","\u8C03\u8BD5\u65E5\u5FD7","\u6253\u5370\u8BED\u53E5"],"zhStart":[],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"operation":{"words":[],"wordStems":[],"entries":["^run","^execute","^commit","^push","^print","^show me","^list","^open","^check (the|) (status|version|branch)"],"exact":[["run",[0]],["execute",[1]],["commit",[2]],["push",[3]],["print",[4]],["show",[5]],["list",[6]],["open",[7]],["check",[8]]],"stems":[],"numeric":[],"zh":[],"zhStart":["\u8DD1\u4E00\u4E0B","\u8DD1\u4E0B","\u8FD0\u884C","\u6267\u884C","\u63D0\u4EA4","\u63A8\u9001","\u5E2E\u6211\u770B\u4E0B\u5F53\u524D","\u770B\u4E0B\u5F53\u524D"],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"sequence":{"words":["first","firstly","then","next","afterwards","finally","lastly","additionally","plus"],"wordStems":[],"entries":["after that","as well"],"exact":[["after",[0]],["as",[1]]],"stems":[],"numeric":[],"zh":["\u9996\u5148","\u7136\u540E","\u63A5\u7740","\u5176\u6B21","\u6700\u540E","\u540C\u65F6","\u987A\u4FBF","\u53E6\u5916","\u5E76\u4E14","\u8FD8\u8981","\u4EE5\u53CA"],"zhStart":[],"regexps":[["\u518D(?!\u6B21|\u89C1|\u8BF4)","g"]],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"explainOnly":{"words":[],"wordStems":[],"entries":["just explain","only explain","(don't|dont) (change|modify)","do not change","no code (change|changes)","without changing"],"exact":[["just",[0]],["only",[1]],["don't",[2]],["dont",[2]],["do",[3]],["no",[4]],["without",[5]]],"stems":[],"numeric":[],"zh":["\u53EA\u89E3\u91CA","\u4E0D\u8981\u6539","\u522B\u6539","\u5148\u522B\u6539","\u4E0D\u7528\u6539","\u4E0D\u8981\u52A8"],"zhStart":[],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"questionEn":{"words":[],"wordStems":[],"entries":["^(what|what's|whats|why|how|where|when|which|who|whose|is|are|was|were|does|do|did|could|should|would|will|has|have)","^any idea","^quick question","^(explain|describe|summarise|summarize)","^tell me","^walk me through","^help me understand","^can you (explain|tell)"],"exact":[["what",[0]],["what's",[0]],["whats",[0]],["why",[0]],["how",[0]],["where",[0]],["when",[0]],["which",[0]],["who",[0]],["whose",[0]],["is",[0]],["are",[0]],["was",[0]],["were",[0]],["does",[0]],["do",[0]],["did",[0]],["could",[0]],["should",[0]],["would",[0]],["will",[0]],["has",[0]],["have",[0]],["any",[1]],["quick",[2]],["explain",[3]],["describe",[3]],["summarise",[3]],["summarize",[3]],["tell",[4]],["walk",[5]],["help",[6]],["can",[7]]],"stems":[],"numeric":[],"zh":[],"zhStart":[],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"imperative":{"words":[],"wordStems":[],"entries":["^(fix|implement|add|change|update|refactor|migrate|make|write|create|build|remove|delete|rename|replace|convert|move|split|extract|upgrade|bump|set|optimise|optimize|improve|handle|rewrite|redesign|integrate|debug|investigate|diagnose|profile|look into|figure out|find out|track down)","(and|then|please|pls|plz) (fix|implement|add|change|update|refactor|migrate|make|write|create|build|remove|delete|rename|replace|convert|move|split|extract|upgrade|bump|set|optimise|optimize|improve|handle|rewrite|redesign|integrate|debug|investigate|diagnose|profile|look into|figure out|find out|track down)","^(can|could|would) you (please|) (fix|implement|add|change|update|refactor|migrate|make|write|create|build|remove|delete|rename|replace|convert|move|split|extract|upgrade|bump|set|optimise|optimize|improve|handle|rewrite|redesign|integrate|debug|investigate|diagnose|profile|look into|figure out|find out|track down)","^(let's|we need to|we should|i want you to|i need you to|help me) (fix|implement|add|change|update|refactor|migrate|make|write|create|build|remove|delete|rename|replace|convert|move|split|extract|upgrade|bump|set|optimise|optimize|improve|handle|rewrite|redesign|integrate|debug|investigate|diagnose|profile|look into|figure out|find out|track down)"],"exact":[["fix",[0]],["implement",[0]],["add",[0]],["change",[0]],["update",[0]],["refactor",[0]],["migrate",[0]],["make",[0]],["write",[0]],["create",[0]],["build",[0]],["remove",[0]],["delete",[0]],["rename",[0]],["replace",[0]],["convert",[0]],["move",[0]],["split",[0]],["extract",[0]],["upgrade",[0]],["bump",[0]],["set",[0]],["optimise",[0]],["optimize",[0]],["improve",[0]],["handle",[0]],["rewrite",[0]],["redesign",[0]],["integrate",[0]],["debug",[0]],["investigate",[0]],["diagnose",[0]],["profile",[0]],["look",[0]],["figure",[0]],["find",[0]],["track",[0]],["and",[1]],["then",[1]],["please",[1]],["pls",[1]],["plz",[1]],["can",[2]],["could",[2]],["would",[2]],["let's",[3]],["we",[3]],["i",[3]],["help",[3]]],"stems":[],"numeric":[],"zh":["\u4FEE\u590D","\u4FEE\u4E00\u4E0B","\u4FEE\u6389","\u4FEE\u597D","\u4FEE\u4E0B","\u6539\u4E00\u4E0B","\u6539\u6389","\u6539\u597D","\u52A0\u4E0A","\u52A0\u4E00\u4E2A","\u52A0\u4E2A","\u5B9E\u73B0","\u91CD\u6784","\u8FC1\u79FB","\u4F18\u5316\u4E00\u4E0B","\u5904\u7406\u4E00\u4E0B","\u8865\u4E0A","\u8865\u4E00\u4E0B","\u5199\u4E00\u4E2A","\u5199\u4E2A","\u505A\u4E00\u4E2A","\u505A\u4E2A","\u65B0\u589E","\u6392\u67E5","fix"],"zhStart":[],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"advice":{"words":["tradeoff","tradeoffs"],"wordStems":[],"entries":["how should (we|i)","(what's|what is) the best (way|approach)","best approach","would you recommend","pros and cons","trade-off","trade-offs"],"exact":[["how",[0]],["what's",[1]],["what",[1]],["best",[2]],["would",[3]],["pros",[4]],["trade",[5,6]]],"stems":[],"numeric":[],"zh":["\u600E\u4E48\u8BBE\u8BA1","\u600E\u4E48\u67B6\u6784","\u600E\u4E48\u62C6\u5206","\u600E\u4E48\u89C4\u5212","\u600E\u4E48\u5B9E\u73B0\u6BD4\u8F83\u597D","\u5982\u4F55\u8BBE\u8BA1","\u5982\u4F55\u67B6\u6784","\u5982\u4F55\u62C6\u5206","\u5982\u4F55\u89C4\u5212","\u5982\u4F55\u5B9E\u73B0\u6BD4\u8F83\u597D","\u5E94\u8BE5\u600E\u4E48\u8BBE\u8BA1","\u5E94\u8BE5\u600E\u4E48\u67B6\u6784","\u5E94\u8BE5\u600E\u4E48\u62C6\u5206","\u5E94\u8BE5\u600E\u4E48\u89C4\u5212","\u5E94\u8BE5\u600E\u4E48\u5B9E\u73B0\u6BD4\u8F83\u597D","\u8BE5\u600E\u4E48\u8BBE\u8BA1","\u8BE5\u600E\u4E48\u67B6\u6784","\u8BE5\u600E\u4E48\u62C6\u5206","\u8BE5\u600E\u4E48\u89C4\u5212","\u8BE5\u600E\u4E48\u5B9E\u73B0\u6BD4\u8F83\u597D","\u6709\u4EC0\u4E48\u65B9\u6848","\u4EC0\u4E48\u65B9\u6848","\u6700\u4F73\u5B9E\u8DF5","\u5229\u5F0A","\u4F18\u7F3A\u70B9"],"zhStart":[],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"risk:auth":{"words":["auth","authn","authz","oauth","oauth2","oidc","openid","sso","saml","jwt","jwts","login","logins","signin","signon","password","passwords","credential","credentials","mfa","2fa","totp"],"wordStems":["authenticat","authoris","authoriz"],"entries":["log-in","sign-in","sign-on","session-based"],"exact":[["log",[0]],["sign",[1,2]],["session",[3]]],"stems":[],"numeric":[],"zh":["\u8BA4\u8BC1","\u9274\u6743","\u6388\u6743","\u767B\u5F55","\u767B\u9646","\u5355\u70B9\u767B\u5F55","\u5BC6\u7801","\u51ED\u8BC1","\u4EE4\u724C","\u4F1A\u8BDD"],"zhStart":[],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"risk:security":{"words":["security","secure","insecure","xss","csrf","ssrf","injection","secret","secrets","pii","gdpr"],"wordStems":["vulnerab","exploit","sanitiz","attack","audit"],"entries":["cve #","api key","api keys"],"exact":[["cve",[0]],["api",[1,2]]],"stems":[],"numeric":[],"zh":["\u5B89\u5168","\u6F0F\u6D1E","\u6CE8\u5165","\u8D8A\u6743","\u8131\u654F","\u654F\u611F\u4FE1\u606F","\u653B\u51FB","\u9690\u79C1","\u5BA1\u8BA1"],"zhStart":[],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"risk:crypto":{"words":["hashing","hmac","signature","signatures","signing","tls","ssl","certificate","certificates","argon2","bcrypt","md5","sha1","sha256","sha384","sha512"],"wordStems":["encrypt","decrypt","crypto","cipher"],"entries":["key exchange","sha #"],"exact":[["key",[0]],["sha",[1]]],"stems":[],"numeric":[],"zh":["\u52A0\u5BC6","\u89E3\u5BC6","\u7B7E\u540D","\u54C8\u5E0C","\u8BC1\u4E66","\u5BC6\u94A5"],"zhStart":[],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"risk:access":{"words":["permission","permissions","rbac","abac","acl","acls","privilege","privileges","tenant","tenants"],"wordStems":["multitenan"],"entries":["access control","role-based","multi-tenan*"],"exact":[["access",[0]],["role",[1]],["multi",[2]]],"stems":[],"numeric":[],"zh":["\u6743\u9650","\u8D8A\u6743","\u79DF\u6237","\u8BBF\u95EE\u63A7\u5236"],"zhStart":[],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"risk:concurrency":{"words":["lock","locks","locking","distributed"],"wordStems":["concurren","deadlock","mutex","atomic","threadsafe","multithread","idempoten"],"entries":["race condition","race conditions","thread-safe*","multi-thread*","exactly-once","at-least-once","double-charg*"],"exact":[["race",[0,1]],["thread",[2]],["multi",[3]],["exactly",[4]],["at",[5]],["double",[6]]],"stems":[],"numeric":[],"zh":["\u5E76\u53D1","\u7ADE\u6001","\u7ADE\u4E89\u6761\u4EF6","\u6B7B\u9501","\u9501","\u539F\u5B50","\u7EBF\u7A0B\u5B89\u5168","\u591A\u7EBF\u7A0B","\u5206\u5E03\u5F0F","\u5E42\u7B49","\u591A\u5B9E\u4F8B"],"zhStart":[],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"risk:money":{"words":["payment","payments","billing","invoicing","checkout","charge","charges","charged","charging","refund","refunds","stripe","paypal","subscription","subscriptions","wallet","wallets","ledger","3dsecure"],"wordStems":[],"entries":["3d secure","3-d secure","3-dsecure"],"exact":[["3d",[0]],["3",[1,2]]],"stems":[],"numeric":[],"zh":["\u652F\u4ED8","\u4ED8\u6B3E","\u6263\u6B3E","\u9000\u6B3E","\u8BA1\u8D39","\u8D26\u5355","\u7ED3\u7B97","\u4F59\u989D","\u94B1\u5305","\u8BA2\u9605","\u6536\u6B3E","\u5BF9\u8D26"],"zhStart":[],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"risk:data":{"words":["transaction","transactions","transactional","consistency","downtime","rollback","rollout","rollouts","failover"],"wordStems":["backfill"],"entries":["data loss","zero-downtime","existing data","production data","existing (users|customers|accounts|records)","roll back","backward-compatib*","backwards-compatib*","high availability","fault-toleran*","disaster recovery"],"exact":[["data",[0]],["zero",[1]],["existing",[2,4]],["production",[3]],["roll",[5]],["backward",[6]],["backwards",[7]],["high",[8]],["fault",[9]],["disaster",[10]]],"stems":[],"numeric":[],"zh":["\u4E8B\u52A1","\u4E00\u81F4\u6027","\u6570\u636E\u4E22\u5931","\u4E22\u6570\u636E","\u505C\u673A","\u56DE\u6EDA","\u5B58\u91CF","\u5386\u53F2\u6570\u636E","\u517C\u5BB9","\u8001\u6570\u636E","\u8001\u7528\u6237","\u8001\u8D26\u53F7","\u7070\u5EA6","\u9AD8\u53EF\u7528","\u5BB9\u707E","\u6545\u969C\u8F6C\u79FB"],"zhStart":[],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"risk:distributed":{"words":["realtime","websocket","websockets","offline","crdt","crdts","rabbitmq","kafka","nats","pubsub","deadletter","saga","sagas"],"wordStems":["synchronis","synchroniz","replicat"],"entries":["real-time","conflict resolution","eventual consisten*","eventually consisten*","message (queue|queues|broker|brokers|bus|buses)","pub sub","dead-letter","event-driven","event sourcing"],"exact":[["real",[0]],["conflict",[1]],["eventual",[2]],["eventually",[3]],["message",[4]],["pub",[5]],["dead",[6]],["event",[7,8]]],"stems":[],"numeric":[],"zh":["\u5B9E\u65F6","\u957F\u8FDE\u63A5","\u79BB\u7EBF","\u534F\u540C","\u51B2\u7A81\u89E3\u51B3","\u6D88\u606F\u961F\u5217","\u6B7B\u4FE1","\u4E8B\u4EF6\u9A71\u52A8","\u6570\u636E\u540C\u6B65","\u53CC\u5411\u540C\u6B65","\u6700\u7EC8\u4E00\u81F4"],"zhStart":[],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]}}`;var Ot=/^\/[A-Za-z][\w:.-]*(?:\s|$)/,as=["Traceback (most recent call last)","goroutine ","Caused by:","panic:","Exception in thread"],As=new Set(["ERROR","FATAL","ENOENT","EACCES","ECONNREFUSED","EADDRINUSE","ETIMEDOUT"]);function Ft(n){return n!==void 0&&(q(n)||n>="A"&&n<="Z")}function ls(n){let e=n.endsWith(")")?n.slice(0,-1):n,t=e.lastIndexOf(":");return t>=0&&X(e.slice(t+1))}function ws(n){let e=n.trim();if(e.startsWith("at "))return ls(e)||e.endsWith("(native)")||e.endsWith("(<anonymous>)");if(e.startsWith('File "')){let t=e.indexOf('", line ');return t>=0&&X(e.slice(t+8).split(",")[0]??"")}return as.some(t=>e.startsWith(t))}function us(n){for(let e=n.indexOf(":");e>=0;e=n.indexOf(":",e+1)){let t=e;for(;Ft(n[t-1]);)t--;let r=n.slice(t,e);if(!r||t>0&&n[t-1]!==" "&&n[t-1]!=="	")continue;let o=r[0]??"",s=r.length>5&&(r.endsWith("Error")||r.endsWith("Exception"));if(o>="A"&&o<="Z"&&s||As.has(r)||r.startsWith("TS")&&X(r.slice(2))&&n.slice(Math.max(0,t-6),t)==="error ")return!0}return!1}var ds=new Set("ts tsx js jsx mjs cjs py go rs java kt kts swift rb php cs c h cc cpp hpp scala ex exs erl dart lua vue svelte astro json jsonc yml yaml toml ini md mdx sql prisma graphql gql proto css scss sass less html htm xml sh bash zsh ps1 tf gradle conf cfg lock".split(" ")),fs=new Set("node next nuxt vue react express three d3 chart moment nest ember backbone angular socket.io".split(" ").map(n=>`${n}.js`)),ps=new Set(["src","lib","app","apps","test","tests","spec","server","client","web","mobile","packages","cmd","internal","pkg","scripts","config","docs","components","pages","api","services","modules","frontend","backend","infra"]);function _t(n){let e=[],t=0,r=0,o=0,s=!1;for(let i of n.split(`
`)){if(i.trimStart().startsWith("```")){s=!s;continue}if(ws(i)){t++;continue}us(i)&&r++,s?o+=1+Math.floor(i.length/120):e.push(i)}return{prose:e.join(`
`).toLowerCase(),traceLines:t,errorLines:r,codeLines:o}}var Bt=new Set([..."abcdefghijklmnopqrstuvwxyz0123456789_.-/*"]);function Tt(n){let e=[],t=0;for(let r=0;r<n.length;){if(!Bt.has(n[r]??"")){r++;continue}let o=r;for(;Bt.has(n[o]??"");)o++;let s=n.slice(r,o);r=o;let i=s.length;for(;i>0&&(s[i-1]==="."||s[i-1]==="-");)i--;let c=s.slice(0,i);if(c.length<3||c.length>256||c.startsWith("/")||c.startsWith("http")||e.includes(c))continue;let l=c.includes("*");c=gs(c);let A=c.split("/"),a=A[A.length-1]??"",u=0,f=a.lastIndexOf(".");if(f>0&&ds.has(a.slice(f+1))&&!l){if(A.length===1&&fs.has(a))continue;u=1}else(l||s.endsWith("/")||A.length>1&&ps.has(A[0]??""))&&(u=2);u!==0&&(e.push(s),t+=u)}return{files:t,named:e}}function gs(n){if(n.endsWith("/"))return n.slice(0,-1);let e=n.lastIndexOf("/"),t=n.slice(e+1);if(e<0||!t.startsWith("*"))return n;let r=0;for(;t[r]==="*";)r++;let o=t.slice(r);return o===""||o.startsWith(".")&&[...o.slice(1)].every(s=>Ft(s))?n.slice(0,e):n}var ms=new Set([..."\u4E00\u4E8C\u4E09\u56DB\u4E94\u516D\u4E03\u516B\u4E5D\u5341"]);function $t(n){let e=0;for(let t of n.split(`
`)){let r=t.trimStart(),o=0;if(X(r.slice(0,1))){if(o=X(r.slice(1,2))?2:1,!".)\u3001".includes(r[o]??"x"))continue;o++}else if("-*\u2022".includes(r[0]??"x"))o=1;else if(ms.has(r[0]??"")&&"\u3001.".includes(r[1]??"x"))o=2;else continue;r.slice(o).trim()&&e++}return e}function Qt(n){let e=0,t=0,r=!1;for(let o=0;o<n.length;o++){let s=n[o],i=q(s)||s==="'"||s==="-";i&&!r&&t++,r=i,!i&&cn(s)&&e++}return t+Math.round(e*.8)}var hs=["\u4E3A\u4EC0\u4E48","\u4E3A\u5565","\u600E\u4E48","\u5982\u4F55","\u4EC0\u4E48","\u89E3\u91CA","\u8BB2\u8BB2","\u4ECB\u7ECD","\u8BF4\u8BF4","\u8BF7\u95EE","\u603B\u7ED3"],Ps=["\u662F\u4EC0\u4E48","\u4EC0\u4E48\u610F\u601D","\u5E72\u4EC0\u4E48","\u5E72\u561B","\u505A\u4EC0\u4E48\u7684","\u4EC0\u4E48\u533A\u522B","\u7684\u533A\u522B","\u600E\u4E48\u5DE5\u4F5C","\u600E\u4E48\u56DE\u4E8B","\u600E\u6837","\u600E\u4E48\u6837","\u5728\u54EA","\u54EA\u91CC","\u662F\u5426","\u6709\u6CA1\u6709","\u591A\u5C11","\u4EC0\u4E48\u65F6\u5019\u8BE5","\u539F\u7406","\u8BB2\u8BB2","\u8BB2\u4E00\u4E0B","\u4ECB\u7ECD\u4E00\u4E0B","\u8BF4\u8BF4","\u603B\u7ED3","\u6982\u62EC","\u89E3\u91CA"],vs=new Set(["\u5417","\u5462","\uFF1F","?"]),ys=new RegExp("(?:^|[^a-z])(?:to|->|\u6539\u6210|\u6539\u4E3A|\u5347\u7EA7\u5230|\u5347\u5230|bump \\S+ to) ?v?\\d+\\.\\d+\\.\\d+\\b"),Ds=new RegExp(`\\b(?:change|set|raise|lower|increase|decrease|make|update)\\b[^.\\n]{0,60}\\bfrom ['"\u201C]?[\\w.-]{1,20}['"\u201D]? to ['"\u201C]?\\S{1,20}|\u6539\u6210|\u6539\u4E3A|\u8C03\u6210|\u8C03\u5230|\u8BBE\u4E3A|\u8BBE\u7F6E\u4E3A`),Pn=2e4,xs,ee=new Map;function bs(n,e){if(n.length===0&&e.length===0)return xs??=Lt([],[]);let t=JSON.stringify([n,e]),r=ee.get(t);return r||(ee.size>16&&ee.clear(),r=Lt(n,e),ee.set(t,r)),r}var ks;function Nt(){return ks??=JSON.parse(It)}function Mt(n,e=[]){let t=Nt()[n];if(!t)throw new Error(`word list ${n} is missing from precompiled.generated.ts: run npm run gen:classify`);let r=e.map(o=>o.trim().toLowerCase()).filter(Boolean);return r.length?{...t,literals:[...t.literals,...r]}:t}function Lt(n,e){let t=new Map,r;return{get(o){let s=t.get(o);return s||(s=Mt(o,o==="scope"?n:[]),t.set(o,s)),s},risk(){return r||(r=Object.keys(Nt()).filter(s=>s.startsWith("risk:")).map(s=>({name:s.slice(5),m:Mt(s)})),e.some(s=>s.trim())&&r.push({name:"custom",m:bt({en:[],zh:[]},e)})),r}}}function Ce(n){let e=[];for(let t of n){let r=t.text.split(`
`).join(" ").split("	").join(" ").split(" ").filter(Boolean),o=r.join(" "),s=r.length>3?`${r[0]} \u2026 ${r[r.length-1]}`:o.length>6&&[...o].some(cn)?`${o.slice(0,1)}\u2026${o.slice(-1)}`:o;e.includes(s)||e.push(s)}return e}function _(n,e){return Ce(hn(n,e))}function j(n){return n.slice(0,3).join(", ")}function Ss(n,e){let t=_(e.get("explainOnly"),n)[0];if(t)return{question:!0,advice:!1,cue:t};let r=_(e.get("questionEn"),n)[0]??"";if(!r){let i=n.text.trim(),c=1/0;for(let A of hs)i.startsWith(A)&&([c,r]=[0,A]);for(let A of Ps){let a=i.indexOf(A);a>=0&&a<c&&([c,r]=[a,A])}let l=i.slice(-1);!r&&vs.has(l)&&(r=l)}if(!r)return{question:!1,advice:!1,cue:""};let o=hn(e.get("imperative"),n).length>0,s=_(e.get("advice"),n)[0];return{question:!o,advice:s!==void 0,cue:s??r}}function Rt(n,e={}){let t=(n.length>Pn?n.slice(0,Pn):n).trim(),r=[];if(!t)return{signals:r,prose:"",tokens:[]};let o=Ot.exec(t);if(o)return{signals:r,prose:"",tokens:[],slashCommand:o[0].trim()};let s=bs(e.extraScopeWords??[],e.extraRiskWords??[]),{prose:i,traceLines:c,errorLines:l,codeLines:A}=_t(t),a=Dt(i),u=(z,B,Eo)=>{B!==0&&r.push({id:z,weight:B,detail:Eo})},f=hn(s.get("scope"),a),g=Ce(f),P=Ce(hn(s.get("shift"),a).filter(z=>!f.some(B=>B.start<=z.start&&z.start<B.end))),v=[...g,...P];v.length&&u("scope",(g.length?3:2)+(v.length>1?1:0),j(v));let D=[];for(let z of s.risk()){let B=_(z.m,a)[0];B&&D.push(B)}D.length&&u("risk",Math.min(6,2*D.length),j(D));let F=_(s.get("cross"),a);F.length&&u("crossCutting",2,j(F));let J=_(s.get("featureStrong"),a),K=J.length?J:_(s.get("feature"),a);K.length&&u("feature",J.length?3:2,j(K));let Y=_(s.get("modify"),a);if(Y.length&&u("change",1,j(Y)),K.length||v.length){let z=_(s.get("systemNoun"),a),B=z.length?[]:_(s.get("artifact"),a);z.length?u("system",2,j(z)):B.length&&K.length&&u("artifact",1,j(B))}let{files:gn,named:Wn}=Tt(i);gn>=2&&u("files",gn>=5?3:gn>=3?2:1,`${Wn.length} ${Wn.length===1?"path":"paths"} named`);let mn=$t(i),R=_(s.get("sequence"),a),Jn=0;for(let z=0;z<i.length;z++){let B=i[z];(B===","||B==="\uFF0C"||B==="\u3001"||B===";"||B==="\uFF1B")&&Jn++}let bo=Math.max(mn>=2?Math.min(3,mn-1):0,Jn>=6?2:Jn>=3?1:0),tt=Math.min(3,bo+(R.length>=3?2:R.length>=2?1:0));if(tt){let z=mn>=2?`${mn} list items`:R.length>=2?`steps ${j(R)}`:`${Jn+1} parts`;u("steps",tt,z)}c>=2?u("errorLog",2,`stack trace (${c} frames)`):c+l>0&&u("errorLog",1,"error message"),A>=15&&u("code",A>=60?2:1,`${A} lines of code pasted`);let rt=_(s.get("bug"),a);rt.length&&u("bug",2,j(rt));let ot=_(s.get("performance"),a);ot.length&&u("performance",2,j(ot));let st=_(s.get("tests"),a);st.length&&u("tests",1,j(st));let Kn=Qt(i),it=n.length>Pn||Kn>=60?3:Kn>=30?2:Kn>=12?1:0,ko=n.length>Pn?`${n.length} chars (first ${Pn} scanned)`:`~${Kn} words`;it&&u("length",it,ko);let ct=_(s.get("trivial"),a);ct.length?u("trivial",-3,j(ct)):ys.test(i)&&u("trivial",-3,"version bump");let Yn=Ds.exec(i);Yn&&!g.length&&u("tweak",-2,Yn[0].length>24?`${Yn[0].slice(0,24)}\u2026`:Yn[0]);let So=i.length-i.trimStart().length,at=hn(s.get("operation"),a).find(z=>z.start===So);at&&u("operation",-2,at.text);let ve=Ss(a,s);return ve.question&&u("question",ve.advice?-2:-5,ve.cue),{signals:r,prose:i,tokens:a.tokens}}var te={mediumThreshold:3,complexThreshold:7},jt=.5,Es=5;function zs(n,e,t){let r=Math.round(e*100)/100,[o,s=""]=[n.slice(0,1),n.slice(2)];if(o==="s")return{id:s,weight:r,detail:t.find(i=>i.id===s)?.detail??""};if(o==="w"||o==="c")return{id:"word",weight:r,detail:s==="#"?"a number":s}}function Ut(n,e={}){let t=Rt(n,e);if(t.slashCommand!==void 0){let c={id:"slashCommand",weight:0,detail:t.slashCommand};return{level:"simple",score:0,signals:[c],reasons:[c]}}if(!t.prose.trim()&&t.signals.length===0)return{level:"simple",score:0,signals:[],reasons:[]};let r=[0,-jt*((e.mediumThreshold??te.mediumThreshold)-te.mediumThreshold),-jt*((e.complexThreshold??te.complexThreshold)-te.complexThreshold)],o=Ct(kt(t),void 0,r),s=[];for(let c of o.contributions){let l=zs(c.feature,c.push,t.signals);if(l&&l.weight!==0&&s.push(l),s.length===Es)break}let i=Math.round(10*(o.probabilities[1]*.5+o.probabilities[2]));return{level:o.level,score:i,signals:t.signals,reasons:s}}var Cs=new Set(["files","steps","length","errorLog","code","word","slashCommand"]);function Ie(n){return Cs.has(n.id)?n.detail:`${n.id} ${n.detail}`.trim()}function Ht(n){let e=n.reasons.map(t=>t.id==="slashCommand"?t.detail:`${Ie(t)} ${t.weight>0?"+":""}${t.weight}`);return`${n.level} (score ${n.score}): ${e.length?e.join(", "):"no signals"}`}var Is=4e3;function Be(n){let e=n.slice(0,Is),t=0,r=0,o=!1,s=!1;for(let i=0;i<e.length;i++){if(e.startsWith("```",i)){s=!s,o=!1,i+=2;continue}if(s)continue;let c=e[i]??"";if(c==="`"){let A=e.indexOf("`",i+1),a=e.indexOf(`
`,i+1);if(A>0&&(a<0||A<a)){i=A,o=!1;continue}}let l=c>="a"&&c<="z"||c>="A"&&c<="Z";l&&!o&&r++,o=l,!l&&cn(c)&&t++}return t<2?"en":t/(t+r)>=.3?"zh":"en"}var Gt=64;function Wt(n,e,t){let r=n.filter(o=>o.weight>0).slice(0,e).map(o=>{let s=o.detail.split(", ").slice(0,2).map(i=>i.length>16?`${i.slice(0,15)}\u2026`:i).join("/");return Ie({...o,detail:s})}).join(t);return r.length>Gt?`${r.slice(0,Gt-1)}\u2026`:r}function Jt(n,e){if(e==="zh"){let o=Wt(n.reasons,3,"\u3001"),s=`\u5F97\u5206 ${n.score}${o?`\uFF1A${o}`:""}`;return n.level==="simple"?`codex-collab\uFF1A\u7B80\u5355\u4EFB\u52A1\uFF08\u5F97\u5206 ${n.score}\uFF09\uFF0C\u76F4\u63A5\u5B8C\u6210\uFF0C\u4E0D\u9700\u8981 Codex\u3002`:n.level==="medium"?`codex-collab\uFF1A\u4E2D\u7B49\u4EFB\u52A1\uFF08${s}\uFF09\u3002\u5148\u8FD0\u884C /codex-analyze <\u4EFB\u52A1>\uFF0C\u518D\u81EA\u5DF1\u5B9E\u73B0\uFF0C\u5B8C\u6210\u540E\u8FD0\u884C /codex-review \u5E76\u5904\u7406\u5176\u53D1\u73B0\u3002\u5206\u7C7B\u662F\u542F\u53D1\u5F0F\u7684\uFF0C\u660E\u663E\u4E0D\u5BF9\u5C31\u8BF4\u660E\u5E76\u6309\u5B9E\u9645\u60C5\u51B5\u5904\u7406\u3002`:`codex-collab\uFF1A\u590D\u6742\u4EFB\u52A1\uFF08${s}\uFF09\u3002\u5728\u540C\u4E00\u4E2A Codex \u4F1A\u8BDD\u91CC\u8D70\u5B8C 7 \u6B65\uFF1A1 /codex-analyze <\u4EFB\u52A1>\uFF1B2 /codex-ask \u8BA8\u8BBA\u65B9\u6848\uFF1B3 /codex-prototype\uFF08\u53EA\u51FA diff\uFF09\uFF1B4 \u81EA\u5DF1\u5B9E\u73B0\uFF0C\u6279\u5224\u5730\u5BF9\u5F85\u539F\u578B\uFF1B5 /codex-review\uFF1B6 \u4FEE\u590D\u95EE\u9898\uFF1B7 /codex-review \u7EC8\u5BA1\u3002\u5206\u7C7B\u662F\u542F\u53D1\u5F0F\u7684\uFF0C\u660E\u663E\u4E0D\u5BF9\u5C31\u8BF4\u660E\u3002`}let t=Wt(n.reasons,3,", "),r=`score ${n.score}${t?`: ${t}`:""}`;return n.level==="simple"?`codex-collab: simple task (score ${n.score}); do it directly, no Codex needed.`:n.level==="medium"?`codex-collab: medium task (${r}). Run /codex-analyze <task> first, implement it yourself, then run /codex-review and address its findings. Heuristic level: if clearly wrong, say so.`:`codex-collab: complex task (${r}). 7 stages in one Codex session: 1 /codex-analyze <task>; 2 /codex-ask to discuss the plan; 3 /codex-prototype (diff only); 4 implement it yourself, judging the prototype critically; 5 /codex-review; 6 fix the findings; 7 /codex-review as final review. Heuristic level: if clearly wrong, say so.`}var kn=require("node:fs");var bn=require("node:path");var xn=require("node:fs"),cr=require("node:module"),ar=require("node:os"),U=require("node:path");var Kt=require("node:path"),Bs;function Os(){return Bs??=require((0,Kt.join)(__dirname,"zod-mini.cjs"))}function S(n){return((...e)=>Os()[n](...e))}var p=S("_default"),L=S("array"),In=S("boolean"),$=S("enum"),Bn=S("int"),Yt=S("literal"),qt=S("maximum"),re=S("minimum"),oe=S("minLength"),Z=S("nonnegative"),vn=S("nullable"),h=S("number"),b=S("object"),d=S("optional"),Xt=S("parse"),On=S("positive"),an=S("record"),Zt=S("regex"),Fn=S("safeParse"),w=S("string");var Vt={OK:0,FAILED:1,USAGE:2,NOT_FOUND:3,AUTH:4,TIMEOUT:5,SESSION_NOT_FOUND:6,PROMPT_TOO_LARGE:7,CONFIG:8,SANDBOX_VIOLATION:9,FINDINGS:10,UNDECIDED:11,CANCELLED:130},ie=class extends Error{code;exitCode;hint;constructor(e,t,r,o,s){super(t,s),this.name=new.target.name,this.code=e,this.hint=r,this.exitCode=o}toJSON(){return{code:this.code,message:this.message,hint:this.hint}}};var An=class extends ie{constructor(t,r){super("CONFIG_INVALID",`Invalid configuration in ${t}: ${r}`,`Fix ${t} (or delete it to use the defaults).`,Vt.CONFIG);this.file=t}file};var Q=class extends ie{constructor(e,t="Check permissions of the project's .codex-collab file."){super("STATE",e,t,Vt.FAILED)}};var O={kind:"neutral"},yn={kind:"lower"},_n={locale:O,"codex.model":O,"codex.effort":O,"codex.sandbox":{kind:"rank",ranks:{"read-only":0,"workspace-write":1}},"codex.allowSandbox":{kind:"rank",ranks:{"read-only":0,"workspace-write":1,"danger-full-access":2}},"codex.timeoutSeconds":O,"codex.idleTimeoutSeconds":O,"hooks.classify":O,"hooks.autoReview":{kind:"falseIsTighter"},"hooks.stopGate":O,"classify.mediumThreshold":O,"classify.complexThreshold":O,"classify.extraScopeWords":O,"classify.extraRiskWords":O,"review.mode":{kind:"rank",ranks:{off:0,auto:1,always:1}},"review.debounceSeconds":O,"review.minIntervalSeconds":O,"review.maxReviewsPerSession":yn,"review.maxTokensPerSession":yn,"review.minChangedLines":O,"review.ignore":{kind:"union"},"review.maxFindingsInContext":O,"review.stopWaitSeconds":O,"review.promptBudgetBytes":yn,"review.maxCostPerSession":yn,"review.wake":O,"review.wakeRounds":yn,"context.threadBudgetTokens":yn,"context.model":{kind:"userOnly"},"context.prices":{kind:"userOnly"},"context.pricesDate":{kind:"userOnly"}};function Tn(n){return typeof n=="object"&&n!==null&&!Array.isArray(n)}function $n(n,e,t=""){let r={...n};for(let[o,s]of Object.entries(e)){let i=`${t}${o}`;_n[i]?.kind==="union"&&Array.isArray(s)&&Array.isArray(r[o])?r[o]=er(r[o],s):r[o]=Tn(s)&&Tn(r[o])?$n(r[o],s,`${i}.`):s}return r}function er(n,e){return[...new Set([...n,...e])]}function tr(n,e=""){return Object.entries(n).flatMap(([t,r])=>{let o=`${e}${t}`;return Tn(r)&&_n[o]===void 0?tr(r,`${o}.`):[[o,r]]})}function nr(n,e){let t=n;for(let r of e.split("."))t=Tn(t)?t[r]:void 0;return t}function Fs(n,e,t){let r=e.split("."),o=n;for(let s of r.slice(0,-1))Tn(o[s])||(o[s]={}),o=o[s];o[r[r.length-1]]=t}function _s(n,e,t){if(JSON.stringify(e)===JSON.stringify(t))return{value:e};switch(n?.kind){case"neutral":return{value:e};case"lower":return t===void 0||e<=t?{value:e}:void 0;case"falseIsTighter":return e===!1||t===!0?{value:e}:void 0;case"rank":{let r=n.ranks[String(e)],o=t===void 0?0:n.ranks[String(t)];return r!==void 0&&o!==void 0&&r<=o?{value:e}:void 0}case"union":return{value:er(t??[],e)};default:return}}function rr(n,e,t){let r=structuredClone(n),o=[];for(let[s,i]of tr(e)){let c=nr(n,s);if(_n[s]?.kind!=="union"&&nr(t,s)!==void 0)continue;let l=_s(_n[s],i,c);l?Fs(r,s,l.value):o.push({key:s,asked:i,kept:c})}return{merged:r,refused:o}}var or=/^[a-z][a-z_-]{0,23}$/;function Dn(){return{codex:{sandbox:"read-only",timeoutSeconds:900,idleTimeoutSeconds:300},hooks:{classify:!0,autoReview:!0,stopGate:!0},classify:{mediumThreshold:3,complexThreshold:7,extraScopeWords:[],extraRiskWords:[]},review:{mode:"auto",debounceSeconds:20,minIntervalSeconds:60,maxReviewsPerSession:20,maxTokensPerSession:2e6,minChangedLines:1,ignore:[],maxFindingsInContext:8,stopWaitSeconds:0,promptBudgetBytes:2e5,wake:!0,wakeRounds:2,maxCostPerSession:5},context:{threadBudgetTokens:15e4,prices:{}}}}function Ts(){let n=Dn(),e=$(["off","auto","always"]),t=h().check(Z()),r=b({input:t,cachedInput:t,output:t}),o=b({locale:d($(["en","zh"])),codex:p(b({model:d(w()),effort:d(w().check(Zt(or,"a reasoning effort level such as low, medium or high"))),sandbox:p($(["read-only","workspace-write"]),n.codex.sandbox),allowSandbox:d($(["read-only","workspace-write","danger-full-access"])),timeoutSeconds:p(h().check(On()),n.codex.timeoutSeconds),idleTimeoutSeconds:p(h().check(On()),n.codex.idleTimeoutSeconds)}),n.codex),hooks:p(b({classify:p(In(),n.hooks.classify),autoReview:p(In(),n.hooks.autoReview),stopGate:p(In(),n.hooks.stopGate)}),n.hooks),classify:p(b({mediumThreshold:p(h(),n.classify.mediumThreshold),complexThreshold:p(h(),n.classify.complexThreshold),extraScopeWords:p(L(w()),n.classify.extraScopeWords),extraRiskWords:p(L(w()),n.classify.extraRiskWords)}),n.classify),review:p(b({mode:p(e,n.review.mode),debounceSeconds:p(h().check(Z()),n.review.debounceSeconds),minIntervalSeconds:p(h().check(Z()),n.review.minIntervalSeconds),maxReviewsPerSession:p(h().check(Z()),n.review.maxReviewsPerSession),maxTokensPerSession:p(h().check(Z()),n.review.maxTokensPerSession),minChangedLines:p(h().check(Z()),n.review.minChangedLines),ignore:p(L(w()),n.review.ignore),maxFindingsInContext:p(h().check(On()),n.review.maxFindingsInContext),stopWaitSeconds:p(h().check(Z()),n.review.stopWaitSeconds),promptBudgetBytes:p(h().check(On()),n.review.promptBudgetBytes),maxCostPerSession:p(h().check(Z()),n.review.maxCostPerSession),wake:p(In(),n.review.wake),wakeRounds:p(h().check(Bn(),Z()),n.review.wakeRounds)}),n.review),context:p(b({threadBudgetTokens:p(h().check(Bn(),re(4e3)),n.context.threadBudgetTokens),model:d(w().check(oe(1))),prices:p(an(w().check(oe(1)),r),n.context.prices),pricesDate:d(w().check(oe(1)))}),n.context)});return{ReviewMode:e,Config:o}}var Oe;function Fe(){return Oe||(Xn(),Oe=Ts())}var sr=".claude/codex-collab.json",_e=".claude/codex-collab.local.json";function ce(n){return(0,U.join)(n,sr)}function $e(n){return(0,U.join)(n,_e)}function $s(n){return n.CLAUDE_CONFIG_DIR?(0,U.resolve)(n.CLAUDE_CONFIG_DIR):(0,U.join)(n.HOME||(0,ar.homedir)(),".claude")}function ae(n){return(0,U.join)($s(n),"codex-collab.json")}function Te(n,e){let t;try{if(e){let s=ke(n);if(s===null)return;t=s.toString("utf8")}else t=(0,xn.readFileSync)(n,"utf8")}catch(s){if(s.code==="ENOENT")return;throw new An(n,s.message)}let r;try{r=JSON.parse(t)}catch(s){throw new An(n,s.message)}let o=Fn(Fe().Config,r);if(!o.success){let s=o.error.issues.map(i=>`${i.path.join(".")||"(root)"}: ${i.message}`).join("; ");throw new An(n,s)}return r}function Qs(n){if(!(0,xn.existsSync)((0,U.join)(n,".git")))return!0;let{spawnSync:e}=(0,cr.createRequire)((0,U.join)(n,"noop.js"))("node:child_process"),t=(s,i)=>e("git",i,{cwd:s,encoding:"utf8",timeout:2e3,stdio:["ignore","pipe","ignore"]}),r=t(n,["ls-files","-z","--recurse-submodules","--",`:(icase)${_e}`]);if(r.status!==0||r.stdout!=="")return!0;let o=t((0,U.join)(n,".claude"),["rev-parse","--show-toplevel"]);return o.status!==0||ir(o.stdout.trim())!==ir(n)}function ir(n){try{return(0,xn.realpathSync)(n)}catch{return(0,U.resolve)(n)}}function Ms(n,e=process.env){let t={user:ae(e),project:ce(n),local:$e(n)},r=Te(t.user,!1),o=Te(t.project,!0),s=Te(t.local,!0),i=Object.fromEntries(Object.entries(t).filter(([g])=>({user:r,project:o,local:s})[g]!==void 0));if(r===void 0&&o===void 0&&s===void 0)return{config:Dn(),refused:[],files:i,localTracked:!1};let c=s!==void 0&&Qs(n),l=c?{}:s??{},A=c?$n(o??{},s):o??{},a=$n($n(Dn(),r??{}),l),{merged:u,refused:f}=rr(a,A,l);return{config:Xt(Fe().Config,u),refused:f,files:i,localTracked:c}}function Qe(n,e=process.env){return Ms(n,e).config}var Ls=1;function Ae(n,e){try{let t=e?(0,kn.statSync)(n,{bigint:!0}):(0,kn.lstatSync)(n,{bigint:!0});return`${t.dev}:${t.ino}:${t.size}:${t.mtimeNs}:${t.ctimeNs}:${t.mode}`}catch{return"-"}}function Ns(n,e,t){let r=$e(n),o=[`format ${Ls}`,t.trim(),`${ae(e)} ${Ae(ae(e),!0)}`,`${ce(n)} ${Ae(ce(n),!1)}`,`${r} ${Ae(r,!1)}`];if(!o[4].endsWith(" -"))for(let s of[(0,bn.join)(n,".git"),(0,bn.join)(n,".git","index"),(0,bn.join)(n,".claude"),(0,bn.join)(n,".claude",".git")])o.push(`${s} ${Ae(s,!1)}`);return o.join(`
`)}function Rs(n,e){return(0,bn.join)(e.dir,`config.${qn(`${n}
${e.codeId}`)}.json`)}function js(n,e){try{let t=JSON.parse((0,kn.readFileSync)(n,"utf8"));return t.key===e&&typeof t.config=="object"&&t.config!==null?t.config:void 0}catch{return}}function Us(n,e,t,r=()=>Qe(n,e)){let o=Ns(n,e,t.codeId),s=Rs(n,t),i=js(s,o);if(i)return i;let c=r();return ye(s,()=>[Buffer.from(JSON.stringify({key:o,config:c}))]),c}function Ar(n,e,t){return t?Us(n,e,t):Qe(n,e)}function V(n,e=1/0){let t=n.replace(/\s+/g," ").trim();return t.length>e?`${t.slice(0,e-1)}\u2026`:t}var Me={"must-fix":0,"should-fix":1,nit:2};function lr(n){let e={"must-fix":0,"should-fix":0,nit:0};for(let t of n)e[t.severity]+=1;return e}function Le(n){return n.file===""?"(no file)":n.line_start===null?n.file:n.line_end!==null&&n.line_end!==n.line_start?`${n.file}:${n.line_start}-${n.line_end}`:`${n.file}:${n.line_start}`}var wr=require("node:fs"),ur=require("node:path");function dr(n,e){let t=2166136261,r=16777619;for(let o=0;o<e;o++){let s=n(o);t=Math.imul(t^s,16777619),r=Math.imul(r^s,1540483477)}return(t>>>0).toString(16).padStart(8,"0")+(r>>>0).toString(16).padStart(8,"0")}function fr(n){return dr(e=>n.charCodeAt(e),n.length)}function pr(n,e){let t;try{t=(0,wr.readFileSync)((0,ur.join)(n,e))}catch{return null}return dr(r=>t[r],t.length)}function le(n){return fr(`${n.file}\0${n.title.trim().toLowerCase()}`).slice(0,8)}function Ne(n,e){return n.claudeSessionId!==e?!1:e!==void 0||n.origin==="auto"}function Hs(n,e,t){let r=n.contentHashes?.[e.file];return e.file===""||r===void 0?!0:t(e.file)===r}function gr(n,e,t){let r=e.claudeSessionId?n.wake?.[e.claudeSessionId]?.rejected:void 0;return e.findings.filter(o=>!(e.wokenAt&&o.severity==="must-fix")&&!(r&&le(o)in r)&&Hs(e,o,t))}function mr(n,e,t,r){let o=[];for(let s of n.reviews){if(s.status!=="done"||s.deliveredAt||!Ne(s,e))continue;s.deliveredAt=E(t);let i=gr(n,s,r);i.length>0&&o.push({...s,findings:i})}return o}function hr(n,e){return n.reviews.some(t=>t.status==="done"&&!t.deliveredAt&&Ne(t,e))}function Pr(n,e){let t=n.flatMap(i=>i.findings.map(c=>({f:c,id:i.id}))).sort((i,c)=>Me[i.f.severity]-Me[c.f.severity]),r=lr(t.map(({f:i})=>i)),o=[...new Set(n.flatMap(i=>i.files))],s=[`Codex reviewed your recent edits (${o.length} file${o.length===1?"":"s"}): ${r["must-fix"]} must-fix, ${r["should-fix"]} should-fix, ${r.nit} nit.`];for(let{f:i}of t.slice(0,e))s.push(`- [${i.severity}] ${Le(i)} ${V(i.title,100)} \u2014 ${V(i.suggested_fix||i.explanation,160)} (id ${le(i)})`);return t.length>e&&s.push(`\u2026 ${t.length-e} more.`),s.push(`Weigh each finding critically; fix what is right (must-fix first). To reject one, write on a line of its own: codex-collab-reject <id>: <reason>. Details: codex-collab reviews show ${n.map(i=>i.id).join(" ")}`),s.join(`
`)}function vr(n,e){return n.wake??={},n.wake[e]??={rounds:0,rejected:{}}}function yr(n,e,t,r){let o=vr(n,e);Object.assign(o,{rounds:0,userPromptAt:E(t),locale:r}),delete o.stoppedAt,delete o.stopReason,delete o.open}var Dr="[codex-collab automatic review";var y=require("node:fs"),je=require("node:os"),Mn=require("node:path");var Ue=5e3,Gs=3e4,Ws=5e3,Js=1e4,Ks=50,xr=4096,Qn=new Map,br;function we(n){n<=0||(br??=new Int32Array(new SharedArrayBuffer(4)),Atomics.wait(br,0,0,n))}function Ys(n,e={}){let t=(0,Mn.resolve)(n);if(Qn.has(t))throw new Q(`This process already holds the lock ${t}.`,"This is a bug in codex-collab (a nested lock); please report it.");let r=e.timeoutMs??Ue,o=e.staleMs??Gs,s=Date.now()+r,i=1;for(;;){let c=Sr(t,o,!1);if(c!==null)return qs(t,c);let l=s-Date.now();if(l<=0)throw ti(t,r);let A=Math.min(l,i*(.5+Math.random())),a=Date.now();we(A),e.onSleep?.(A,Date.now()-a),i=Math.min(i*2,Ks)}}function kr(n,e,t={}){let r=Ys(n,t);try{return e()}finally{r()}}function qs(n,e){Qn.set(n,e);let t=!1;return()=>{t||(t=!0,Qn.get(n)===e&&Qn.delete(n),zr(n,e))}}function Sr(n,e,t){let r=Re(n);if(r!==null)return r;let o=Ln(n);if(o===null)return Re(n);if(!Vs(n,o,e))return null;if(t)ei(n,o);else{let s=`${n}.takeover`,i=Sr(s,Js,!0);if(i===null)return null;try{Er(Ln(n),o)&&(o.notFile?on(n):ue(n))}finally{zr(s,i)}}return Re(n)}function Re(n){let e={pid:process.pid,host:(0,je.hostname)(),token:`${process.pid}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`,at:E()},t;try{t=M(n,"exclusive")}catch(r){if(pn(r)==="EEXIST")return null;throw new Q(`Cannot create the lock file ${n}: ${r.message}`,`Check that ${(0,Mn.dirname)(n)} exists and is writable.`)}try{(0,y.writeSync)(t,JSON.stringify(e))}catch(r){throw(0,y.closeSync)(t),ue(n),new Q(`Cannot write the lock file ${n}: ${r.message}`,`Check free space and permissions of ${(0,Mn.dirname)(n)}.`)}return(0,y.closeSync)(t),e.token}function Ln(n){let e;try{e=(0,y.openSync)(n,y.constants.O_RDONLY|(y.constants.O_NOFOLLOW??0)|(y.constants.O_NONBLOCK??0))}catch(t){if(pn(t)==="ENOENT")return null;if(pn(t)==="ELOOP"||pn(t)==="ENXIO")return Xs(n);throw new Q(`Cannot read the lock file ${n}: ${t.message}`,`Check the permissions of ${n}.`)}try{let t=(0,y.fstatSync)(e);if(!t.isFile())return{holder:null,raw:"",ino:t.ino,mtimeMs:0,notFile:!0};let r=Buffer.alloc(xr),o=r.subarray(0,(0,y.readSync)(e,r,0,xr,0)).toString("utf8");return{holder:Zs(o),raw:o,ino:t.ino,mtimeMs:t.mtimeMs}}finally{(0,y.closeSync)(e)}}function Xs(n){try{return{holder:null,raw:"",ino:(0,y.lstatSync)(n).ino,mtimeMs:0}}catch{return null}}function Zs(n){try{let e=JSON.parse(n);if(e&&Number.isInteger(e.pid)&&e.pid>0&&typeof e.token=="string"&&typeof e.host=="string")return{pid:e.pid,host:e.host,token:e.token,at:typeof e.at=="string"?e.at:""}}catch{}return null}function Vs(n,e,t){let r=Date.now()-e.mtimeMs,o=e.holder;if(o===null)return r>Math.min(t,Ws);if(o.host===(0,je.hostname)()){if(o.pid===process.pid)return Qn.get(n)!==o.token;if(!He(o.pid))return!0}return r>t}function He(n){try{process.kill(n,0)}catch(e){return pn(e)!=="ESRCH"}return!ni(n)}function ni(n){if(process.platform!=="linux")return!1;try{let e=(0,y.readFileSync)(`/proc/${n}/stat`,"utf8");return e[e.lastIndexOf(")")+2]==="Z"}catch{return!1}}function Er(n,e){return n!==null&&n.ino===e.ino&&n.mtimeMs===e.mtimeMs&&n.raw===e.raw}function ei(n,e){let t=`${n}.stale-${process.pid}-${Math.random().toString(36).slice(2)}`;try{(0,y.renameSync)(n,t)}catch(o){if(pn(o)==="ENOENT")return;throw o}let r=Ln(t);if(!Er(r,e))try{(0,y.linkSync)(t,n)}catch{}r?.notFile||ue(t)}function zr(n,e){let t;try{t=Ln(n)}catch{return}t?.holder?.token===e&&ue(n)}function ue(n){try{(0,y.unlinkSync)(n)}catch(e){if(pn(e)!=="ENOENT")throw e}}var Nn=class extends Q{};function ti(n,e){let t="";try{let r=Ln(n)?.holder;r&&(t=` (held by pid ${r.pid} on ${r.host} since ${r.at})`)}catch{}return new Nn(`Timed out after ${e/1e3} s waiting for the lock ${n}${t}.`,`Another codex-collab process is busy; try again. If none is running, delete ${n}.`)}function pn(n){return n?.code}var ri=5e3;function Cr(n,e){return n?e.getTime()-Date.parse(n.heartbeatAt)<3*ri&&He(n.pid):!1}function Ir(n,e,t){return Promise.resolve().then(()=>_o(require("node:child_process"),1)).then(({spawn:r})=>{let o=r(process.execPath,[n,"review-worker","--project",e],{cwd:e,detached:!0,stdio:"ignore",env:{...process.env,NODE_EXTRA_CA_CERTS:void 0}});o.on("error",s=>t(`worker spawn failed: ${s.message}`)),o.unref()}).catch(r=>t(`worker spawn failed: ${r?.message??String(r)}`))}var Br=require("node:fs"),ln=require("node:path");function Sn(n=process.cwd()){let e=(0,ln.resolve)(n),t=e;for(;;){if((0,Br.existsSync)((0,ln.join)(t,".git")))return t;let r=(0,ln.dirname)(t);if(r===t)return e;t=r}}var Rn=".codex-collab";function Or(n){return(0,ln.join)(n,Rn)}function I(n){return(0,ln.join)(n,".codex-collab.d")}var T=require("node:fs"),jn=require("node:path");var N=require("node:fs"),Qr=require("node:module"),nn=require("node:path");var de=`${Rn}.d`,Fr=".committed-";function _r(n){let{spawnSync:e}=(0,Qr.createRequire)((0,nn.join)(n,"noop.js"))("node:child_process"),t=e("git",["ls-files","-z","-c","-m","-t","--",Rn,de],{cwd:n,encoding:"utf8",timeout:2e3,stdio:["ignore","pipe","ignore"]});if(t.status!==0||typeof t.stdout!="string")return null;let r=new Set,o=new Set;for(let i of t.stdout.split("\0"))i.length<3||(i[0]==="C"?o:r).add(i.slice(2));let s=[...r].filter(i=>!o.has(i));return{state:s.includes(Rn),dirFiles:s.filter(i=>i.startsWith(`${de}/`)),tracked:[...r].sort()}}function Tr(n){return n!==null&&(n.state||n.dirFiles.length>0)}function $r(n){try{return(0,N.statSync)(n).mtimeMs}catch{return}}function Ge(n){return(0,nn.join)(I(n),"git-checked")}function oi(n,e){let t=(0,nn.join)(n,".git");if(!(0,N.existsSync)(t))return!1;let r=o=>{if(!(0,N.lstatSync)(t).isDirectory())return!1;let s=$r((0,nn.join)(t,"index")),i=$r(o);return i!==void 0&&(s===void 0||i>s)};return e.text!==null?e.text!==e.copy||!r(e.copyPath):(0,N.existsSync)((0,nn.join)(n,de))?!(Mr((0,nn.join)(n,de))&&si(Ge(n))&&r(Ge(n))):!1}function Mr(n){try{return(0,N.lstatSync)(n).isDirectory()}catch{return!1}}function si(n){try{return(0,N.lstatSync)(n).isFile()}catch{return!1}}function We(n){Lr(Ge(n))}function Lr(n){try{let e=M(n,"append");try{let t=new Date;(0,N.futimesSync)(e,t,t)}finally{(0,N.closeSync)(e)}}catch{}}function Nr(n){let e;return{suspect(){if(e!==void 0)return e;e=!1;let t=null;try{t=fn(n.statePath,n.maxBytes)}catch{}let r=n.readCopy(n.copyPath);return oi(n.root,{text:t,copy:r,copyPath:n.copyPath})?(e=Tr(_r(n.root)),!e&&t!==null&&t===r?Lr(n.copyPath):!e&&t===null&&Mr(I(n.root))&&We(n.root),e):!1},disownLocked(){let t=_r(n.root);if(e=!1,!Tr(t))return;let r="is committed to this repository (git tracks it), and a repository's state is never trusted";if(t.state){let o=n.quarantine(n.statePath,Fr);n.warn(`${n.statePath} ${r}; moved it to ${(0,nn.basename)(o)} and started a fresh state (git rm --cached it).`)}if(t.dirFiles.length>0){let o=I(n.root),s=on(o,Fr);n.warn(`${o} ${r} (${t.dirFiles.join(", ")}); moved it to ${(0,nn.basename)(s)} and started afresh (git rm -r --cached it).`)}}}}function Un(n){return(0,jn.join)(I(n),"edits.jsonl")}function fe(n,e){if(e.length===0)return;let t=Un(n),r=e.map(s=>JSON.stringify(s)+`
`).join(""),o=!(0,T.existsSync)(I(n));sn(I(n)),o&&We(n);for(let s=0;s<100;s++){let i=ii(t);try{if(dn(i,r),ci(i,t))return}finally{(0,T.closeSync)(i)}}throw new Error(`could not append to ${t}: it was drained 100 times in a row`)}function ii(n){try{return M(n,"append")}catch(e){if(!(e instanceof x))throw e;return on(n),M(n,"append")}}function ci(n,e){try{return(0,T.lstatSync)(e).ino===(0,T.fstatSync)(n).ino}catch{return!1}}function jr(n){let e=[];for(let t of n.split(`
`)){if(!t)continue;let r;try{r=JSON.parse(t)}catch{continue}let o=Ai(r);o&&e.push(o)}return e}var wn=n=>typeof n=="string",ai=new Set(["simple","medium","complex"]);function Ai(n){if(typeof n!="object"||n===null)return null;let e=n;if(e.kind===void 0||e.kind==="edit"){let t=e.kind==="edit"?e.edit:e;return!t||!wn(t.path)||!wn(t.hash)||!wn(t.at)||!wn(t.tool)||t.claudeSessionId!==void 0&&!wn(t.claudeSessionId)?null:{kind:"edit",edit:{path:t.path,hash:t.hash,at:t.at,tool:t.tool,...t.claudeSessionId!==void 0?{claudeSessionId:t.claudeSessionId}:{}}}}if(e.kind==="classification"){let t=e.value;if(!wn(e.key)||!t||!ai.has(t.level)||typeof t.score!="number"||!Number.isFinite(t.score)||!wn(t.at))return null;let r=t.locale==="en"||t.locale==="zh"?{locale:t.locale}:{};return{kind:"classification",key:e.key,value:{level:t.level,score:t.score,at:t.at,...r}}}return e.kind==="stage"&&wn(e.session)?{kind:"stage",session:e.session}:null}var Ur=".draining-";function Hr(n){let e=(0,jn.basename)(Un(n))+Ur;try{return(0,T.readdirSync)(I(n)).filter(t=>t.startsWith(e)).map(t=>(0,jn.join)(I(n),t))}catch{return[]}}function Je(n){try{return fn(n)??""}catch{return""}}function Gr(n){let e=Je(Un(n));return jr([...Hr(n).map(Je),e].join(`
`))}function Wr(n){try{return(0,T.lstatSync)(Un(n)).size}catch{return 0}}var Rr={simple:0,medium:1,complex:2};function Ke(n){if(n>=1&&n<=3)return 4;if(n===5||n===7)return 6}function li(n,e){return n.pendingEdits.some(t=>t.path===e.path&&t.hash===e.hash)?!1:(n.pendingEdits.push(e),!0)}function Ye(n,e){let t=0;for(let r of e)if(r.kind==="edit")li(n,r.edit)&&t++;else if(r.kind==="classification"){let o=n.classifications[r.key];(o===void 0||Rr[r.value.level]>Rr[o.level])&&(n.classifications[r.key]=r.value)}else{let o=n.sessions[r.session];o&&(o.stage=Ke(o.stage)??o.stage)}return t}function Jr(n){let e=Un(n),t=`${e}${Ur}${process.pid}-${Math.random().toString(36).slice(2)}`,r=Hr(n);try{(0,T.renameSync)(e,t),r=[...r,t]}catch{}if(r.length===0)return{entries:[],commit:()=>{},abort:()=>{}};let o=jr(r.map(Je).join(`
`)),s=()=>{for(let i of r)try{(0,T.unlinkSync)(i)}catch{}};return{entries:o,commit:s,abort:()=>{fe(n,o),s()}}}var k=require("node:fs"),G=require("node:path");var Yr=require("node:fs");function qr(n,e){let t=e.timeoutMs??Ue,{deadline:r}=e,o={requests:0,waitMs:0,sleptMs:0,queuedMs:0,pastDeadlineMs:0},s=0,i=(l,A)=>{o.sleptMs+=l,s+=Math.max(0,A-l)};return{run:l=>{o.requests++;let A=Date.now(),a=s,u=r===void 0?null:Kr(),f=!1,g=()=>{let v=Date.now();if(o.waitMs+=v-A,r===void 0)return;let D=Kr(),F=u!==null&&D!==null?D-u:s-a;o.queuedMs+=F,o.pastDeadlineMs=Math.max(o.pastDeadlineMs,Math.round(v-Math.max(A,r)-F))},P=r===void 0?t:Math.max(0,Math.min(t,r-Date.now()));try{return kr(n,()=>(f=!0,g(),l()),{timeoutMs:P,onSleep:i})}finally{f||g()}},stats:o}}function Kr(){try{let n=(0,Yr.readFileSync)("/proc/thread-self/schedstat","latin1").split(" "),e=Number(n[1]);return Number.isFinite(e)?e/1e6:null}catch{return null}}var Hn=1,H={sessions:60,historyPerSession:30,reviews:60,pendingEdits:500,classifications:200,wakeLoops:200};function wi(){let n=b({input_tokens:p(h(),0),cached_input_tokens:p(h(),0),output_tokens:p(h(),0),reasoning_output_tokens:p(h(),0)}),e=h().check(Bn(),re(0),qt(7)),t=b({at:w(),kind:w(),title:w(),outcome:$(["ok","failed","timeout","cancelled"]),stage:d(e),tokens:d(h()),threadId:d(w()),usage:d(n),model:d(w()),costUsd:d(h()),promptBytes:d(h()),answerBytes:d(h())}),r=b({threadId:vn(w()),bytes:p(h(),0),tokens:p(h(),0),turns:p(h(),0),startedAt:w(),endedAt:d(w()),endReason:d(w()),handoffFrom:d(w())}),o=b({at:w(),kind:w(),stage:d(e),text:w()}),s=b({name:w(),threadId:vn(w()),claudeSessionId:d(w()),task:d(w()),cwd:d(w()),createdAt:w(),updatedAt:w(),turns:p(h(),0),usage:n,stage:p(e,0),history:p(L(t),[]),costUsd:d(h()),thread:d(r),chain:d(L(r)),decisions:d(L(o))}),i=$(["must-fix","should-fix","nit"]),c=b({severity:i,file:w(),line_start:vn(h()),line_end:vn(h()),title:w(),explanation:w(),suggested_fix:w(),confidence:h()}),l=b({path:w(),hash:w(),at:w(),tool:w(),claudeSessionId:d(w()),attempts:d(h()),retryAt:d(w()),lastError:d(w())}),A=b({id:w(),sessionName:w(),claudeSessionId:d(w()),diffHash:w(),files:L(w()),status:$(["running","done","failed","skipped"]),startedAt:w(),finishedAt:d(w()),verdict:d(w()),summary:d(w()),note:d(w()),answer:d($(["structured","prose"])),origin:d($(["auto","manual"])),contentHashes:d(an(w(),w())),findings:p(L(c),[]),usage:d(n),error:d(w()),skipReason:d(w()),deliveredAt:d(w()),stopBlockedAt:d(w()),tree:d(w()),threadId:d(w()),base:d(w()),since:d(w()),promptBytes:d(h()),sentFiles:d(h()),wokenAt:d(w())}),a=b({rounds:p(h(),0),userPromptAt:d(w()),locale:d($(["en","zh"])),waiter:d(b({pid:h(),since:w()})),rejected:p(an(w(),w()),{}),stoppedAt:d(w()),stopReason:d(w()),open:d(L(w()))}),u=b({level:$(["simple","medium","complex"]),score:h(),at:w(),locale:d($(["en","zh"]))}),f=b({pid:h(),startedAt:w(),heartbeatAt:w()}),g=b({version:Yt(Hn),sessions:p(an(w(),s),{}),pendingEdits:p(L(l),[]),reviews:p(L(A),[]),classifications:p(an(w(),u),{}),worker:p(vn(f),null),wake:d(an(w(),a))});return{Usage:n,Stage:e,HistoryEntry:t,ThreadSize:r,Decision:o,Session:s,Severity:i,Finding:c,PendingEdit:l,ReviewRecord:A,WakeLoop:a,Classification:u,WorkerInfo:f,StateFile:g}}var qe;function pe(){return qe||(Xn(),qe=wi())}function En(){return{version:Hn,sessions:{},pendingEdits:[],reviews:[],classifications:{},worker:null}}var ge=class extends Q{constructor(e,t){super(`${e} was written by a newer codex-collab (state version ${t}; this one understands ${Hn}).`,"Upgrade codex-collab (every copy used in this project) to the latest version.")}};function ui(n){return`${n}.lock`}function di(n){return(0,G.join)(I(n),"state.validated.json")}function Zr(n,e={}){let t=Or(n),r=ui(t),o=e.onWarning??(g=>console.error(`codex-collab: ${g}`)),s=qr(r,{timeoutMs:e.lockTimeoutMs,deadline:e.deadline}),i=s.run,c=e.syncDirectory??!0,l=di(n),A=()=>pi(t,l),a=()=>{let g=A();if(g.ok)return g.state??En();let P=Xr(t);return o(`${t} was unusable (${g.reason}); moved it to ${(0,G.basename)(P)} and started a fresh state.`),En()},u=()=>{let g=A();if(g.ok)return g.state??En();try{return i(a)}catch(P){if(P instanceof ge)throw P;return o(`${t} was unusable (${g.reason}) and could not be moved aside (${V(P.message)}); using an empty state.`),En()}},f=Nr({root:n,statePath:t,copyPath:l,maxBytes:Xe,readCopy:Vr,quarantine:Xr,warn:o});return{path:t,get lockWait(){let{requests:g,waitMs:P,sleptMs:v,queuedMs:D,pastDeadlineMs:F}=s.stats;return{requests:g,waitMs:Math.round(P),sleptMs:Math.round(v),queuedMs:Math.round(D),pastDeadlineMs:F}},withLock:i,read(){if(f.suspect())try{i(f.disownLocked)}catch(v){return o(`${t} or ${I(n)} is committed to this repository and could not be moved aside (${V(v.message)}); using an empty state.`),En()}let g=Gr(n),P=u();return Ye(P,g),P},update(g){return i(()=>{f.suspect()&&f.disownLocked();let P=Jr(n);try{let v=a();Ye(v,P.entries);let D=mi(v),F=g(v);if(F instanceof Promise)throw new Q("store.update() was given an async function.","This is a bug in codex-collab; please report it.");fi(v);let J=hi(v,D);if(!J.success)throw new Q(`Refusing to write an invalid state to ${t}: ${oo(J.issues)}`,"This is a bug in codex-collab; please report it.");to(t);let K=JSON.stringify(J.state);return ro(t,K,c),gi(l,K,o),P.commit(),F}catch(v){throw P.abort(),v}})}}}function fi(n){let e=Object.values(n.sessions);if(e.length>H.sessions){let o=Gn(e,H.sessions,s=>s.updatedAt);n.sessions=Object.fromEntries(o.map(s=>[s.name,s]))}for(let o of Object.values(n.sessions))o.history.length>H.historyPerSession&&(o.history=o.history.slice(-H.historyPerSession));n.reviews=Gn(n.reviews,H.reviews,o=>o.startedAt),n.pendingEdits=Gn(n.pendingEdits,H.pendingEdits,o=>o.at);let t=Object.entries(n.classifications);t.length>H.classifications&&(n.classifications=Object.fromEntries(Gn(t,H.classifications,([,o])=>o.at)));let r=Object.entries(n.wake??{});r.length>H.wakeLoops&&(n.wake=Object.fromEntries(Gn(r,H.wakeLoops,([,o])=>o.userPromptAt??o.waiter?.since??"")))}function Gn(n,e,t){if(n.length<=e)return n;let r=n.map((s,i)=>({k:t(s),i}));r.sort((s,i)=>s.k<i.k?1:s.k>i.k?-1:i.i-s.i);let o=new Set(r.slice(0,e).map(s=>s.i));return n.filter((s,i)=>o.has(i))}var Xe=8*1024*1024;function pi(n,e){let t;try{t=fn(n,Xe)}catch(i){return{ok:!1,reason:i instanceof x?`${i.why}, never read or written through`:V(i.message)}}if(t===null)return{ok:!0,state:null};let r;try{r=JSON.parse(t)}catch(i){return{ok:!1,reason:`not valid JSON: ${V(i.message)}`}}let o=typeof r=="object"&&r!==null?r.version:void 0;if(typeof o=="number"&&o>Hn)throw new ge(n,o);if(t===Vr(e))return{ok:!0,state:r};let s=Fn(pe().StateFile,r);return s.success?{ok:!0,state:s.data}:{ok:!1,reason:`invalid content: ${oo(s.error.issues)}`}}function Vr(n){try{return((0,k.lstatSync)(n).mode&63)!==0?void 0:fn(n,Xe)??void 0}catch{return}}function gi(n,e,t){try{sn((0,G.dirname)(n),t),to(n),ro(n,e,!1)}catch{}}function no(){return Object.keys(pe().StateFile.shape)}function mi(n){return new Map(no().map(e=>[e,JSON.stringify(n[e])]))}function hi(n,e){let t={},r=[];for(let o of no()){let s=n[o];if(e.get(o)===JSON.stringify(s)){t[o]=s;continue}let i=Fn(pe().StateFile.shape[o],s);i.success?t[o]=i.data:r.push(...i.error.issues.map(c=>({path:[o,...c.path],message:c.message})))}return r.length>0?{success:!1,issues:r}:{success:!0,state:t}}function Xr(n,e=".corrupt-"){let t=E().replace(/:/g,""),r=`${n}${e}${t}`;for(let o=1;(0,k.existsSync)(r);o++)r=`${n}${e}${t}-${o}`;try{(0,k.renameSync)(n,r)}catch(o){throw new Q(`Cannot move the unusable ${n} aside: ${o.message}`,`Move or delete ${n} by hand.`)}return r}var eo=".tmp-";function to(n){let e=(0,G.basename)(n)+eo,t=(0,G.dirname)(n),r;try{r=(0,k.readdirSync)(t)}catch{return}for(let o of r)if(o.startsWith(e))try{(0,k.unlinkSync)((0,G.join)(t,o))}catch{}}function ro(n,e,t){let r=`${n}${eo}${process.pid}-${Math.random().toString(36).slice(2)}`,o;try{o=M(r,"exclusive"),dn(o,e),(0,k.fsyncSync)(o),(0,k.closeSync)(o),o=void 0,Pi(r,n)}catch(s){o!==void 0&&(0,k.closeSync)(o);try{(0,k.unlinkSync)(r)}catch{}throw new Q(`Cannot write ${n}: ${s.message}`,`Check free space and the permissions of ${(0,G.dirname)(n)}.`)}t&&vi((0,G.dirname)(n))}function Pi(n,e){for(let t=0;;t++)try{(0,k.renameSync)(n,e);return}catch(r){let o=r.code;if(!(process.platform==="win32"&&(o==="EPERM"||o==="EBUSY"||o==="EACCES"))||t>=10)throw r;we(10+t*10)}}function vi(n){let e;try{e=(0,k.openSync)(n,"r"),(0,k.fsyncSync)(e)}catch{}finally{e!==void 0&&(0,k.closeSync)(e)}}function oo(n){let e=n.slice(0,3).map(t=>`${t.path.map(String).join(".")||"(root)"}: ${t.message}`);return V(e.join("; ")+(n.length>3?` (+${n.length-3} more)`:""))}var Pe=require("node:fs"),mo=require("node:path");var en=require("node:fs"),et=require("node:path");var me=require("node:fs");function Ze(n){try{let e=(0,me.readFileSync)(`/proc/${n}/stat`,"latin1");return e.slice(e.lastIndexOf(")")+2).split(" ")}catch{return null}}function so(){let n;try{n=(0,me.readdirSync)("/proc")}catch{return null}let e=[];for(let t of n){if(!/^\d+$/.test(t))continue;let r=Ze(t);r&&e.push({pid:Number(t),ppid:Number(r[1]),pgid:Number(r[2]),state:r[0]??""})}return e}function yi(){let n=process.getBuiltinModule;return n?.("node:child_process")?.spawnSync}function Di(n,e){let t=yi();if(!t)return null;let r=t("ps",["-o",`${e}=`,"-p",String(n)],{encoding:"utf8"}),o=typeof r.stdout=="string"?r.stdout.trim():"";return r.status===0&&o!==""?o:null}function Ve(n){if(!Number.isInteger(n)||n<=0)return null;if(process.platform==="linux"){let e=Ze(n);return e?`t${e[19]}`:null}return process.platform==="win32"?null:Di(n,"lstart")}function io(n,e){if(e===null)return!1;if(process.platform==="linux"){let t=Ze(n);return t!==null&&t[0]!=="Z"&&`t${t[19]}`===e}return Ve(n)===e}function co(n){try{return process.kill(-n,0),!0}catch(e){return e.code==="EPERM"}}var lo=2e3;function ao(n){return(0,et.join)(I(n),"codex-runs")}function xi(n,e){nt(n);let t=M(n,"exclusive");try{dn(t,JSON.stringify(e))}finally{(0,en.closeSync)(t)}}function bi(n){try{if(!(0,en.lstatSync)(n).isFile())return null;let e=JSON.parse((0,en.readFileSync)(n,"utf8"));return!Number.isInteger(e.pgid)||e.pgid<=1||!Number.isInteger(e.ownerPid)?null:{pgid:e.pgid,leaderStart:typeof e.leaderStart=="string"?e.leaderStart:null,ownerPid:e.ownerPid,ownerStart:typeof e.ownerStart=="string"?e.ownerStart:null,startedAt:typeof e.startedAt=="string"?e.startedAt:"",...typeof e.termAt=="number"?{termAt:e.termAt}:{}}}catch{return null}}function nt(n){try{(0,en.unlinkSync)(n)}catch{}}function ki(n){let e=so(),t=i=>i.state!=="Z",r=Ve(n.pgid);if(r!==null&&r!==n.leaderStart)return[];if(!(e?e.some(i=>i.pgid===n.pgid&&t(i)):co(n.pgid)))return[];let s=new Set([n.pgid]);if(e){let i=new Map;for(let a of e)i.set(a.ppid,[...i.get(a.ppid)??[],a.pid]);let c=new Map(e.map(a=>[a.pid,a])),l=e.filter(a=>a.pgid===n.pgid).map(a=>a.pid),A=new Set(l);for(;l.length>0;)for(let a of i.get(l.shift())??[]){if(A.has(a))continue;A.add(a),l.push(a);let u=c.get(a)?.pgid;u!==void 0&&u>1&&t(c.get(a))&&s.add(u)}}return[...s]}function Ao(n,e){for(let t of n)try{process.kill(-t,e)}catch{}}function wo(n,e=Date.now()){if(process.platform==="win32")return 0;let t;try{t=(0,en.readdirSync)(ao(n))}catch{return 0}let r=0;for(let o of t){if(!/^\d+\.json$/.test(o))continue;let s=(0,et.join)(ao(n),o),i=bi(s);if(i===null||i.ownerStart===null||i.leaderStart===null){nt(s);continue}if(io(i.ownerPid,i.ownerStart))continue;let c=ki(i);if(c.length===0){nt(s);continue}if(r++,i.termAt!==void 0&&e-i.termAt>=lo){Ao(c,"SIGKILL");continue}if(Ao(c,"SIGTERM"),i.termAt===void 0)try{xi(s,{...i,termAt:e})}catch{}}return r}var qa=lo+3e3;var he=require("node:fs"),uo=require("node:path");var Si=512*1024;function fo(n,e,t=Si){try{sn((0,uo.dirname)(n));try{(0,he.lstatSync)(n).size>=t&&(0,he.renameSync)(n,`${n}.1`)}catch{}be(n,`${e}
`,r=>`${E()} ${r}
`)}catch{}}var Ei={session_id:"string",transcript_path:"string",cwd:"string",permission_mode:"string"},zi={SessionStart:{source:"string"},UserPromptSubmit:{},PostToolUse:{},Stop:{stop_hook_active:"boolean"}},po={SessionStart:{},UserPromptSubmit:{prompt:"string"},PostToolUse:{tool_name:"string"},Stop:{}};function Ci(n){return typeof n=="string"&&Object.hasOwn(po,n)}function go(n){if(typeof n!="object"||n===null||Array.isArray(n))return null;let e=n,t=e.hook_event_name;if(!Ci(t))return null;for(let[r,o]of Object.entries({...Ei,...zi[t]}))if(e[r]!==void 0&&typeof e[r]!==o)return null;for(let[r,o]of Object.entries(po[t]))if(typeof e[r]!==o)return null;return e}var Ii=8*1024*1024;function Bi(){let n=[],e=0,t=Buffer.alloc(65536);for(;;){let r;try{r=(0,Pe.readSync)(0,t,0,t.length,null)}catch(o){let s=o.code;if(s==="EAGAIN"){ho();continue}if(s==="EOF")break;throw o}if(r===0||(e+=r,n.push(Buffer.from(t.subarray(0,r))),e>Ii))break}return Buffer.concat(n).toString("utf8")}function W(n,e){fo((0,mo.join)(I(n),"hooks.log"),`${E()} ${e}`)}function ho(){Atomics.wait(new Int32Array(new SharedArrayBuffer(4)),0,0,5)}function Oi(n){if(!n)return;let e=Buffer.from(JSON.stringify(n),"utf8");for(let t=0;t<e.length;)try{t+=(0,Pe.writeSync)(1,e,t,e.length-t)}catch(r){if(r.code!=="EAGAIN")throw r;ho()}}function Fi(n){try{wo(n)}catch(e){W(n,`ending orphaned codex runs: ${e?.message??String(e)}`)}}var Po=2e3;function vo(n,e){let t=Date.now(),r=process.env,o=r.CLAUDE_PROJECT_DIR||process.cwd(),s;try{try{if(r.CODEX_COLLAB_DISABLE==="1")return;let i=Bi(),c;try{c=JSON.parse(i)}catch{W(Sn(o),`${n}: stdin was not JSON (${i.length} bytes); ignored`);return}let l=go(c);if(l===null||l.hook_event_name!==n){W(Sn(o),`${n}: unexpected input shape; ignored`);return}o=Sn(r.CLAUDE_PROJECT_DIR||l.cwd||process.cwd()),s=e({started:t,input:l,root:o,env:r})}catch(i){W(Sn(o),`${n}: internal error: ${i?.stack??String(i)}`),s={systemMessage:`codex-collab: ${n} hook skipped (internal error; see .codex-collab.d/hooks.log)`}}try{Oi(s)}catch(i){W(Sn(o),`${n}: could not write the output: ${i?.message??String(i)}`)}Fi(o)}finally{process.exitCode=0}}var _i="#nocodex";function Ti(n,e,t){try{return{config:Ar(n,t,e.configCache)}}catch(r){W(n,`config: ${r.message}`);let o=r instanceof An?r.file.replace(`${n}/`,""):".claude/codex-collab.json";return{config:Dn(),warning:`codex-collab: ${o} is invalid; using defaults (run codex-collab doctor)`}}}function $i(n){return n.input.session_id||n.env.CLAUDE_CODE_SESSION_ID||void 0}function Qi(n){return e=>pr(n,e)}function Mi(n,e,t){let r=e.filter(s=>!!s).join(`

`),o={};return r&&(o.hookSpecificOutput={hookEventName:n,additionalContext:r}),t&&(o.systemMessage=t),r||t?o:null}function Li(n,e){return Zr(n,{onWarning:t=>W(n,t),syncDirectory:!1,deadline:e})}function Ni(n,e=Po){return(n.started??Date.now())+e}function Ri(n,e,t,r,o,s){let i=s,c=!1;try{i=r()}catch(f){if(!(f instanceof Nn))throw f;o(),c=!0}let{waitMs:l,sleptMs:A,queuedMs:a,pastDeadlineMs:u}=t.lockWait;return(l>0||c)&&W(n,`${e}: waited ${l} ms for the state lock (slept ${A} ms between attempts; past the deadline: ${u} ms; waiting for a CPU meanwhile: ${a} ms)${c?"; busy past the deadline, write journaled":""}`),i}var yo={simple:0,medium:1,complex:2},ji=32*1024;function Do(n,e){return n===void 0||yo[e]>yo[n.level]}function Ui(n,e){return e.CLAUDE_PLUGIN_ROOT?n.replace(/(^|[^\w:/-])\/codex-(?!collab:)/g,"$1/codex-collab:codex-"):n}function xo(n,e){let{prompt:t}=n.input;if(t.includes(_i)||t.includes(Dr))return null;let{config:r,warning:o}=Ti(n.root,e,n.env),s=e.now?.()??new Date,i=$i(n),c=i??"default",l=Li(n.root,Ni(n)),A=l.read(),a=A.classifications[c],u,f=r.hooks.classify&&!t.trimStart().startsWith("/")?Ut(t,r.classify):void 0,g=f!==void 0&&Do(a,f.level),P=f?.level==="simple"&&a!==void 0&&a.level!=="simple";f&&!P&&(u=Ui(Jt(f,r.locale??Be(t)),n.env));let v=r.hooks.autoReview&&A.pendingEdits.length>0&&!Cr(A.worker,s),D=[],F=i?A.wake?.[i]:void 0,J=F!==void 0&&(F.waiter!==void 0||F.rounds>0||F.stoppedAt!==void 0),K=Be(t),Y=f&&{level:f.level,score:f.score,at:E(s),locale:K},gn=hr(A,i),Wn=l.lockWait.requests===0&&Wr(n.root)<ji;g&&!gn&&!J&&Y&&Wn?fe(n.root,[{kind:"classification",key:c,value:Y}]):(g||J||gn)&&(D=Ri(n.root,"UserPromptSubmit",l,()=>l.update(R=>(Y&&Do(R.classifications[c],Y.level)&&(R.classifications[c]=Y),i&&R.wake?.[i]&&yr(R,i,s,K),mr(R,i,s,Qi(n.root)))),()=>Y&&g&&fe(n.root,[{kind:"classification",key:c,value:Y}]),[])),v&&Ir(e.cliPath,n.root,R=>W(n.root,R)),f&&W(n.root,`classified: ${Ht(f)}`);let mn=D.length>0?Pr(D,r.review.maxFindingsInContext):void 0;return Mi("UserPromptSubmit",[u,mn],o)}vo("UserPromptSubmit",n=>xo(n,pt(__dirname,__filename)));
