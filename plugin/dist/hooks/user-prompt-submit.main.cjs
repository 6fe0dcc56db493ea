"use strict";var zo=Object.create;var lt=Object.defineProperty;var Co=Object.getOwnPropertyDescriptor;var Oo=Object.getOwnPropertyNames;var Io=Object.getPrototypeOf,_o=Object.prototype.hasOwnProperty;var To=(e,n,t,r)=>{if(n&&typeof n=="object"||typeof n=="function")for(let o of Oo(n))!_o.call(e,o)&&o!==t&&lt(e,o,{get:()=>n[o],enumerable:!(r=Co(n,o))||r.enumerable});return e};var $o=(e,n,t)=>(t=e!=null?zo(Io(e)):{},To(n||!e||!e.__esModule?lt(t,"default",{value:e,enumerable:!0}):t,e));var ft=require("node:path");var xn=require("node:fs"),ut=require("node:os"),Ce=require("node:path");var C=require("node:fs"),ze=require("node:path"),At=1440*60*1e3,Fo=30*At,Bo=At,Lo=/^(?:.+\.[0-9a-f]{8}\.cache|config\.[0-9a-f]{8}\.json)$/,Qo=/\.tmp-\d+$/;function yn(e,n,t=Date.now()){let r=`${e}.tmp-${process.pid}`,o;try{(0,C.mkdirSync)((0,ze.dirname)(e),{recursive:!0,mode:448}),o=(0,C.openSync)(r,"wx",384);for(let s of n())(0,C.writeSync)(o,s);(0,C.closeSync)(o),o=void 0,(0,C.renameSync)(r,e)}catch{o!==void 0&&(0,C.closeSync)(o),No(r);return}Mo((0,ze.dirname)(e),t)}function Mo(e,n=Date.now()){let t;try{t=(0,C.readdirSync)(e)}catch{return}for(let r of t){let o=Qo.test(r)?Bo:Lo.test(r)?Fo:void 0;if(o===void 0)continue;let s=(0,ze.join)(e,r);try{let i=(0,C.lstatSync)(s);i.isFile()&&n-i.mtimeMs>o&&(0,C.unlinkSync)(s)}catch{}}}function No(e){try{(0,C.unlinkSync)(e)}catch{}}function Ye(e){let n=2166136261;for(let t=0;t<e.length;t++)n=Math.imul(n^e.charCodeAt(t),16777619);return(n>>>0).toString(16).padStart(8,"0")}var Ro=Symbol.for("codex-collab.slow-path");function qe(){globalThis[Ro]=!0}function dt(e){return e.CLAUDE_PLUGIN_DATA?(0,Ce.join)(e.CLAUDE_PLUGIN_DATA,"v8-cache"):(0,Ce.join)(e.XDG_CACHE_HOME||(0,Ce.join)((0,ut.homedir)(),".cache"),"codex-collab","v8-cache")}function wt(e){let n=(0,xn.statSync)(e,{bigint:!0});return`codex-collab-v8-cache ${process.version} ${process.arch} ${n.dev}:${n.ino}:${n.size}:${n.ctimeNs}:${n.mtimeNs}
`}function jo(e,n){try{return{dir:dt(n),codeId:wt(e)}}catch{return}}function pt(e,n,t=process.env){return{cliPath:(0,ft.join)(e,"..","cli.js"),configCache:jo(n,t)}}var m=require("node:fs"),re=require("node:path");var de=(e,n=2)=>String(e).padStart(n,"0");function E(e=Date.now()){let n=typeof e=="number"?new Date(e):e,t=n.getUTCFullYear();if(!Number.isFinite(t))throw new RangeError("Invalid time value");return t<0||t>9999?n.toISOString():`${de(t,4)}-${de(n.getUTCMonth()+1)}-${de(n.getUTCDate())}T${de(n.getUTCHours())}:${de(n.getUTCMinutes())}:${de(n.getUTCSeconds())}.${de(n.getUTCMilliseconds(),3)}Z`}var Xe=448,bn=384,Ho=".unsafe-",Ze=m.constants.O_NOFOLLOW??0,gt=m.constants.O_NONBLOCK??0,b=class extends Error{constructor(t,r){super(`${t} ${r}; codex-collab never writes through it.`);this.path=t;this.why=r}path;why;code="EUNSAFE"};function te(e){return e?.code}function Ve(e){try{return(0,m.lstatSync)(e)}catch(n){if(te(n)==="ENOENT")return null;throw n}}function oe(e,n=Ho){let t=E().replace(/:/g,""),r=`${e}${n}${t}`;for(let o=1;Ve(r)!==null;o++)r=`${e}${n}${t}-${o}`;return(0,m.renameSync)(e,r),r}function se(e,n){for(let t=0;;t++){let r=Ve(e);if(r?.isDirectory()){if((r.mode&511)!==Xe&&r.uid===process.getuid?.())try{(0,m.chmodSync)(e,Xe)}catch{}return}let o;if(r!==null&&!r.isSymbolicLink())throw new b(e,"is not a directory");if(r!==null){let s;try{s=oe(e)}catch(i){if(te(i)==="ENOENT"&&t<2)continue;throw i}o=`${e} is a symbolic link; moved it aside to ${(0,re.basename)(s)} and created a fresh directory (nothing was written through it).`,n?.(o)}try{(0,m.mkdirSync)(e,{mode:Xe})}catch(s){if(te(s)==="EEXIST"&&t<2)continue;throw s}(0,m.chmodSync)(e,Xe),o!==void 0&&kn((0,re.join)(e,"hooks.log"),`${E()} ${o}
`);return}}var Uo={append:m.constants.O_WRONLY|m.constants.O_CREAT|m.constants.O_APPEND,exclusive:m.constants.O_WRONLY|m.constants.O_CREAT|m.constants.O_EXCL};function B(e,n){if(Ze===0&&Ve(e)?.isSymbolicLink())throw new b(e,"is a symbolic link");let t;try{t=(0,m.openSync)(e,Uo[n]|Ze|gt,bn)}catch(r){throw te(r)==="ELOOP"?new b(e,"is a symbolic link"):te(r)==="ENXIO"?new b(e,"is not a regular file"):r}try{let r=(0,m.fstatSync)(t);if(!r.isFile())throw new b(e,"is not a regular file");if(r.nlink>1)throw new b(e,"has other hard links");return(r.mode&511)!==bn&&(0,m.fchmodSync)(t,bn),t}catch(r){throw(0,m.closeSync)(t),r}}function kn(e,n,t){let r,o="";try{r=B(e,"append")}catch(s){if(!(s instanceof b))throw s;let i=oe(e);o=t?.(`${s.message} Moved it aside to ${(0,re.basename)(i)}.`)??"",r=B(e,"append")}try{we(r,o+n)}finally{(0,m.closeSync)(r)}}function we(e,n){let t=Buffer.from(n,"utf8");for(let r=0;r<t.length;)r+=(0,m.writeSync)(e,t,r)}var Go=1024*1024;function mt(e){if(Ze===0&&Ve(e)?.isSymbolicLink())throw new b(e,"is a symbolic link");let n;try{n=(0,m.openSync)(e,m.constants.O_RDONLY|Ze|gt)}catch(t){if(te(t)==="ENOENT"||te(t)==="ENOTDIR")return null;throw te(t)==="ELOOP"?new b(e,"is a symbolic link"):te(t)==="ENXIO"?new b(e,"is not a regular file"):t}if(!(0,m.fstatSync)(n).isFile())throw(0,m.closeSync)(n),new b(e,"is not a regular file");return n}function ht(e,n,t,r){if((0,m.fstatSync)(e).size>t&&!r)throw new b(n,`is larger than ${t} bytes`);let o=Buffer.alloc(Math.min((0,m.fstatSync)(e).size,t)+1),s=0;for(let i;s<o.length&&(i=(0,m.readSync)(e,o,s,o.length-s,null))>0;)s+=i;if(s>t&&!r)throw new b(n,`is larger than ${t} bytes`);return o.subarray(0,Math.min(s,t))}function fe(e,n){let t=mt(e);if(t===null)return null;try{return n===void 0?(0,m.readFileSync)(t,"utf8"):ht(t,e,n,!1).toString("utf8")}finally{(0,m.closeSync)(t)}}function Dn(e,n={}){let t=mt(e);if(t===null)return null;try{if(n.ownPrivate&&process.getuid){let r=(0,m.fstatSync)(t);if(r.uid!==process.getuid())throw new b(e,"is not owned by you");if((r.mode&63)!==0)throw new b(e,"is readable or writable by others (codex-collab writes it 0600)")}return ht(t,e,n.maxBytes??Go,n.head??!1)}finally{(0,m.closeSync)(t)}}var yt=new Set([".","!","?",";",":",`
`,"\u3002","\uFF01","\uFF1F","\uFF1B","\uFF1A","\uFF0C",","]);function q(e){return e!==void 0&&(e>="a"&&e<="z"||e>="0"&&e<="9"||e==="_")}function X(e){if(e.length===0)return!1;for(let n=0;n<e.length;n++){let t=e.charCodeAt(n);if(t<48||t>57)return!1}return!0}function ie(e){let n=e.charCodeAt(0);return n>=13312&&n<=19903||n>=19968&&n<=40959||n>=63744&&n<=64255}function xt(e){let n=[],t=[],r=[],o=[],s=e.length,i=0,c=0;for(;c<s;){if(!q(e[c])){c++;continue}let A=c;for(;q(e[A]);)A++;for(;(e[A]==="'"||e[A]==="."||e[A]==="+")&&q(e[A+1]);)for(A++;q(e[A]);)A++;for(;e[A]==="+";)A++;let l=n.length===0;for(let a=i;!l&&a<c;a++)l=yt.has(e[a]??"");n.push(e.slice(c,A)),t.push(c),r.push(A),o.push(l),i=A,c=A}return{text:e,tokens:n,start:t,end:r,sentenceStart:o}}function Pt(e){return e.split("-").join(" ").split(" ").filter(Boolean).map(n=>n==="#"?{num:"major"}:n==="#4xx"?{num:"status"}:n.endsWith("*")?{word:n.slice(0,-1),stem:!0}:{word:n,stem:!1})}function bt(e){let n=e.startsWith("^")?e.slice(1):e,t=[],r=[];for(let o=0;o<n.length;)if(n[o]===" ")o++;else{let s=n[o]==="("?n.indexOf(")",o)+1:n.indexOf(" ",o),i=s<=0?n.length:s;r.push(n.slice(o,i)),o=i}for(let o of r)if(o.startsWith(".."))t.push({gap:Number(o.slice(2))});else if(o.startsWith("("))t.push({alts:o.slice(1,-1).split("|").map(Pt)});else for(let s of Pt(o))t.push({alts:[[s]]});return t}function Jo(e,n){return n==="status"?e.length===3&&(e[0]==="4"||e[0]==="5")&&X(e):X(e.startsWith("v")?e.slice(1):e)}function Ko(e,n){return n===void 0?!1:"num"in e?Jo(n,e.num):e.stem?n.startsWith(e.word):n===e.word}function zn(e,n,t,r){let o=n[t];if(!o)return r;if("gap"in o){for(let s=0;s<=o.gap&&r+s<=e.length;s++){let i=zn(e,n,t+1,r+s);if(i>=0)return i}return-1}for(let s=0;s<o.alts.length;s++){let i=o.alts[s],c=0;for(;c<i.length&&Ko(i[c],e[r+c]);)c++;if(c<i.length)continue;let A=zn(e,n,t+1,r+i.length);if(A>=0)return A}return-1}function Yo(e){let n=e.endsWith("*")?e.slice(0,-1):e;if(n.length===0)return!1;for(let t of n)if(!q(t)&&t!=="'"&&t!=="."&&t!=="+")return!1;return!0}function qo(e,n){let t=e.find(([r])=>r===n)?.[1];return t||e.push([n,t=[]]),t}function kt(e,n=[]){let t={words:[],wordStems:[],entries:[],exact:[],stems:[],numeric:[],zh:[],zhStart:[],regexps:[],literals:[],unlessAfterEn:[...e.unlessAfter?.en??[]],unlessAfterZh:[...e.unlessAfter?.zh??[]]};for(let r of e.en){if(Yo(r)){r.endsWith("*")?t.wordStems.push(r.slice(0,-1)):t.words.includes(r)||t.words.push(r);continue}let o=bt(r)[0];if(!o||"gap"in o)throw new Error(`word list entry must start with a word: ${r}`);let s=t.entries.push(r)-1;for(let i of o.alts){let c=i[0];if(!c)throw new Error(`word list entry must not start with an optional part: ${r}`);let A="num"in c?t.numeric:qo(c.stem?t.stems:t.exact,c.word);A.includes(s)||A.push(s)}}for(let r of e.zh)typeof r!="string"?t.regexps.push([r.source,r.flags.includes("g")?r.flags:`${r.flags}g`]):r.startsWith("^")?t.zhStart.push(r.slice(1)):t.zh.push(r);for(let r of n){let o=r.trim().toLowerCase();o&&t.literals.push(o)}return t}var vt=new WeakMap;function Xo(e){let n=vt.get(e);return n||vt.set(e,n={parts:[]}),n}function Sn(e,n,t,r,o,s){for(let i=0;i<r.length;i++){let c=r[i],A=n.entries[c];if(A.startsWith("^")&&!o.sentenceStart[s])continue;let l=zn(o.tokens,t.parts[c]??=bt(A),0,s);l>e&&(e=l)}return e}function Zo(e,n){for(let t=0;t<n.length;t++)if(e.startsWith(n[t]))return!0;return!1}function En(e,n,t,r,o){let s=0,i=t.length;for(;s<i;){let l=s+i>>1;(t[l]?.start??0)<r+o?s=l+1:i=l}if(s>0&&(t[s-1]?.end??0)>r)return!1;if(e.unlessAfterZh.length===0)return!0;let c=r;for(;c>0&&r-c<9&&!yt.has(n[c-1]??"");)c--;let A=n.slice(c,r);for(let l=0;l<e.unlessAfterZh.length;l++)if(A.includes(e.unlessAfterZh[l]))return!1;return!0}function me(e,n){let t=[],{tokens:r,text:o}=n,s=Xo(e);for(let l=0;l<r.length;l++){let a=r[l]??"",d=e.words.includes(a)||Zo(a,e.wordStems)?l+1:-1;for(let x=0;x<e.exact.length;x++)e.exact[x][0]===a&&(d=Sn(d,e,s,e.exact[x][1],n,l));d=Sn(d,e,s,e.numeric,n,l);for(let x=0;x<e.stems.length;x++)a.startsWith(e.stems[x][0])&&(d=Sn(d,e,s,e.stems[x][1],n,l));if(d<0)continue;let f=r[l-1],g=r[l-2];if(f!==void 0&&e.unlessAfterEn.includes(f)||g!==void 0&&e.unlessAfterEn.includes(g))continue;let P=n.start[l]??0,v=n.end[d-1]??P;t.push({start:P,end:v,text:o.slice(P,v)}),l=d-1}let i=t.slice();for(let l=0;l<e.zh.length;l++){let a=e.zh[l];for(let d=o.indexOf(a);d>=0;d=o.indexOf(a,d+1))if(En(e,o,t,d,a.length)){i.push({start:d,end:d+a.length,text:a});break}}let c=o.length-o.trimStart().length;for(let l=0;l<e.zhStart.length;l++){let a=e.zhStart[l];o.startsWith(a,c)&&i.push({start:c,end:c+a.length,text:a})}if(e.regexps.length>0)for(let l of s.regexps??=e.regexps.map(([a,d])=>new RegExp(a,d))){l.lastIndex=0;for(let a=l.exec(o);a;a=l.exec(o)){if(a[0]===""){l.lastIndex++;continue}if(En(e,o,t,a.index,a[0].length)){i.push({start:a.index,end:a.index+a[0].length,text:a[0]});break}}}for(let l of e.literals)for(let a=o.indexOf(l);a>=0;a=o.indexOf(l,a+1))if(!q(o[a-1])&&!q(o[a+l.length])&&En(e,o,t,a,l.length)){i.push({start:a,end:a+l.length,text:l});break}if(i.length===t.length)return t;i.sort((l,a)=>l.start-a.start||a.end-l.end);let A=[];for(let l of i)(A.length===0||l.start>=(A[A.length-1]?.end??0))&&A.push(l);return A}function Vo(e){return e.length>4&&e.endsWith("ies")?`${e.slice(0,-3)}y`:e.length>3&&e.endsWith("s")&&!e.endsWith("ss")&&!e.endsWith("us")&&!e.endsWith("'s")?e.slice(0,-1):e}function es(e,n){let t="";for(let r=0;r<e.length;r++){let o=e[r];if(o.includes(".")||o.length>24){t="";continue}let s=X(o)?"#":Vo(o);n.set(`w:${s}`,1),t&&n.set(`w:${t} ${s}`,1),t=s}}function ns(e,n){let t="";for(let r=0;r<e.length;r++){let o=e[r];if(!ie(o)){t="";continue}n.set(`c:${o}`,1),t&&n.set(`c:${t}${o}`,1),t=o}}function Dt(e){let n=new Map;for(let t=0;t<e.signals.length;t++){let r=e.signals[t];n.set(`s:${r.id}`,(n.get(`s:${r.id}`)??0)+r.weight)}return es(e.tokens,n),ns(e.prose,n),n.set("x:bias",1),n}var St=`c:\u4E00
c:\u4E00\u4E0B
c:\u4E00\u4E2A
c:\u4E00\u5957
c:\u4E00\u6210
c:\u4E00\u76F4
c:\u4E00\u8D77
c:\u4E07
c:\u4E09
c:\u4E09\u4E2A
c:\u4E0A
c:\u4E0A\u4E00
c:\u4E0A\u4F20
c:\u4E0A\u7EBF
c:\u4E0B
c:\u4E0B\u5355
c:\u4E0B\u6B21
c:\u4E0D
c:\u4E0D\u505C
c:\u4E0D\u53D8
c:\u4E0D\u540C
c:\u4E0D\u662F
c:\u4E0D\u7528
c:\u4E14
c:\u4E1A
c:\u4E24
c:\u4E2A
c:\u4E2A\u4EBA
c:\u4E2A\u5730
c:\u4E2A\u63A5
c:\u4E2A\u6587
c:\u4E2A\u670D
c:\u4E2A\u6D4B
c:\u4E2A\u8DEF
c:\u4E2D
c:\u4E3A
c:\u4E48
c:\u4E49
c:\u4E4B
c:\u4E4B\u540E
c:\u4E4B\u95F4
c:\u4E5F
c:\u4E5F\u8981
c:\u4E86
c:\u4E86\u89E3
c:\u4E8B
c:\u4E8B\u4EF6
c:\u4E8E
c:\u4EA4
c:\u4EBA
c:\u4EC0
c:\u4EC0\u4E48
c:\u4ECE
c:\u4ED8\u56DE
c:\u4EE3
c:\u4EE3\u7801
c:\u4EE5
c:\u4EEC
c:\u4EF6
c:\u4EF6\u91CC
c:\u4EFB
c:\u4EFB\u52A1
c:\u4F1A
c:\u4F1A\u91CD
c:\u4F20
c:\u4F20\u611F
c:\u4F46
c:\u4F46\u4E0D
c:\u4F4F
c:\u4F53
c:\u4F53\u91CD
c:\u4F5C
c:\u4F7F
c:\u4F7F\u7528
c:\u4F8B
c:\u4F9B
c:\u4FA7
c:\u4FA7\u8FB9
c:\u4FDD
c:\u4FDD\u5B58
c:\u4FDD\u6301
c:\u4FDD\u7559
c:\u4FE1
c:\u4FEE\u4E00
c:\u4FEE\u590D
c:\u4FEE\u6539
c:\u5019
c:\u503C
c:\u505C
c:\u50A8
c:\u50CF
c:\u5143
c:\u5143\u6D4B
c:\u5148
c:\u5149
c:\u5165
c:\u5168
c:\u5168\u90E8
c:\u5171
c:\u5173
c:\u5177\u51FD
c:\u5185
c:\u5185\u5B58
c:\u5199
c:\u5199\u4E2A
c:\u5199\u5355
c:\u5199\u6D4B
c:\u51B2
c:\u51B2\u7A81
c:\u51B3
c:\u51B5
c:\u51C6
c:\u51E0
c:\u51E0\u4E2A
c:\u51FA
c:\u51FD
c:\u51FD\u6570
c:\u5206
c:\u5206\u949F
c:\u5206\u9875
c:\u5207
c:\u5207\u6362
c:\u5212
c:\u5217
c:\u5217\u51FA
c:\u5217\u8868
c:\u521A
c:\u521A\u624D
c:\u5220
c:\u5220\u6389
c:\u5220\u9664
c:\u5224
c:\u5224\u65AD
c:\u522B
c:\u522B\u5B57
c:\u5230
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
c:\u52A0\u8F7D
c:\u52A1
c:\u52A8
c:\u5305
c:\u5305\u62EC
c:\u5316
c:\u533A
c:\u5347
c:\u5347\u7EA7
c:\u5353
c:\u5355
c:\u5355\u5143
c:\u5355\u6D4B
c:\u5355\u91CC
c:\u539F
c:\u539F\u751F
c:\u53C2
c:\u53C2\u6570
c:\u53CA
c:\u53D1
c:\u53D1\u5E03
c:\u53D8
c:\u53D8\u91CF
c:\u53E3
c:\u53E3\u548C
c:\u53E3\u8FD4
c:\u53E3\u90FD
c:\u53EF
c:\u53EF\u4EE5
c:\u53F0
c:\u53F7
c:\u5408
c:\u5408\u5E76
c:\u540C
c:\u540C\u4E00
c:\u540C\u6B65
c:\u540D
c:\u540E
c:\u540E\u53F0
c:\u540E\u7AEF
c:\u5417
c:\u5427
c:\u544A
c:\u5458
c:\u5468
c:\u547D
c:\u547D\u540D
c:\u548C
c:\u54EA
c:\u54EA\u4E2A
c:\u5668
c:\u5668\u52A0
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
c:\u578B
c:\u57DF
c:\u57FA
c:\u57FA\u4E8E
c:\u5883
c:\u5883\u53D8
c:\u589E
c:\u5904
c:\u5904\u7406
c:\u5907
c:\u590D
c:\u591A
c:\u591A\u4E2A
c:\u591A\u5E01
c:\u5927
c:\u5929
c:\u592A
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
c:\u5B89
c:\u5B89\u5353
c:\u5B9A
c:\u5B9A\u4E49
c:\u5B9E
c:\u5B9E\u65F6
c:\u5B9E\u73B0
c:\u5BA1
c:\u5BA1\u8BA1
c:\u5BA2
c:\u5BA2\u6237
c:\u5BB6
c:\u5BB9
c:\u5BC6
c:\u5BF9
c:\u5BF9\u8D26
c:\u5BFC
c:\u5BFC\u5165
c:\u5C0F
c:\u5C0F\u65F6
c:\u5C31
c:\u5C42
c:\u5C55
c:\u5D4C
c:\u5D4C\u5957
c:\u5DEE
c:\u5DF2
c:\u5DF2\u7ECF
c:\u5E01
c:\u5E01\u79CD
c:\u5E26
c:\u5E26\u4E0A
c:\u5E2E
c:\u5E2E\u5FD9
c:\u5E2E\u6211
c:\u5E38
c:\u5E76
c:\u5E76\u4E14
c:\u5E8F
c:\u5E93
c:\u5E93\u5B58
c:\u5E94
c:\u5E94\u8BE5
c:\u5EA6
c:\u5EFA
c:\u5F00
c:\u5F00\u542F
c:\u5F02
c:\u5F02\u6B65
c:\u5F0F\u5316
c:\u5F15
c:\u5F15\u5165
c:\u5F20
c:\u5F39
c:\u5F55
c:\u5F84
c:\u5FD9
c:\u6001
c:\u600E
c:\u600E\u4E48
c:\u603B
c:\u6062
c:\u6062\u590D
c:\u606F
c:\u60C5
c:\u60C5\u51B5
c:\u60F3
c:\u611F
c:\u611F\u5668
c:\u6162
c:\u620F
c:\u6210
c:\u6210\u4E00
c:\u6210\u591A
c:\u6211
c:\u6211\u4EEC
c:\u6237
c:\u6240\u6709
c:\u624D
c:\u6253
c:\u6253\u5F00
c:\u6263
c:\u6267
c:\u627E
c:\u628A
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
c:\u6301\u79BB
c:\u6302
c:\u6309
c:\u6309\u94AE
c:\u6362
c:\u6362\u6210
c:\u636E
c:\u636E\u52A0
c:\u636E\u5E93
c:\u6389
c:\u63A5
c:\u63A5\u5165
c:\u63A5\u53E3
c:\u63A7
c:\u63A8
c:\u63A8\u9001
c:\u63D0
c:\u63D0\u4EA4
c:\u63D0\u4F9B
c:\u63D0\u793A
c:\u63D2
c:\u641C
c:\u641C\u7D22
c:\u64A4
c:\u64A4\u9500
c:\u652F
c:\u652F\u6301
c:\u6539
c:\u6539\u6210
c:\u6539\u7528
c:\u6570
c:\u6570\u4ECE
c:\u6570\u636E
c:\u6570\u662F
c:\u6574
c:\u6574\u4E2A
c:\u6574\u4F53
c:\u6587
c:\u6587\u4EF6
c:\u65AD
c:\u65AD\u70B9
c:\u65B0
c:\u65B9
c:\u65E0
c:\u65E5\u671F
c:\u65F6
c:\u65F6\u5019
c:\u65F6\u533A
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
c:\u6709\u7684
c:\u670D
c:\u670D\u52A1
c:\u671F\u65F6
c:\u672C
c:\u673A
c:\u6761
c:\u6765
c:\u6784
c:\u6784\u5EFA
c:\u679C
c:\u67D3
c:\u67E5
c:\u6807
c:\u680F
c:\u6821
c:\u6821\u9A8C
c:\u683C
c:\u683C\u5F0F
c:\u6846
c:\u6863
c:\u68C0\u67E5
c:\u6A21
c:\u6A21\u5757
c:\u6B21
c:\u6B3E
c:\u6B63
c:\u6B65
c:\u6BB5
c:\u6BCF
c:\u6BCF\u4E2A
c:\u6BCF\u5929
c:\u6BCF\u7B14
c:\u6BD4
c:\u6BD4\u4F8B
c:\u6C34
c:\u6C42
c:\u6CA1
c:\u6CA1\u6709
c:\u6CD5
c:\u6CE8
c:\u6CE8\u5165
c:\u6D3B
c:\u6D41
c:\u6D41\u6C34
c:\u6D4B
c:\u6D4B\u8BD5
c:\u6D88
c:\u6D88\u606F
c:\u6D89
c:\u6D89\u53CA
c:\u6E05
c:\u6E32
c:\u6E32\u67D3
c:\u6E38
c:\u6E38\u620F
c:\u6E90
c:\u6EAF
c:\u6ED1
c:\u6EDA
c:\u70B9
c:\u70B9\u7EED
c:\u7247
c:\u7248
c:\u72B6
c:\u72B6\u6001
c:\u72EC
c:\u73AF
c:\u73AF\u5883
c:\u73B0
c:\u73B0\u5728
c:\u73B0\u6709
c:\u7406
c:\u751F
c:\u751F\u6210
c:\u7528
c:\u7528\u4E86
c:\u7528\u4F8B
c:\u7528\u6237
c:\u7528\u73B0
c:\u7528\u7684
c:\u7531
c:\u7559
c:\u7565
c:\u767B
c:\u767D
c:\u7684
c:\u7684\u4FEE
c:\u7684\u60C5
c:\u7684\u63A5
c:\u7684\u65F6
c:\u7684\u6743
c:\u7684\u7528
c:\u7684\u8001
c:\u7684\u8868
c:\u7684\u95EE
c:\u76D6
c:\u76EE
c:\u76EE\u524D
c:\u76F4
c:\u76F4\u63A5
c:\u770B
c:\u77E5
c:\u7801
c:\u786E
c:\u786E\u8BA4
c:\u793A
c:\u7981
c:\u7981\u7528
c:\u79BB
c:\u79BB\u7EBF
c:\u79D2
c:\u79FB
c:\u79FB\u52A8
c:\u7A0B
c:\u7A7A
c:\u7A81
c:\u7A97
c:\u7AD9
c:\u7AEF
c:\u7AEF\u4ECE
c:\u7AEF\u7528
c:\u7AEF\u90FD
c:\u7B14
c:\u7B49
c:\u7B97
c:\u7BA1
c:\u7BA1\u7406
c:\u7C7B
c:\u7C7B\u578B
c:\u7CFB
c:\u7CFB\u7EDF
c:\u7D22
c:\u7EA6
c:\u7EA7
c:\u7EA7\u5230
c:\u7EBF
c:\u7EBF\u4E0A
c:\u7EC3
c:\u7EC4
c:\u7EC4\u4EF6
c:\u7ED3
c:\u7ED3\u679C
c:\u7ED9
c:\u7EDF\u4E00
c:\u7EE7
c:\u7EE7\u7EED
c:\u7EED
c:\u7F13
c:\u7F13\u5B58
c:\u7F16
c:\u7F16\u8F91
c:\u7F29
c:\u7F3A
c:\u7F6E
c:\u7F6E\u9875
c:\u8001
c:\u800C
c:\u8054
c:\u80FD
c:\u80FD\u505C
c:\u811A
c:\u811A\u672C
c:\u81EA
c:\u81EA\u52A8
c:\u8272
c:\u83DC
c:\u83DC\u5355
c:\u884C
c:\u884C\u4E3A
c:\u8865
c:\u8868
c:\u8868\u5355
c:\u8868\u5DF2
c:\u8868\u652F
c:\u8868\u683C
c:\u8868\u91CC
c:\u8868\u9875
c:\u8981
c:\u8981\u505A
c:\u8981\u6539
c:\u8981\u6709
c:\u8981\u80FD
c:\u8986
c:\u8986\u76D6
c:\u89C6
c:\u89D2
c:\u89D2\u8272
c:\u89E3
c:\u89E3\u4E00
c:\u89E3\u51B3
c:\u8B66
c:\u8BA2
c:\u8BA2\u5355
c:\u8BA4
c:\u8BB0
c:\u8BB0\u4F4F
c:\u8BB0\u5F55
c:\u8BBE
c:\u8BBE\u7F6E
c:\u8BBE\u8BA1
c:\u8BC4
c:\u8BD5
c:\u8BD5\u7528
c:\u8BE5
c:\u8BEF
c:\u8BF4
c:\u8BF7
c:\u8BF7\u6C42
c:\u8BFB
c:\u8C03
c:\u8C03\u5230
c:\u8D25
c:\u8D25\u8981
c:\u8D26
c:\u8D26\u6237
c:\u8D44\u6E90
c:\u8D44\u91D1
c:\u8D77
c:\u8D85
c:\u8D85\u65F6
c:\u8DD1\u4E00
c:\u8DEF
c:\u8DEF\u5F84
c:\u8DEF\u7531
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
c:\u8FD4
c:\u8FD4\u56DE
c:\u8FD8
c:\u8FD8\u6709
c:\u8FD8\u8981
c:\u8FD9
c:\u8FD9\u4E00
c:\u8FD9\u4E2A
c:\u8FDB
c:\u8FDE
c:\u8FFD
c:\u9000
c:\u9000\u907F
c:\u9001
c:\u9009
c:\u9009\u62E9
c:\u901A
c:\u901A\u8FC7
c:\u903B
c:\u903B\u8F91
c:\u904D
c:\u907F
c:\u90A3
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
c:\u94F6
c:\u94FE
c:\u94FE\u63A5
c:\u9500
c:\u9519
c:\u9519\u522B
c:\u9519\u8BEF
c:\u952E
c:\u957F
c:\u95EA
c:\u95EA\u9000
c:\u95EE
c:\u95EE\u9898
c:\u95F4\u4ECE
c:\u961F
c:\u961F\u5217
c:\u9632
c:\u9636
c:\u9636\u6BB5
c:\u963F
c:\u9644
c:\u9645
c:\u9645\u5316
c:\u9650
c:\u9664
c:\u9700
c:\u9700\u8981
c:\u9762
c:\u9875
c:\u9875\u52A0
c:\u9875\u7684
c:\u9875\u9762
c:\u9879
c:\u9879\u76EE
c:\u987A
c:\u9884
c:\u9891
c:\u9898
c:\u989D
c:\u9A8C
c:\u9A8C\u7B7E
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
w:# endpoint
w:# line
w:# minute
w:# node
w:# redi
w:# screen
w:# to
w:# vue
w:# when
w:# with
w:2h
w:300m
w:3s
w:50m
w:5s
w:a
w:a #
w:a b
w:a clear
w:a confirmation
w:a double
w:a job
w:a new
w:a read
w:a simple
w:a small
w:a unit
w:about
w:about #
w:accept
w:accepting
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
w:add multi
w:add one
w:add retry
w:add test
w:add the
w:address
w:admin
w:after
w:after a
w:against the
w:all
w:already
w:amount
w:an
w:an admin
w:an audit
w:analytic
w:and
w:and a
w:and add
w:and an
w:and fix
w:and from
w:and handle
w:and implement
w:and keep
w:and reconciliation
w:and show
w:and test
w:and the
w:and update
w:and use
w:android
w:android and
w:android app
w:angular
w:angular #
w:anything
w:api
w:api and
w:api key
w:api with
w:apollo
w:app
w:app from
w:app router
w:app to
w:app with
w:apply
w:approval
w:are
w:are the
w:as
w:asking
w:asset
w:assign
w:assignment
w:async
w:at
w:at least
w:at the
w:attempt
w:audit
w:audit log
w:auth
w:aws
w:back
w:backend
w:backfill
w:background
w:backoff
w:banner
w:based
w:be
w:because
w:before
w:behaviour
w:behaviour change
w:between
w:between our
w:between them
w:big
w:block
w:body
w:bom
w:both
w:break
w:break the
w:bucket
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
w:by
w:by the
w:c
w:c++
w:cache
w:call
w:call site
w:can
w:can you
w:cancel
w:cannot
w:cannot invoke
w:capture
w:card
w:case
w:celery
w:chain
w:change
w:change the
w:charge
w:chart
w:check on
w:check the
w:checkout
w:checkpoint
w:ci
w:class
w:clear
w:cli
w:client
w:cluster
w:code
w:codebase
w:column
w:commit
w:component
w:configurable
w:confirmation
w:conflict
w:conflict resolution
w:connection
w:constant
w:context
w:contract
w:controller
w:convert
w:convert the
w:count
w:cover
w:cpu
w:crashe
w:crashe on
w:crdt
w:create
w:created
w:csv
w:currency
w:current
w:currently
w:cursor
w:custom
w:customer
w:cutover
w:dashboard
w:data
w:database
w:date
w:day
w:db
w:db and
w:dead
w:debug
w:decimal
w:default
w:delete
w:delivery
w:deploy
w:deprecated
w:desktop
w:detail
w:detect
w:detected
w:device
w:difference
w:difference between
w:directly
w:disable
w:disable the
w:disconnect
w:display
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
w:double
w:down
w:downtime
w:drop
w:dropdown
w:duplicate
w:during
w:during the
w:e
w:each
w:editor
w:elasticsearch
w:electron
w:email
w:encoding
w:encrypt
w:encryption
w:end
w:end to
w:endpoint
w:endpoint to
w:endpoint with
w:enforced
w:enforced in
w:engine
w:enterprise
w:enterprise customer
w:env
w:envelope
w:environment
w:epoch
w:error
w:error message
w:etl
w:event
w:every
w:everything
w:excel
w:exception
w:exception main
w:exchange
w:exist
w:existing
w:existing row
w:expected
w:experiment
w:explain
w:exponential
w:exponential backoff
w:export to
w:expose
w:express
w:fail
w:failed
w:fake
w:fatal
w:fatal exception
w:feature
w:feed
w:fft
w:field to
w:file
w:file with
w:filter
w:filter by
w:find
w:firmware
w:first
w:fix
w:fix it
w:fix the
w:flag
w:flaky
w:flask
w:flow
w:flutter
w:flutter app
w:footer
w:for
w:for #
w:for a
w:for all
w:for enterprise
w:for the
w:force
w:form
w:format
w:found
w:free
w:from
w:from #
w:from rest
w:from the
w:frontend
w:function
w:fx
w:game
w:get
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
w:grid
w:group
w:handle
w:handle the
w:handler
w:handling
w:handling for
w:happen
w:hard
w:hardcoded
w:has
w:has no
w:have
w:have to
w:header
w:healthcheck
w:helmet
w:helper
w:heroku
w:histogram
w:hmac
w:hmac sha256
w:hoc
w:homegrown
w:hook
w:how
w:how do
w:http
w:http client
w:i
w:i need
w:i want
w:id
w:identical
w:if
w:image
w:implement
w:implement a
w:import
w:in
w:in #
w:in ci
w:in src
w:in the
w:including
w:increase
w:increase the
w:index
w:init
w:input
w:install
w:instead
w:instead of
w:into
w:into a
w:into the
w:introduce
w:invalidate
w:invoke
w:ios
w:is
w:is down
w:is null
w:isn't
w:it
w:it in
w:it into
w:it on
w:it to
w:it with
w:it's
w:item
w:its
w:its own
w:java
w:jest
w:job
w:js
w:json
w:just
w:jwt
w:kafka
w:keep
w:key
w:key #
w:key and
w:keyboard
w:keycloak
w:keyerror
w:kotlin
w:last
w:layout
w:leak
w:least
w:left
w:legacy
w:let's
w:level
w:lib
w:limit
w:line
w:line #
w:link
w:link to
w:lint
w:linux
w:list
w:listing
w:listing the
w:live
w:load
w:loader
w:loading
w:local
w:locale
w:lock
w:locking
w:locking and
w:log
w:log the
w:logging
w:logic
w:login
w:look
w:loop
w:loss
w:lot
w:lot of
w:lru
w:mac
w:main
w:make
w:make it
w:make our
w:make the
w:makefile
w:manager
w:map
w:mark
w:match
w:match the
w:max
w:max #
w:me
w:me what
w:mean
w:memory
w:menu
w:merge
w:message
w:method
w:metric
w:microservice
w:middleware
w:migrate
w:migration
w:migration api
w:min
w:minute
w:minute and
w:missing
w:mobile
w:mobile app
w:mode
w:model
w:module
w:money
w:monolith
w:month
w:monthly
w:more
w:move
w:move to
w:multi
w:must
w:mutation
w:my
w:mysql
w:n
w:name
w:native
w:native app
w:navigation
w:need
w:need a
w:need to
w:nested
w:network
w:never
w:new
w:next
w:nginx
w:nightly
w:no
w:no behaviour
w:node
w:node #
w:node_module
w:not
w:nothing
w:notification
w:now
w:npm
w:null
w:number
w:o
w:of
w:of #
w:of our
w:of the
w:off
w:offline
w:oidc
w:ok
w:old
w:old one
w:on
w:on a
w:on every
w:on the
w:one
w:online
w:only
w:onto
w:onto it
w:open
w:opengl
w:optimistic
w:option
w:or
w:order
w:order and
w:orm
w:other
w:our
w:our #
w:out
w:output
w:own
w:p99
w:package
w:page
w:pagination
w:parallel
w:parser
w:pass
w:path
w:payload
w:payment
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
w:place that
w:plan
w:plan and
w:platform
w:please
w:please fix
w:pls
w:plugin
w:plus
w:plus a
w:plus the
w:point
w:policy
w:policy and
w:polling
w:port
w:port the
w:position
w:postgre
w:presence
w:price
w:pricing
w:primary
w:product
w:profile
w:project
w:prometheus
w:properly
w:provider
w:provider and
w:provisioning
w:public
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
w:rate
w:react
w:react native
w:read
w:read only
w:reading
w:readme
w:real
w:real time
w:rebuild
w:rebuild the
w:reconciliation
w:reconnect
w:redi
w:redo
w:redo the
w:redux
w:refactor
w:refactor the
w:region
w:release
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
w:repository
w:request
w:reset
w:resolution
w:resource
w:response
w:rest
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
w:rework
w:rework the
w:rewrite
w:rewrite the
w:right
w:right now
w:ring
w:router
w:row
w:rule
w:rule per
w:run
w:run on
w:run the
w:running
w:s3
w:same
w:saml
w:sandboxed
w:save
w:saved
w:say
w:scale
w:schema
w:scim
w:screen
w:script
w:script that
w:search
w:second
w:section
w:security
w:see
w:seed
w:select
w:send
w:sensor
w:sentry
w:sequence
w:server
w:server side
w:service
w:service with
w:session
w:set
w:set up
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
w:sidebar
w:sign
w:signature
w:signed
w:signed url
w:simple
w:since
w:single
w:site
w:size
w:skip
w:slim
w:slow
w:small
w:snapshot
w:snapshot test
w:so
w:so the
w:some
w:sorting
w:source
w:split
w:split the
w:spring
w:spring boot
w:sql
w:sqlite
w:src
w:sso
w:sso saml
w:stack
w:start
w:state
w:statement
w:status
w:stay
w:step
w:still work
w:stm32
w:stop
w:store
w:stored
w:streaming
w:strict
w:string
w:string in
w:stripe
w:student
w:submit
w:support
w:sure the
w:sync
w:system
w:table
w:table and
w:table by
w:table with
w:take
w:task
w:team
w:tell
w:tell me
w:template
w:terraform
w:test
w:test for
w:test must
w:test that
w:test the
w:test using
w:test with
w:that
w:that read
w:that's
w:the
w:the #
w:the analytic
w:the app
w:the backend
w:the code
w:the component
w:the config
w:the csv
w:the current
w:the dashboard
w:the data
w:the database
w:the db
w:the desktop
w:the difference
w:the editor
w:the existing
w:the file
w:the flaky
w:the frontend
w:the game
w:the image
w:the invoice
w:the last
w:the log
w:the login
w:the main
w:the migration
w:the mobile
w:the new
w:the old
w:the open
w:the order
w:the output
w:the page
w:the primary
w:the product
w:the profile
w:the report
w:the request
w:the same
w:the search
w:the server
w:the sidebar
w:the sync
w:the table
w:the three
w:the training
w:the two
w:the ui
w:the user
w:the webhook
w:the whole
w:the worker
w:their
w:their own
w:them
w:then
w:there's
w:there's a
w:they
w:thi
w:three
w:through
w:time
w:timeout
w:timer
w:timestamp
w:timezone
w:to
w:to #
w:to a
w:to an
w:to aws
w:to end
w:to graphql
w:to our
w:to the
w:to understand
w:to vue
w:toast
w:toggle
w:tool
w:tracking
w:trading
w:training
w:transaction
w:ttl
w:two
w:type
w:typed
w:typescript
w:ui
w:understand
w:undo
w:unit
w:unit test
w:unity
w:up
w:up the
w:up to
w:update
w:update the
w:updated
w:upgrade
w:upgrade from
w:url
w:use
w:use it
w:used
w:user
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
w:validation
w:validation to
w:value
w:var
w:variable
w:version
w:versioned
w:via
w:view
w:vite
w:vue
w:vue #
w:vulkan
w:want to
w:warehouse
w:warning
w:way
w:we
w:we need
w:we're
w:web
w:webhook
w:webhook handler
w:what
w:what are
w:what doe
w:what's
w:what's the
w:when
w:when a
w:when i
w:when the
w:where
w:while
w:whole
w:window
w:with
w:with #
w:with a
w:with backoff
w:with exponential
w:with test
w:with the
w:without
w:work
w:worker
w:workflow
w:working
w:write
w:write a
w:yaml
w:year
w:yet
w:you
w:zustand
x:bias`,Et="HQAGAN3/AwAWAOf/GQD5/+3////7/wUAAAAEAPz/9v8MAP7//v8EAP7////6/wcA+v8GAAAA/P8NAPj/+v8LAPv//P8FAP//AAANAPT/CgD6//3/AwAeAN//AAD7/wUA/f8FAP7/DgD9//X////9/wUA/f8KAPn/AwD8/wIAAQADAPz/DAD5//r//P8IAPz////7/wUA+f8BAAYAGgACAOT/AQAEAPv//f8GAP3/AwD5/wQAAgAGAPj//f/9/wYACAD4/wAABQD9//7//f8HAPz/BgAGAPT/GADv//n/BQD7/wAA9v8KAP///v8FAP3/+P8GAAIA+/8HAP7/+/8FAAEACAATAOX/CAD6//7/+v/6/wsA+P/7/w0ABgD2/wQABwD///r////9/wQAEQD0//v/EQD0//v/9P/t/x8ABAD8/wEAAwD3/wYAAwD3/wYAAQAJAPb/BgD5/wEA9v8CAAcABwAAAPn//P8DAAEA/P8DAAEABwADAPb//v8GAPz//f8IAPv//v/9/wYAAwAEAPn/AwAFAPj/+P8PAPr/BQD3/wQABwD4/wEA///6/wcA/v/+/wQA/v/+/wQABgD4/wMA//8EAPz//v8GAPz//v8GAPz/9v8OAPz/AQAEAPv/+/8EAAEA+/8GAP///v/+/wQA9/8OAPv/BgD6////BQD5/wIA//8HAPn////7/wUA+//+/wcA///7/wYA/v8FAPz/CAD4/wAACAD4////BgD///v////6/wgA5P8MABAA4v8VAAkA+f/2/xEA///9/wUA+P8KAP7//v8FAP3/9/8JAAAA+f8HAAAA+v8IAP7//f8GAP3/+v8HAAAA+/8RAPT//f/7/wgA/f/7/wgA///7/wcADAD1////AAD6/wcA//8HAPv//P8HAPz/+f8LAP3/+/8JAPz/+/8JAPz/7P8IAAwA/f8KAPn/BAAAAPv//f/8/wcA/f///wQACQD4//7//P8PAPX/AAAEAP3//v8MAPb/CgD7//v/CQD7//v/BAAHAPX/CgD5//3/+v8OAPj/AAAHAPn/AAAHAPn/BAD8/wAAAQD8/wMA3f/3/ysA+/8BAAQA/f8MAPf/+P8KAP//+/8FAP//+/8CAAIA7/87ANf/FgDz//f/+v8BAAUAAQAEAPz///8HAPr/+v8IAP//+v/6/wwA9v8TAPf//v/4/wkA///8/wUA/v/5/wgAAAD7/wYA7P/5/xsA7//2/xsA/P8GAP7/+//3/w4ACAD4/wAA+v8IAP7/AAAGAPr/+f8EAAMA/P///wUA/f8FAP///f8FAP/////+/wQA9v8PAPv//v8EAP7/+f8MAPv//f8FAP7/9v8UAPb///8FAPz///8FAPz/AAD8/wQAAQAKAPb/AQAIAPb//f/7/wgA/P8HAP3/BQD8////BgD7/wAA/v/y/xEA///8/wUA/f/3/wwA/v8KAPj/6f8OAAkA/f/9/wUA9v8GAAUABgD8//7/EQD5//b/BAD8/wEA/v8JAPn/AwD7/wIABQD7/wAABgD8//7/8v8LAAMABwACAPf/DAD6//r/9f8KAAEA/f8HAPz/DQD2//z/AAD9/wQACgD8//r/AwD8/wEACwD6//z/CwD6//z/AwD3/wYAAAD6/wcAAAD2/woAAAD4/wgA8f8ZAPb/+v8LAPv/9P8LAAEAAAAFAPv////4/wkA+v8AAAYA///9/wQA/f8FAP7/+f8DAAMA7/8QAAEA9f/7/xAA///7/wYA///7/wYA/P8HAP3//f8FAP7//v8GAPz/+////wUA+//8/wkA/f8EAP7//P8MAPj/6f8IAA8A///3/woAAAD8/wQAAAD8/wQA+/8FAAAA/P8KAPr/+v8IAP7/+f8IAP//+/8DAAIACgD8//v//P8IAPv/CgD7//z/AAAEAPz/5f8VAAYA+f8IAP/////7/wYA+P8LAPz/+v8CAAQA+f8CAAUA/P8EAP///P8GAP7/BwD7//3/BQD7/wAA/P/3/wwA///4/wkAAAD8/wUA//8EAPz///8FAPv//f/5/wkA/f/6/wkAAQD8/wQA/v/+/wQAAQD8/wMAAwD3/wcAAAD8/wUA+P8LAP3/+f8HAAAACQAAAPf/CQD9//r/DAD///X//f8EAP//+f8GAAEA/P8LAPn//P8LAPn//f8EAP//AQADAPz/AwD7/wIAAQD8/wMAAAD8/wQA+f8OAPn//v8IAPv//v8NAPX//f8EAP//AQAGAPn/AgACAPz/9P8MAAEA/P8HAP7/AgABAPz/+v/7/woAAAD8/wQACQD5////BgD7//7///8KAPb/9/8DAAYA+/8HAP7//v/9/wQAAAD8/wQAAAD8/wUA//8EAP3/9v/6/xAA+P/9/wsA+f8GAAEA/P8HAP3/9v8CAAgA+v8HAP///f8EAP//9v8BAAkACAD7//7/BwD7//7/AAD6/wcA/f8GAP3//f8GAP3/7//5/xgACwD1////DAD1////BgD8//7//v/6/wgA/v/9/wYA/P8JAPv//P8BAAMA/v8EAP7//f8FAP7/+v8GAAAACQD+//n/BgD5/wEA6/8BABQA/f8EAP//BQADAPj/9v8OAPz//f8FAP7/+//9/wgAAAD9/wQA+v8JAP3/AwASAOv/AAD9/wQA+/8RAPT//v8LAPf///8EAP3/+v8NAPr//P8MAPj///8JAPj//v8HAPv//f8EAP/////8/wUA/v/+/wQA9f8DAAgA///8/wUA/v/8/wYA/v8FAP3/9v8MAP7/BAAJAPT/BAD3/wUACAD0/wMA8/8DAAkA+v8GAAAA/P8DAAEABQD7/wAA7/8XAPr//f/8/wcA9P8UAPj/AAD9/wQACAD5/wAAAAD7/wUABgAKAPD/BwD///r///8EAPz/AAAFAPv//v/5/wkA9/8HAAMA9/8HAAMAAwAIAPX/AwAIAPX/+//+/wcA+P/9/woABQAEAPf/BgDz/wcA+f///wcA9/8OAPv/BQD9//7/8/8DAAkA+v8HAAAA/f/4/wsA/v/4/woA/v/+/wQAAwAIAPX/AgAHAPf//P8QAPT//f8GAP3/+P8ZAO7/AAAFAPz/9v8KAAAA/P8EAP///f8SAPH///8HAPn////+/wQACQD6//3/AwANAPD/BgD8//7/+/8NAPj/+/8NAPj//f8MAPf//f8NAPb//v8IAPr//f8KAPn//P8CAAIA/f8LAPj/+//4/w0A/P/7/wkACgD8//r//P8EAAEAAgD3/wcABwAAAPr/9/8OAPv/9f8TAPj/+f8JAP7/9/8JAAEA/P8AAAQA9v8MAP7//f///wQA/v8GAPz/9////wsA+P8IAAAA+/8OAPf//v8GAPz//P8NAPf//f8FAP7//v8FAP7/+v8HAAAA//8FAP3/+v8PAPf/AAD6/wYA/P8BAAMA+//7/woA+P8MAPz/9f8DAAgA+f8IAP//AAD9/wQAAAD9/wQABQD7/wAAAgD8/wMAAAD9/wQA/f8LAPj//f8KAPn/+/8HAP3/AwD8/wEAAQADAPz//v8EAP7//v/4/woABQD5/wIAAAD9/wQA/v8ZAOn/BwARAOj/8//5/xQA8f/5/xYA///9/wQA///9/wQA/P8JAPz//P8AAAQA/P8AAAQA/P8BAAMA/P8BAAMA+P8AAAkA+P/7/w0ABAD9////AgAFAPj/9f8HAAQA/f8GAP3/9/8KAP//AwD7/wIA9v8AAAoA9v8AAAoA///4/wgA+/8IAP3//P8HAP3/+v8JAP7////9/wQA/P8KAPr/+P/8/wsA9P8DAAkA+f8JAP7/9v/+/wwABgD8//7/BAD8/wAA9v8JAAEAAAAGAPr/AQD7/wQAAQD8/wMA+/8FAAAA+f8HAAAA//8GAPv//v/8/wYAIQD5/+b/BgD9//3/DAD0/wAA/f8EAAAAAAAGAPn/AAAGAPr/+/8GAP//AAD7/wYAAAD7/wUA///+/wQAAQD5/wYA/P8CAAIA/f8FAP7/7P8YAPz/9/8KAP7/AQAHAPj//v///wQACQDy/wUAAwABAPz/AwAEAPn/9/8VAPT//v8GAPz//v8GAPz//v/8/wcA/v/9/wUABAD8////CAAEAPT/AAAIAPj//v/6/wkACQD3/////f/7/wgA/v8EAP7/AAD9/wQA9/8EAAUAAAD8/wQA/P/9/wcA//8GAPv/AAAEAPz/AwD7/wEABwABAPj//v/9/wQA+v8BAAUA6f8YAP//8P8RAP//AwD0/wkA///5/wcA9v8IAAIABwD7//3/7//y/x8A7//5/xgACgDn/w8A///6/wYA+////wYAAgADAPv/AgAEAPr/8P8PAAAA9/8JAAAAFgD5//H/AAAFAPz/AwAEAPn/AwAEAPn/AAAOAPL/9/8JAAAA9/8JAAAA/P8EAAAA/f8GAP3/+f8IAP////8EAP7/8v8OAAAA/f8EAP7////6/wYA/f8HAPz////8/wUA8P8FAAsA///+/wQA/P8IAPz//P8IAPz/+/8DAAIA/P8DAAEAAgAFAPr//v8GAPz//v8GAPz/9v8WAPT//f8JAPr/8/8NAAEA5/8TAAYA//8FAPz////9/wQA//8EAP3//f8IAPv/AAD8/wQA//8EAP7/6/8FABAAAAD5/wcA+/8GAP//AAAHAPn////3/woAAQD5/wYAAQD5/wYAAAAGAPr/BQAGAPX/AAAGAPr/BwD3/wIABgD8//7////7/wYABAD8/wEA+f/9/woA/P/9/wcACwACAPT/8P8MAAMA+f8MAPv/+f8AAAcA/P8AAAMA/f8FAP7/AAD6/wYA///9/wQABgAQAOr/BwD3/wIABgD7//7/9/8KAAAABQD8/////f8KAPn//f8KAPn/9f8TAPj/BwD+//v/BAD///7/+f8IAP//AAD8/wUA9v/8/w4A9////woAAAAEAPz/AAD9/wQA/f8FAP3/AAAFAPv/AQAFAPr/BQD6/wEA+/8BAAQA+v8HAP//AQD8/wMA9v8NAP3/+P8JAP//BwD5/wAA+/8FAAAA+v8IAP//+/8KAPv//f8IAPv/+v8HAAAA/P8DAAEA/f8EAP///v8GAPz//v8GAPz/AwDz/woA+//4/w0ACAD8//z/9v8PAPr/BwAAAPn///8HAPr///8HAPr//f/7/wgA///8/wQAAAD7/wUAFwD8/+3/BAD9/wAAEQD9//L//v8IAPv/AQAFAPr/AAD6/wYA8/8RAPz//f8HAP3//P8AAAMABwACAPf//f8EAP//+v8AAAcA/v/+/wQA/v8EAP7//v8EAP7/BQD9//7//f8HAP3/BQD9//7/+/8JAPz//P8FAP////8EAP3/+P/0/xQA+////wYA+P/+/woABQD6/wEA+f8JAP///P/9/wcA9P8HAAUA9v8HAAMABAD8////DQACAPH/EQD8//P/9f8QAPz/AAAKAPf//P/2/w4A/f8LAPj//P8LAPr//P8FAP//AAAEAPz/BwD0/wUA/f8KAPn/BAAJAPT/AAD9/wQABQD9//7/BQD+//3///8OAPP/+/8HAP7/AQD8/wMA9/8JAAAA+/8EAAAA/f8HAPz//P8HAP7//P8HAP7////7/wcA/v/7/wYACwD8//r/CwDy/wQAAAD7/wUA///9/wQA+v8IAP//+v8IAP//8f/9/xIA+v8LAPr/AAD4/wgAAAD4/wgA9f8TAPf/+v8OAPj/BAD9////BAD8/wAA+v8NAPn/+/8VAPD//f8GAP3//f8FAP7//P8GAP7/+/8GAP//+/8FAP//BQD9//7////8/wUA/v8FAPz////+/wQABgD0/wYA9/8KAP//BAD9/wAABwD5////BwD+//v/BwD+//v/3f9EAN//5/8gAPj/AwATAOr/wv/d/2EA4v89AOH/4P8ZAAcACQAKAO3/nP9HABwAz/8iAA8A4P8gAAAAxP8TACgA2v/i/0QAx//3/0IAyf/t/0oA4f/1/yoAGAAvALn/sf8uACEA2P8cAAwAFQD3//T/BwD5/wAADQDq/wkA/f8IAPv/AAD3/wkA7v8jAO7/+f8JAP//BAD+//7//v8EAP7//f/8/wcACQDv/wgAAAD8/wQA/P8HAP3/BAABAPv/+P8MAPz////8/wUABAD6/wIAAwD7/wIABAD+//7/9/8RAPj/+/8KAPv//P/9/wcA/f8FAP7/+f8IAP7/BQD6/wEA/v/+/wQAAAD1/wwAAAAHAPr///8GAPv/AQADAPz/GQDp//7/+P/9/wsA9/8BAAgA//8GAPv/+v8JAP3//P/6/woA///w/xEA///8/wQA/P8KAPr/+P8SAPb/AAAGAPr/EgAOAN//IAD+/+L//v8GAPz/+P8LAP3////8/wQAEQDx//////8EAP3//v8GAPz/AwADAPr///8EAP3/+v8IAP//9P8EAAgA9v8JAAEA///9/wQA9v8JAAEADAD6//v/BgD7/wAA+v8UAPH/+/8HAP7/AAD8/wQAAAD8/wQAuP8ZAC8AAwAEAPr/9v8LAAAA/f/7/wgA+////wYA/v/9/wUA///5/wgAAAD7/wUAAAD1/wsA///7/wYA+v8RAPb/+P8LAP3/7P8XAP3/BwD///r//v8LAPf/AwAJAPT/+/8IAP3/CAAAAPj/8P/9/xMA8P/9/xMABgD6////6/8cAPn/+P8QAPj/BwAAAPn////0/wwA/v/8/wYA1P8HACQA/v/5/wkA+v/8/woA///8/wUA///7/wYA/v/2/wwAAAD6/wYADQD5//r/CwD9//n/BQAGAPX/EQD0//z//v8JAPr///8EAP7/AAD6/wYAAADv/xEACQAAAPj/AAD9/wQACAD2/wIA/f8KAPr/9v8AAAoA9/8SAPf/+f8BAAYA8v/6/xQA+/8HAP7/9/8CAAcAAAD8/wQABAD5/wMA9/8QAPj/+v8HAAAA/f/2/w0ABwD3/wMA/P8JAPv/+//3/w4A/P8KAPn/AAAGAPv/DgD0//7/AAD8/wUA///7/wUA/v8HAPv///8EAPz//P8KAPn//v8FAP7/+f/8/wwA+P/0/xQA///4/wgAAwAFAPn////2/woAAAD8/wQAAAD5/wcA///4/wgA/P/9/wcA+/8PAPb//P8GAP7///8SAO//CgD4//3/+v8JAP3/+/8CAAMAAAD8/wQAAgD6/wQA///8/wQA9f8MAP//AQAHAPj/AAAGAPv/EQDn/wgADAD5//v/CQD6//3//v8GAPz///8EAP3/AAD8/wUA+f8EAAMAFQDv//z/+//5/wwA///7/wYAIADp//f/GgD3/+//AAD7/wUAAQANAPL//v/+/wQAAAAHAPn//P8NAPb//P8DAAEA9v8VAPX/+/8FAAAA+v8KAPz/+/8GAP//+f/7/wwA/f8EAP//AwD2/wcA///4/wkA/P8OAPb/DQD4//r/9P8hAOv/BAAAAPz/+f8IAP//AADv/xEAAAD2/woA+/8GAP//CwD4//3//f8FAP7////6/wcA//8FAPz/+P8MAPv//v/8/wYA//8GAPv/+/8JAPv//v8GAPz//v8FAP7//v8FAP7/AAD6/wYA//8JAPj////6/wYA+v8HAAAAAQD6/wUA/v/2/wwA/f/+/wQA/f/9/wYA/v/2/wwA+v/y/xQA///6/wYA7v8EAA4A6v/+/xgA+P/1/xMAAQAGAPn//P8FAP//CwD2/////f8EAP//BgD1/wUAAAD8/wQA/f8EAP7/EAACAO7/CAD9//v//v/6/wgAAAAEAPz/DQD4//v//v/8/wYA/v8EAP7/+P8KAP7/BAD9///////7/wYABQD8//7/BAD9//////8IAPn/EwD3//X/EwD3//X/+v8HAP///v8FAP3/+//3/w4ABQD3/wQA///9/wUAAAAHAPn/BwD8//3/AwAHAPX/EwDy//v/BQD8////+v8PAPf/+v/u/xkAEgD5//X/BAABAPv//P8DAAEAAAD8/wUA+P8NAPr/+P8UAPT/+/8FAP/////4/wgA///4/wgABgD9//3////6/wcA+////wYA/v/5/wgA/P8GAP7/+P8PAPr/BgD7////+P/+/woA//8EAP3/BQD3/wMAAAD8/wUA+/8OAPf////8/wUA/v8FAP3/AAD8/wQAAAD8/wQA///3/wkA///5/wkA///5/wkABgAJAPH/AAD4/wgA/f8HAPv/9v8OAPv/+v8ZAO3/BQD9//7//v/9/wUA/f/8/wcA7v/q/ygA+//2/w8A+f8EAAMA+f8RAPb//f8GAP3/+////wYA/v8FAPz/AwD7/wIA+P/+/woA//8HAPn///8EAP3/DQD4//v///8EAP3///8EAP3//v8GAPz///8FAPv//P/+/wYA9v8OAPz/9P8XAPT//P8HAP7/+/8IAP3//f8GAP3//v/5/wkA/v/9/wUA/P8EAAAAAAAHAPn/BQAJAPH/+/8KAPv/+f8JAP7/+v8IAP7//v8IAPv/+v/+/wcABgD9//3/9v8VAPX/6P8XAAEA+P8NAPv/CwD4//3/DQD1/////f8GAP3//P8AAAQABAACAPr//v8FAP3/BgD8//7/BgD9//7/+/8FAAAABgADAPf/AAD8/wQA///5/wkA7/8LAAYA+v8OAPj/+/8aAOv/+/8TAPH//P8LAPn/BgD8//3/9//8/w4ADAD4//3//v/9/wUAAAANAPP/9f8CAAkA+f8TAPX/AAD7/wUA+//9/wgABAACAPv/+P8UAPT/+/8OAPf/BQD///z//P8GAP3//f///wQA/P/8/wcA+/8KAPr/+/8LAPr/CgD7//z/AQAFAPr///8GAPv//v/8/wcAAQADAPv/AAD7/wUA9v8DAAcA/f8EAP///v8GAPz/+//9/wcAAAD8/wQABgD+//3//f8HAPz/AwD3/wYA/P/4/wwA/v/7/wcAAQD1/wsAAAD6/wYAAAAIAPj/9/8QAPr/DQD0/////f8OAPT/4//7/yIA/v8GAPz//v8FAP3//v8FAP3/AAAGAPr////4/wkA9v8PAPv/DAD3//7/AgD7/wMADAD5//v/BAD+//7/DwD3//r/BQD+//3//f8EAP7/AwAIAPT//v/+/wQA9v8RAPn/9/8PAPr/7P8KAAoA+f8KAP3/DQD6//n/LgDs/+b/+v8DAAMA//8FAPz/BQD///z/9f8UAPf/9//0/xUADAD2//3/DAD2//3/BQAFAPb///8FAPz/BwD9//z/BQD1/wYABgABAPn/BgABAPn/7P/9/xcA/P8AAAQA/f/7/wgA/P/x/xQA+v8HAP////8EAP3/9/8MAP7/CQABAPb//P8FAP////8EAP3/CAD6////EQAKAOX///8HAPn//P8GAP///v8IAPr/BwAJAPH/AAAEAPz/CwD8//n///8EAP3////9/wQA///8/wQA///5/wgABQD9//7//v/3/wsABAD+//7/+f8QAPf/GADs//3/BwD///r/BwD9//z/+P8HAAEAEQD///D/AAAEAPz//v/5/wgA+P8NAPv/9////woA+v8HAP///P///wUABQD7/wAA/v8MAPb/+P8JAP7/AAD9/wQABgD8//7/9v8IAAIAAAD8/wQA/f8FAP7/+v8SAPT//v8IAPn/AQAVAOr/AwAFAPj/EgDz//r/DwD0//7/BgD6/wAAAwD6/wMA//8PAPL//v8GAPz//v8GAPz//v/0/w4A9v8QAPr/+/8HAP7/9v8DAAcACQDz/wUAAAAGAPv//f8EAP7/AwD4/wUA///5/wgA/f8ZAOv/AgADAPv////y/xAA/P8CAAIA//8NAPP/CgD+//j//f8KAPr//P8CAAIA/v/8/wUA/v/8/wUA+P8KAP7/AAD8/wUA/v8SAPD//f8IAPv/AAAIAPn/+//+/wcABQAAAPv/BAD+//7//v/6/wgABwAAAPn/BAAIAPT////0/w0ABAD3/wUAAgAEAPr//f8GAPz/FADy//r/CgD7//z/BQD5/wIA+P/7/w0A9v8QAPr/BwD6////BAD6/wIABAD+//7///8IAPr////8/wUA/v8JAPn/+P/6/w4AHQACAOH/AAAEAP3//f8FAP7/+v8KAPz///8EAP3/EQD1//r/+/8FAAAA/f/8/wcA/P/5/wsA/P/6/woA8/8bAPL////3/woA+//5/wwAAAD9/wQA+/8KAPr/CAD4/wAA5//t/ywAAAD9/wQA/f/6/wkA+//8/wkA///x/xAACwD8//n////8/wYABgD9//z/AwAFAPj/BgD3/wMA/P///wUA9/8KAP7/AAD7/wUA/v8KAPj/BgD7/wAA+f8TAPX///8LAPb/AAD4/wgA/v/5/wkA/f8IAPv/BAD+//7//P///wQA+v8MAPr/AAAIAPj/BgACAPj/CwD7//r/DQD4//v/EQD0//v/AwAEAPn//v/1/w0ACgD+//f/CAD6//7///8EAP3/+P/8/wwAAAD9/wQABQD8////AQADAPz/AAD8/wQA//8HAPr/BQDz/wcAAADw/xAA/f/9/wYAGQD1//L/AgD7/wQA///7/wYA+P8GAAIABgAJAPH//P8GAP//CADx/wcADwD4//n//v/y/xAAAwACAPv////8/wUAAAD5/wgAAgDz/wsA+//9/wgABAD///3/BwACAPf/+/8FAAAA/f/+/wYAAAD8/wQA/v/8/wYABwD6////7f/q/ykAAAD4/wkACQADAPT/+/8GAP///v/2/wwAAAD4/wgAAgABAPz/8P8qAOX/+P8QAPj//v/5/wkA/v8IAPn//v8EAP///P8GAP//+v8OAPn/AQD6/wUA+v8GAAAA/v/+/wUA/v8LAPf/6f/0/yMA+v8LAPz/9v8AAAoAAAAFAPv/+/8IAP3/AAD4/wgA/f/u/xYA//8HAPn/AAD1/wwAAAD6/wYABAD4/wQA+v8HAP//+P8LAP3/+f8MAPv/+//0/xEA8/8HAAYA/P8BAAQA/v8FAP3/AAD8/wQAAAD7/wUAAAD8/wQA///3/woABgD0/wYA/P/8/wgA/P8GAP3/+v8AAAUA/v/3/wsA///9/wQA///3/woAAgD6/wQA9/8FAAQA+/8AAAQA/P8HAP3///8HAPr//v/4/woAAAD6/wYAAAD8/wQA///4/wkABwD///v/BQD7/wAA/f8KAPn////5/wgA/v/9/wUA/P8DAAEAAwD8/wEA/P8AAAQAAAD3/wkA///7/wYABgD9//3/+v8WAPD/+v/4/w4AAQD7/wMA9v8RAPn/AAAIAPj///8FAPz/BgD7/////f/1/w4A/v/3/wsAAAD4/wgAAAD8/wQA///0/w4A+f8JAP7/+P8EAAQA9P/8/xAA9f/5/xIA/P/6/woA+P8QAPj/+f8QAPf//v/4/wkA/f///wQA7P8dAPf/CQD4////CwD2////CAD9//v/BwD+//v//v///wQACQDy/wUA///6/wcA+//9/wgA/v/2/wwA/v/4/woA9/8PAPn//P8FAP//9v8YAPL//v8EAP//AAD2/woA/f8EAP//+P8BAAcA/P/4/wsA/v/8/wYA+/8LAPr/+//6/wsA9f8QAPv/AQAGAPn/BQD9//7/+/8KAPv/+/8GAP7/+P8FAAMAAwALAPL/+f8LAPz//v8LAPf//v8LAPf/8//+/w8A8//1/xgABwD9//z//v8FAP3//v8EAP7/+v/8/wsA9v/1/xUA/P8CAAIAAAD7/wYABAAFAPj/+f8GAAEADAD///X/AAD6/wYA/P8FAP7/9f8CAAkA///+/wQAAADy/w4A/f8LAPj//f8HAPz/BwD7//7/AAAFAPz/AAD9/wQA///4/woA+/8GAP////8MAPX//f8GAP3/8/8NAAAADAD1//////8EAP3/AQD6/wUAAAAIAPj/BgD9//3///8HAPr/+v8VAPH/+////wcA//8GAPv/+/8HAP7/+P8LAP3//f8GAPz/9P///w4AAAD8/wQAAwD1/wcACQD9//n//v8FAP3/+v8UAPL//v8FAP3/+//5/wwA+//6/wsA/v8GAPz//P8IAPz/DgD///P/CAD8//3/7f8jAO//9v8PAPv//v8GAPz//P8JAPv/+v8KAPv/BwD8//3/BwAHAPP/AAD4/wgAAAD6/wYA//8GAPv/8v8WAPj////3/woA///8/wQABQABAPr/DQD2//3/CQD///j/BAAIAPT/AQADAPz/CAD6////CAD6////CgDv/wYA+/8HAP3//v/+/wQAAAAEAPz///8GAPv/8P8LAAUA8/8BAAwAAAD8/wUAAAD8/wUACAD2/wIACQD4//7/6P8xAOf/9f/6/xEA///+/wQABQD7////AgD8/wIA8/8LAAIAAAD8/wQAAgADAPv/9P8PAP3/AgAIAPf//v8EAP7/BQD8////DgD///P/+P8KAP7//v/9/wUAAADx/w8ABAD///3/BgD5/wIABwD9//z/DgD1//3//f/5/woA//8KAPb/+v/4/w4A/v8EAP7/+P///wkA9P/0/xgA5/8ZAAAAAAAKAPf////9/wQA///6/wcA/P8CAAEA/f8GAP3/AQD8/wMACgD6//z/CgD6//z/+f8KAP3/AAAJAPf/EwAZANT/CgAIAO7//v8LAPj/CQD6//3//P8HAP7/+/8HAP7//P8OAPb/CQALAO3//v8EAP7/BAD9////CQAaAN3/9v8IAAIAAAD7/wUA8f8DAAwA+v/+/wgADQD2//3///8EAP7/+v///wgA/f8FAP7//v/3/wsA9f8OAP7//P8AAAQA+P/7/w0A/P///wQA///5/wgABAD9/////v8GAPz//f8RAPP/BQD+//3/DQD1////+f8FAAMA+/8DAAEA/v8EAP7///8EAP3/BAD9////AwACAPr/+/8LAPr//v8JAPn/FQADAOj//f/8/wcA/v8IAPr////9/wQABADw/wwAAgACAPz//P8HAP3//P8KAPr/AgD6/wQA/v8EAP///f8EAP7//f8HAP3/BAD9////9v///wsA9P8OAP7//v/9/wUA+v8KAPv/+f8DAAMA+v8MAPr///8HAPr//P8KAPv/BQAEAPf/+P8FAAMA+P8BAAcA//8FAPz/+v/1/xEA/v8JAPn//v/8/wYA///6/wcA8v8JAAUA+v8BAAUABwD2/wQABAD2/wYA//8GAPv/BAAFAPj//f8GAP7/AQD8/wIA8/8GAAcADgDy/wAA/P8HAP3//P8GAP7//v8FAP3/AADu/xIAHgDi/wEA/P8BAAIA/v8FAP3/8v/6/xQAAAD8/wUA/v/9/wYA/f/3/wwA3f8xAPL/BgD6/////f/9/wYACAABAPf//v8EAP7/+v/2/xAA///3/woA///9/wQA/P8IAPz/AAAJAPf/+f8IAP//AAD8/wUA9/8QAPj//P8FAP7/6f8XAAAA9/8AAAkABgD6////BgD+//v/EwDx//z/EwDx//z//v/7/wcA/f8JAPr//v8EAP7//P/8/wcA/P8SAPL/AAAOAPH//P/8/wgA9f/y/xgA/f/+/wUA/P8FAP7/DAAEAPD/BgAFAPX//v/z/w4A5v8XAAMAAAAFAPv//v8IAPr/9v8SAPj//v8FAP3//f8HAPz/BQD8//7/BQD8//7/EAD+//H/AAD6/wYAAQD5/wcA/P8HAP3//v8IAPv///8EAP7/+//8/wkACQAJAO7//v8EAP7///8KAPf/AAD8/wQAAwD6/wMA+/8HAP3//f/8/wcA/f/3/wwA/P/4/wwA+//9/wgABgD+//z////5/wcABgD+//z//v/3/wsABwD0/wQA/f/9/wYA///7/wYA///6/wcABQD9//7/AgAEAPr/KgDq/+3/CwD9//n/DgD1//3/CwD6//v/CwD6//v/4/8qAPP/+f8KAPz/+/8GAAAA9f8QAPv/BwD8//3/9f8NAP7/+v/1/xEA+v8NAPn/7////xIABQD7////AQAEAPv/+f8JAP////8EAP3/+/8OAPb/+f8JAP3/9f8EAAcA9f8AAAsA7/8gAPH//v/7/wYA///5/wcAAgAMAPL/BQAGAPX/+/8LAPr//f/+/wYACwD8//n/CwABAPP//P/8/wcAkQCz/7z/";var zt=["simple","medium","complex"],ts=100;function rs(e){let n=e?1:0;for(let o=e.indexOf(`
`);o>=0;o=e.indexOf(`
`,o+1))n++;let t=new Int32Array(n+1),r=0;e&&(t[r++]=0);for(let o=e.indexOf(`
`);o>=0;o=e.indexOf(`
`,o+1))t[r++]=o+1;return t[n]=e.length+1,t}function os(e,n,t,r){let o=Math.min(t-n,r.length);for(let s=0;s<o;s++){let i=e.charCodeAt(n+s)-r.charCodeAt(s);if(i!==0)return i}return t-n-r.length}function ss(e,n){let t=rs(e),r=Buffer.from(n,"base64");return{get(o){let[s,i]=[0,t.length-2];for(;s<=i;){let c=s+i>>1,A=os(e,t[c],t[c+1]-1,o);if(A===0)return[0,1,2].map(l=>r.readInt16LE((c*3+l)*2)/ts);A<0?s=c+1:i=c-1}}}}var is;function cs(){return is??=ss(St,Et)}function Ct(e,n=cs(),t=[0,0,0]){let r=[...t],o=[];e.forEach((f,g)=>{let P=n.get(g);if(P){for(let v=0;v<zt.length;v++)r[v]+=f*P[v];o.push({feature:g,value:f,w:P})}});let s=[0,1,2].sort((f,g)=>r[g]-r[f]),[i,c]=[s[0],s[1]],A=r[i],l=r.map(f=>Math.exp(f-A)),a=l.reduce((f,g)=>f+g,0),d=o.map(({feature:f,value:g,w:P})=>({feature:f,value:g,push:g*(P[i]-P[c])})).filter(f=>f.push!==0).sort((f,g)=>Math.abs(g.push)-Math.abs(f.push));return{level:zt[i],probabilities:l.map(f=>f/a),contributions:d}}var Ot=`{"scope":{"words":[],"wordStems":["refactor","architect","rearchitect","migrat","redesign","rewrit","overhaul","restructur","monolith","microservice","shard","replatform","decoupl","modularis","modulariz","rework","reimplement"],"entries":["re architect*","micro service*","re platform*","re implement*","(upgrad*|mov*|switch*|port*|go*) ..8 from ..4 to"],"exact":[["re",[0,2,3]],["micro",[1]]],"stems":[["upgrad",[4]],["mov",[4]],["switch",[4]],["port",[4]],["go",[4]]],"numeric":[],"zh":["\u91CD\u6784","\u67B6\u6784","\u8FC1\u79FB","\u8FC1\u5230","\u8FC1\u81F3","\u91CD\u65B0\u8BBE\u8BA1","\u91CD\u5199","\u91CD\u505A","\u6539\u9020","\u89E3\u8026","\u62C6\u5206","\u5355\u4F53","\u5FAE\u670D\u52A1","\u5206\u5E93\u5206\u8868","\u5206\u7247","\u6A21\u5757\u5316"],"zhStart":[],"regexps":[["\u4ECE[^\uFF0C\u3002,\\\\n]{1,30}(?:\u5347\u7EA7\u5230|\u5347\u5230|\u6362\u5230|\u5207\u5230|\u5207\u6362\u5230|\u8F6C\u5230|\u8F6C\u6210|\u6362\u6210)","g"]],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"shift":{"words":[],"wordStems":[],"entries":["replac* ..6 with","replaced by","switch* ..4 to","port* ..3 to","convert* ..5 to","upgrad* ..4 to #","extract* ..8 into","split* ..8 into","split* ..4 out"],"exact":[["replaced",[1]]],"stems":[["replac",[0]],["switch",[2]],["port",[3]],["convert",[4]],["upgrad",[5]],["extract",[6]],["split",[7,8]]],"numeric":[],"zh":["\u66FF\u6362","\u6362\u6210","\u6362\u6389","\u8FC1","\u62C6\u51FA","\u62C6\u6210","\u62BD\u6210","\u62BD\u51FA","\u62BD\u79BB","\u5347\u5230","\u6539\u5199\u6210"],"zhStart":[],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"cross":{"words":["whole","entire","across","everywhere","codebase","monorepo","globally","throughout"],"wordStems":[],"entries":["code base","codebase-wide","project-wide","app-wide","system-wide","every ..2 (endpoint|endpoints|service|services|file|files|module|modules|component|components|query|querys|api|apis|route|routes|page|pages|table|tables|package|packages|handler|handlers|controller|controllers|model|models|screen|screens|operation|operations|request|requests|call|calls|caller|callers)","all ..3 (endpoints|services|files|modules|components|queries|apis|routes|pages|tables|packages|repos|handlers|controllers|models|screens|callers|usages|operations|tests|clients|apps)"],"exact":[["code",[0]],["codebase",[1]],["project",[2]],["app",[3]],["system",[4]],["every",[5]],["all",[6]]],"stems":[],"numeric":[],"zh":["\u6574\u4E2A","\u5168\u90E8","\u6240\u6709","\u5168\u5C40","\u5168\u7AD9","\u5168\u91CF","\u5404\u4E2A","\u6BCF\u4E2A","\u9010\u4E2A","\u5168\u9879\u76EE","\u5168\u9762","\u7EDF\u4E00"],"zhStart":[],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"featureStrong":{"words":["introduce","develop"],"wordStems":["implement","design","integrat"],"entries":["build (a|an|the|our|new|out)","set up"],"exact":[["build",[0]],["set",[1]]],"stems":[],"numeric":[],"zh":["\u5B9E\u73B0","\u8BBE\u8BA1","\u642D\u5EFA","\u5F00\u53D1","\u96C6\u6210","\u63A5\u5165"],"zhStart":[],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"feature":{"words":["add","adding","write","create","support","i18n","localisation","localization","enable","allow"],"wordStems":["internationalis","internationaliz"],"entries":[],"exact":[],"stems":[],"numeric":[],"zh":["\u65B0\u589E","\u65B0\u5EFA","\u52A0\u4E00\u4E2A","\u52A0\u4E2A","\u505A\u4E00\u4E2A","\u505A\u4E2A","\u652F\u6301","\u589E\u52A0","\u6DFB\u52A0","\u5199\u4E00\u4E2A","\u5199\u4E2A","\u56FD\u9645\u5316","\u591A\u8BED\u8A00"],"zhStart":[],"regexps":[["\u7ED9[^\uFF0C\u3002,\uFF1B;\\\\n]{1,24}?\u52A0","g"]],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"systemNoun":{"words":["system","subsystem","platform","framework","engine","pipeline","infrastructure","scheduler","gateway","protocol","layer"],"wordStems":[],"entries":["(service|services|module|modules|sdk|sdks|queue|queues|worker|workers)"],"exact":[["service",[0]],["services",[0]],["module",[0]],["modules",[0]],["sdk",[0]],["sdks",[0]],["queue",[0]],["queues",[0]],["worker",[0]],["workers",[0]]],"stems":[],"numeric":[],"zh":["\u7CFB\u7EDF","\u6A21\u5757","\u5E73\u53F0","\u6846\u67B6","\u5F15\u64CE","\u4E2D\u95F4\u4EF6","\u961F\u5217","\u8C03\u5EA6","\u7F51\u5173","\u534F\u8BAE","\u65B9\u6848"],"zhStart":[],"regexps":[["\u670D\u52A1(?!\u7AEF|\u5668)","g"]],"literals":[],"unlessAfterEn":["existing","current"],"unlessAfterZh":["\u73B0\u6709","\u5DF2\u6709","\u73B0\u5728"]},"artifact":{"words":["cron","middleware","cache","caching","class","classes","validation"],"wordStems":[],"entries":["(endpoint|endpoints|api|apis|route|routes|page|pages|screen|screens|component|components|command|commands|flag|flags|option|options|field|fields|column|columns|table|tables|form|forms)","(button|buttons|toggle|toggles|script|scripts|job|jobs|webhook|webhooks|handler|handlers|plugin|plugins|workflow|workflows|dialog|dialogs|modal|modals|shortcut|shortcuts|function|functions)"],"exact":[["endpoint",[0]],["endpoints",[0]],["api",[0]],["apis",[0]],["route",[0]],["routes",[0]],["page",[0]],["pages",[0]],["screen",[0]],["screens",[0]],["component",[0]],["components",[0]],["command",[0]],["commands",[0]],["flag",[0]],["flags",[0]],["option",[0]],["options",[0]],["field",[0]],["fields",[0]],["column",[0]],["columns",[0]],["table",[0]],["tables",[0]],["form",[0]],["forms",[0]],["button",[1]],["buttons",[1]],["toggle",[1]],["toggles",[1]],["script",[1]],["scripts",[1]],["job",[1]],["jobs",[1]],["webhook",[1]],["webhooks",[1]],["handler",[1]],["handlers",[1]],["plugin",[1]],["plugins",[1]],["workflow",[1]],["workflows",[1]],["dialog",[1]],["dialogs",[1]],["modal",[1]],["modals",[1]],["shortcut",[1]],["shortcuts",[1]],["function",[1]],["functions",[1]]],"stems":[],"numeric":[],"zh":["\u63A5\u53E3","\u9875\u9762","\u7EC4\u4EF6","\u547D\u4EE4","\u53C2\u6570","\u5B57\u6BB5","\u8868\u5355","\u6309\u94AE","\u5F00\u5173","\u811A\u672C","\u4EFB\u52A1","\u7F13\u5B58","\u63D2\u4EF6","\u529F\u80FD","\u5DE5\u4F5C\u6D41","\u5F39\u7A97","\u6821\u9A8C","\u51FD\u6570","\u7C7B"],"zhStart":[],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"modify":{"words":["change","update","modify","make","adjust","tweak","improve","handle","remove","delete","rename","cleanup","persist","show","expose","use","raise","split","move","moving","extract","keep","switch","upgrade"],"wordStems":["fix","convert","replace"],"entries":["clean up"],"exact":[["clean",[0]]],"stems":[],"numeric":[],"zh":["\u4FEE","\u6539","\u5199","\u5220","\u53BB\u6389","\u8C03\u6574","\u5904\u7406","\u6362","\u8865","\u52A0","\u505A","\u8C03\u5927","\u8C03\u5C0F","\u62C6","\u62BD","\u8FC1"],"zhStart":[],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"bug":{"words":["bug","bugs","broken","break","breaks","fail","fails","failing","failure","hang","hangs","flaky","sometimes","randomly","regression","wrong","incorrect","investigate","debug"],"wordStems":["crash","freez","intermittent","leak","diagnos","reproduc"],"entries":["doesn't work","doesnt work","not working","stopped working","blank screen","find out why","root cause","(keep|keeps) (growing|failing|crashing)","(return|returns) (a|an|) (#4xx|error|errors)","internal server error"],"exact":[["doesn't",[0]],["doesnt",[1]],["not",[2]],["stopped",[3]],["blank",[4]],["find",[5]],["root",[6]],["keep",[7]],["keeps",[7]],["return",[8]],["returns",[8]],["internal",[9]]],"stems":[],"numeric":[],"zh":["bug","\u62A5\u9519","\u51FA\u9519","\u5931\u8D25","\u6302\u4E86","\u4F1A\u6302","\u5D29\u6E83","\u5361\u6B7B","\u767D\u5C4F","\u4E71\u7801","\u6B7B\u5FAA\u73AF","\u4E0D\u751F\u6548","\u4E0D\u5DE5\u4F5C","\u6CA1\u53CD\u5E94","\u5076\u5C14","\u6709\u65F6\u5019","\u65F6\u4E0D\u65F6","\u6CC4\u6F0F","\u6CC4\u9732","\u6392\u67E5","\u5B9A\u4F4D","\u539F\u56E0","\u590D\u73B0","\u5F02\u5E38","\u4E0D\u5BF9","\u6709\u95EE\u9898","\u51FA\u95EE\u9898"],"zhStart":[],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"performance":{"words":["performance","perf","latency","throughput","bottleneck","bottlenecks","profile","profiling","n+1","memory","cpu","faster","laggy","lag","oom"],"wordStems":["slow","optimis","optimiz","jank"],"entries":["(p90|p95|p99|p999)","speed up","under (heavy|) load","high load","load test*"],"exact":[["p90",[0]],["p95",[0]],["p99",[0]],["p999",[0]],["speed",[1]],["under",[2]],["high",[3]],["load",[4]]],"stems":[],"numeric":[],"zh":["\u6162","\u5F88\u5361","\u5361\u987F","\u592A\u5361","\u6709\u70B9\u5361","\u6027\u80FD","\u5EF6\u8FDF","\u8017\u65F6","\u4F18\u5316","\u74F6\u9888","\u5185\u5B58","\u541E\u5410","\u52A0\u901F","\u63D0\u901F","\u9AD8\u5E76\u53D1","\u538B\u6D4B"],"zhStart":[],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"tests":{"words":["test","tests","spec","specs","coverage","e2e"],"wordStems":[],"entries":["unit (test|tests)","integration (test|tests)","test (case|cases)"],"exact":[["unit",[0]],["integration",[1]],["test",[2]]],"stems":[],"numeric":[],"zh":["\u6D4B\u8BD5","\u5355\u6D4B","\u7528\u4F8B","\u8986\u76D6\u7387"],"zhStart":[],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"trivial":{"words":["typo","typos","spelling","rename","renaming","bump","docstring","docstrings","jsdoc","wording","label","prettier","whitespace","readme","license","changelog","gitignore","copyright","env.example","console.log"],"wordStems":["misspell","reformat","indent"],"entries":["add (a|an|) (comment|comments)","(comment|comments) (above|on|for|explaining|to)","code (comment|comments)","copy text","(lint|eslint|tsc|type) (error|errors|warning|warnings|issue|issues)","format (the|this|) (file|code)","unused (import|imports|variable|variables|code)","commented-out","dead code","log message","log level","print statement","print statements","debug (log|logs|print|prints|output)"],"exact":[["add",[0]],["comment",[1]],["comments",[1]],["code",[2]],["copy",[3]],["lint",[4]],["eslint",[4]],["tsc",[4]],["type",[4]],["format",[5]],["unused",[6]],["commented",[7]],["dead",[8]],["log",[9,10]],["print",[11,12]],["debug",[13]]],"stems":[],"numeric":[],"zh":["\u9519\u522B\u5B57","\u62FC\u5199","\u91CD\u547D\u540D","\u6539\u540D","\u6587\u6848","\u6CE8\u91CA","\u683C\u5F0F\u5316","\u7248\u672C\u53F7","\u65E5\u5FD7\u7EA7\u522B","\u7AEF\u53E3\u53F7","\u7F29\u8FDB","\u7A7A\u683C","\u6CA1\u7528\u7684","\u65E0\u7528\u7684","\u591A\u4F59\u7684","\u8C03\u8BD5\u65E5\u5FD7","\u6253\u5370\u8BED\u53E5"],"zhStart":[],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"operation":{"words":[],"wordStems":[],"entries":["^run","^execute","^commit","^push","^print","^show me","^list","^open","^check (the|) (status|version|branch)"],"exact":[["run",[0]],["execute",[1]],["commit",[2]],["push",[3]],["print",[4]],["show",[5]],["list",[6]],["open",[7]],["check",[8]]],"stems":[],"numeric":[],"zh":[],"zhStart":["\u8DD1\u4E00\u4E0B","\u8DD1\u4E0B","\u8FD0\u884C","\u6267\u884C","\u63D0\u4EA4","\u63A8\u9001","\u5E2E\u6211\u770B\u4E0B\u5F53\u524D","\u770B\u4E0B\u5F53\u524D"],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"sequence":{"words":["first","firstly","then","next","afterwards","finally","lastly","additionally","plus"],"wordStems":[],"entries":["after that","as well"],"exact":[["after",[0]],["as",[1]]],"stems":[],"numeric":[],"zh":["\u9996\u5148","\u7136\u540E","\u63A5\u7740","\u5176\u6B21","\u6700\u540E","\u540C\u65F6","\u987A\u4FBF","\u53E6\u5916","\u5E76\u4E14","\u8FD8\u8981","\u4EE5\u53CA"],"zhStart":[],"regexps":[["\u518D(?!\u6B21|\u89C1|\u8BF4)","g"]],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"explainOnly":{"words":[],"wordStems":[],"entries":["just explain","only explain","(don't|dont) (change|modify)","do not change","no code (change|changes)","without changing"],"exact":[["just",[0]],["only",[1]],["don't",[2]],["dont",[2]],["do",[3]],["no",[4]],["without",[5]]],"stems":[],"numeric":[],"zh":["\u53EA\u89E3\u91CA","\u4E0D\u8981\u6539","\u522B\u6539","\u5148\u522B\u6539","\u4E0D\u7528\u6539","\u4E0D\u8981\u52A8"],"zhStart":[],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"questionEn":{"words":[],"wordStems":[],"entries":["^(what|what's|whats|why|how|where|when|which|who|whose|is|are|was|were|does|do|did|could|should|would|will|has|have)","^any idea","^quick question","^(explain|describe|summarise|summarize)","^tell me","^walk me through","^help me understand","^can you (explain|tell)"],"exact":[["what",[0]],["what's",[0]],["whats",[0]],["why",[0]],["how",[0]],["where",[0]],["when",[0]],["which",[0]],["who",[0]],["whose",[0]],["is",[0]],["are",[0]],["was",[0]],["were",[0]],["does",[0]],["do",[0]],["did",[0]],["could",[0]],["should",[0]],["would",[0]],["will",[0]],["has",[0]],["have",[0]],["any",[1]],["quick",[2]],["explain",[3]],["describe",[3]],["summarise",[3]],["summarize",[3]],["tell",[4]],["walk",[5]],["help",[6]],["can",[7]]],"stems":[],"numeric":[],"zh":[],"zhStart":[],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"imperative":{"words":[],"wordStems":[],"entries":["^(fix|implement|add|change|update|refactor|migrate|make|write|create|build|remove|delete|rename|replace|convert|move|split|extract|upgrade|bump|set|optimise|optimize|improve|handle|rewrite|redesign|integrate|debug|investigate|diagnose|profile|look into|figure out|find out|track down)","(and|then|please|pls|plz) (fix|implement|add|change|update|refactor|migrate|make|write|create|build|remove|delete|rename|replace|convert|move|split|extract|upgrade|bump|set|optimise|optimize|improve|handle|rewrite|redesign|integrate|debug|investigate|diagnose|profile|look into|figure out|find out|track down)","^(can|could|would) you (please|) (fix|implement|add|change|update|refactor|migrate|make|write|create|build|remove|delete|rename|replace|convert|move|split|extract|upgrade|bump|set|optimise|optimize|improve|handle|rewrite|redesign|integrate|debug|investigate|diagnose|profile|look into|figure out|find out|track down)","^(let's|we need to|we should|i want you to|i need you to|help me) (fix|implement|add|change|update|refactor|migrate|make|write|create|build|remove|delete|rename|replace|convert|move|split|extract|upgrade|bump|set|optimise|optimize|improve|handle|rewrite|redesign|integrate|debug|investigate|diagnose|profile|look into|figure out|find out|track down)"],"exact":[["fix",[0]],["implement",[0]],["add",[0]],["change",[0]],["update",[0]],["refactor",[0]],["migrate",[0]],["make",[0]],["write",[0]],["create",[0]],["build",[0]],["remove",[0]],["delete",[0]],["rename",[0]],["replace",[0]],["convert",[0]],["move",[0]],["split",[0]],["extract",[0]],["upgrade",[0]],["bump",[0]],["set",[0]],["optimise",[0]],["optimize",[0]],["improve",[0]],["handle",[0]],["rewrite",[0]],["redesign",[0]],["integrate",[0]],["debug",[0]],["investigate",[0]],["diagnose",[0]],["profile",[0]],["look",[0]],["figure",[0]],["find",[0]],["track",[0]],["and",[1]],["then",[1]],["please",[1]],["pls",[1]],["plz",[1]],["can",[2]],["could",[2]],["would",[2]],["let's",[3]],["we",[3]],["i",[3]],["help",[3]]],"stems":[],"numeric":[],"zh":["\u4FEE\u590D","\u4FEE\u4E00\u4E0B","\u4FEE\u6389","\u4FEE\u597D","\u4FEE\u4E0B","\u6539\u4E00\u4E0B","\u6539\u6389","\u6539\u597D","\u52A0\u4E0A","\u52A0\u4E00\u4E2A","\u52A0\u4E2A","\u5B9E\u73B0","\u91CD\u6784","\u8FC1\u79FB","\u4F18\u5316\u4E00\u4E0B","\u5904\u7406\u4E00\u4E0B","\u8865\u4E0A","\u8865\u4E00\u4E0B","\u5199\u4E00\u4E2A","\u5199\u4E2A","\u505A\u4E00\u4E2A","\u505A\u4E2A","\u65B0\u589E","\u6392\u67E5","fix"],"zhStart":[],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"advice":{"words":["tradeoff","tradeoffs"],"wordStems":[],"entries":["how should (we|i)","(what's|what is) the best (way|approach)","best approach","would you recommend","pros and cons","trade-off","trade-offs"],"exact":[["how",[0]],["what's",[1]],["what",[1]],["best",[2]],["would",[3]],["pros",[4]],["trade",[5,6]]],"stems":[],"numeric":[],"zh":["\u600E\u4E48\u8BBE\u8BA1","\u600E\u4E48\u67B6\u6784","\u600E\u4E48\u62C6\u5206","\u600E\u4E48\u89C4\u5212","\u600E\u4E48\u5B9E\u73B0\u6BD4\u8F83\u597D","\u5982\u4F55\u8BBE\u8BA1","\u5982\u4F55\u67B6\u6784","\u5982\u4F55\u62C6\u5206","\u5982\u4F55\u89C4\u5212","\u5982\u4F55\u5B9E\u73B0\u6BD4\u8F83\u597D","\u5E94\u8BE5\u600E\u4E48\u8BBE\u8BA1","\u5E94\u8BE5\u600E\u4E48\u67B6\u6784","\u5E94\u8BE5\u600E\u4E48\u62C6\u5206","\u5E94\u8BE5\u600E\u4E48\u89C4\u5212","\u5E94\u8BE5\u600E\u4E48\u5B9E\u73B0\u6BD4\u8F83\u597D","\u8BE5\u600E\u4E48\u8BBE\u8BA1","\u8BE5\u600E\u4E48\u67B6\u6784","\u8BE5\u600E\u4E48\u62C6\u5206","\u8BE5\u600E\u4E48\u89C4\u5212","\u8BE5\u600E\u4E48\u5B9E\u73B0\u6BD4\u8F83\u597D","\u6709\u4EC0\u4E48\u65B9\u6848","\u4EC0\u4E48\u65B9\u6848","\u6700\u4F73\u5B9E\u8DF5","\u5229\u5F0A","\u4F18\u7F3A\u70B9"],"zhStart":[],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"risk:auth":{"words":["auth","authn","authz","oauth","oauth2","oidc","openid","sso","saml","jwt","jwts","login","logins","signin","signon","password","passwords","credential","credentials","mfa","2fa","totp"],"wordStems":["authenticat","authoris","authoriz"],"entries":["log-in","sign-in","sign-on","session-based"],"exact":[["log",[0]],["sign",[1,2]],["session",[3]]],"stems":[],"numeric":[],"zh":["\u8BA4\u8BC1","\u9274\u6743","\u6388\u6743","\u767B\u5F55","\u767B\u9646","\u5355\u70B9\u767B\u5F55","\u5BC6\u7801","\u51ED\u8BC1","\u4EE4\u724C","\u4F1A\u8BDD"],"zhStart":[],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"risk:security":{"words":["security","secure","insecure","xss","csrf","ssrf","injection","secret","secrets","pii","gdpr"],"wordStems":["vulnerab","exploit","sanitiz","attack","audit"],"entries":["cve #","api key","api keys"],"exact":[["cve",[0]],["api",[1,2]]],"stems":[],"numeric":[],"zh":["\u5B89\u5168","\u6F0F\u6D1E","\u6CE8\u5165","\u8D8A\u6743","\u8131\u654F","\u654F\u611F\u4FE1\u606F","\u653B\u51FB","\u9690\u79C1","\u5BA1\u8BA1"],"zhStart":[],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"risk:crypto":{"words":["hashing","hmac","signature","signatures","signing","tls","ssl","certificate","certificates","argon2","bcrypt","md5","sha1","sha256","sha384","sha512"],"wordStems":["encrypt","decrypt","crypto","cipher"],"entries":["key exchange","sha #"],"exact":[["key",[0]],["sha",[1]]],"stems":[],"numeric":[],"zh":["\u52A0\u5BC6","\u89E3\u5BC6","\u7B7E\u540D","\u54C8\u5E0C","\u8BC1\u4E66","\u5BC6\u94A5"],"zhStart":[],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"risk:access":{"words":["permission","permissions","rbac","abac","acl","acls","privilege","privileges","tenant","tenants"],"wordStems":["multitenan"],"entries":["access control","role-based","multi-tenan*"],"exact":[["access",[0]],["role",[1]],["multi",[2]]],"stems":[],"numeric":[],"zh":["\u6743\u9650","\u8D8A\u6743","\u79DF\u6237","\u8BBF\u95EE\u63A7\u5236"],"zhStart":[],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"risk:concurrency":{"words":["lock","locks","locking","distributed"],"wordStems":["concurren","deadlock","mutex","atomic","threadsafe","multithread","idempoten"],"entries":["race condition","race conditions","thread-safe*","multi-thread*","exactly-once","at-least-once","double-charg*"],"exact":[["race",[0,1]],["thread",[2]],["multi",[3]],["exactly",[4]],["at",[5]],["double",[6]]],"stems":[],"numeric":[],"zh":["\u5E76\u53D1","\u7ADE\u6001","\u7ADE\u4E89\u6761\u4EF6","\u6B7B\u9501","\u9501","\u539F\u5B50","\u7EBF\u7A0B\u5B89\u5168","\u591A\u7EBF\u7A0B","\u5206\u5E03\u5F0F","\u5E42\u7B49","\u591A\u5B9E\u4F8B"],"zhStart":[],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"risk:money":{"words":["payment","payments","billing","invoicing","checkout","charge","charges","charged","charging","refund","refunds","stripe","paypal","subscription","subscriptions","wallet","wallets","ledger","3dsecure"],"wordStems":[],"entries":["3d secure","3-d secure","3-dsecure"],"exact":[["3d",[0]],["3",[1,2]]],"stems":[],"numeric":[],"zh":["\u652F\u4ED8","\u4ED8\u6B3E","\u6263\u6B3E","\u9000\u6B3E","\u8BA1\u8D39","\u8D26\u5355","\u7ED3\u7B97","\u4F59\u989D","\u94B1\u5305","\u8BA2\u9605","\u6536\u6B3E","\u5BF9\u8D26"],"zhStart":[],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"risk:data":{"words":["transaction","transactions","transactional","consistency","downtime","rollback","rollout","rollouts","failover"],"wordStems":["backfill"],"entries":["data loss","zero-downtime","existing data","production data","existing (users|customers|accounts|records)","roll back","backward-compatib*","backwards-compatib*","high availability","fault-toleran*","disaster recovery"],"exact":[["data",[0]],["zero",[1]],["existing",[2,4]],["production",[3]],["roll",[5]],["backward",[6]],["backwards",[7]],["high",[8]],["fault",[9]],["disaster",[10]]],"stems":[],"numeric":[],"zh":["\u4E8B\u52A1","\u4E00\u81F4\u6027","\u6570\u636E\u4E22\u5931","\u4E22\u6570\u636E","\u505C\u673A","\u56DE\u6EDA","\u5B58\u91CF","\u5386\u53F2\u6570\u636E","\u517C\u5BB9","\u8001\u6570\u636E","\u8001\u7528\u6237","\u8001\u8D26\u53F7","\u7070\u5EA6","\u9AD8\u53EF\u7528","\u5BB9\u707E","\u6545\u969C\u8F6C\u79FB"],"zhStart":[],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"risk:distributed":{"words":["realtime","websocket","websockets","offline","crdt","crdts","rabbitmq","kafka","nats","pubsub","deadletter","saga","sagas"],"wordStems":["synchronis","synchroniz","replicat"],"entries":["real-time","conflict resolution","eventual consisten*","eventually consisten*","message (queue|queues|broker|brokers|bus|buses)","pub sub","dead-letter","event-driven","event sourcing"],"exact":[["real",[0]],["conflict",[1]],["eventual",[2]],["eventually",[3]],["message",[4]],["pub",[5]],["dead",[6]],["event",[7,8]]],"stems":[],"numeric":[],"zh":["\u5B9E\u65F6","\u957F\u8FDE\u63A5","\u79BB\u7EBF","\u534F\u540C","\u51B2\u7A81\u89E3\u51B3","\u6D88\u606F\u961F\u5217","\u6B7B\u4FE1","\u4E8B\u4EF6\u9A71\u52A8","\u6570\u636E\u540C\u6B65","\u53CC\u5411\u540C\u6B65","\u6700\u7EC8\u4E00\u81F4"],"zhStart":[],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]}}`;var _t=/^\/[A-Za-z][\w:.-]*(?:\s|$)/,as=["Traceback (most recent call last)","goroutine ","Caused by:","panic:","Exception in thread"],ls=new Set(["ERROR","FATAL","ENOENT","EACCES","ECONNREFUSED","EADDRINUSE","ETIMEDOUT"]);function Tt(e){return e!==void 0&&(q(e)||e>="A"&&e<="Z")}function As(e){let n=e.endsWith(")")?e.slice(0,-1):e,t=n.lastIndexOf(":");return t>=0&&X(n.slice(t+1))}function us(e){let n=e.trim();if(n.startsWith("at "))return As(n)||n.endsWith("(native)")||n.endsWith("(<anonymous>)");if(n.startsWith('File "')){let t=n.indexOf('", line ');return t>=0&&X(n.slice(t+8).split(",")[0]??"")}return as.some(t=>n.startsWith(t))}function ds(e){for(let n=e.indexOf(":");n>=0;n=e.indexOf(":",n+1)){let t=n;for(;Tt(e[t-1]);)t--;let r=e.slice(t,n);if(!r||t>0&&e[t-1]!==" "&&e[t-1]!=="	")continue;let o=r[0]??"",s=r.length>5&&(r.endsWith("Error")||r.endsWith("Exception"));if(o>="A"&&o<="Z"&&s||ls.has(r)||r.startsWith("TS")&&X(r.slice(2))&&e.slice(Math.max(0,t-6),t)==="error ")return!0}return!1}var ws=new Set("ts tsx js jsx mjs cjs py go rs java kt kts swift rb php cs c h cc cpp hpp scala ex exs erl dart lua vue svelte astro json jsonc yml yaml toml ini md mdx sql prisma graphql gql proto css scss sass less html htm xml sh bash zsh ps1 tf gradle conf cfg lock".split(" ")),fs=new Set("node next nuxt vue react express three d3 chart moment nest ember backbone angular socket.io".split(" ").map(e=>`${e}.js`)),ps=new Set(["src","lib","app","apps","test","tests","spec","server","client","web","mobile","packages","cmd","internal","pkg","scripts","config","docs","components","pages","api","services","modules","frontend","backend","infra"]);function $t(e){let n=[],t=0,r=0,o=0,s=!1;for(let i of e.split(`
`)){if(i.trimStart().startsWith("```")){s=!s;continue}if(us(i)){t++;continue}ds(i)&&r++,s?o+=1+Math.floor(i.length/120):n.push(i)}return{prose:n.join(`
`).toLowerCase(),traceLines:t,errorLines:r,codeLines:o}}var It=new Set([..."abcdefghijklmnopqrstuvwxyz0123456789_.-/*"]);function Ft(e){let n=[],t=0;for(let r=0;r<e.length;){if(!It.has(e[r]??"")){r++;continue}let o=r;for(;It.has(e[o]??"");)o++;let s=e.slice(r,o);r=o;let i=s.length;for(;i>0&&(s[i-1]==="."||s[i-1]==="-");)i--;let c=s.slice(0,i);if(c.length<3||c.length>256||c.startsWith("/")||c.startsWith("http")||n.includes(c))continue;let A=c.includes("*");c=gs(c);let l=c.split("/"),a=l[l.length-1]??"",d=0,f=a.lastIndexOf(".");if(f>0&&ws.has(a.slice(f+1))&&!A){if(l.length===1&&fs.has(a))continue;d=1}else(A||s.endsWith("/")||l.length>1&&ps.has(l[0]??""))&&(d=2);d!==0&&(n.push(s),t+=d)}return{files:t,named:n}}function gs(e){if(e.endsWith("/"))return e.slice(0,-1);let n=e.lastIndexOf("/"),t=e.slice(n+1);if(n<0||!t.startsWith("*"))return e;let r=0;for(;t[r]==="*";)r++;let o=t.slice(r);return o===""||o.startsWith(".")&&[...o.slice(1)].every(s=>Tt(s))?e.slice(0,n):e}var ms=new Set([..."\u4E00\u4E8C\u4E09\u56DB\u4E94\u516D\u4E03\u516B\u4E5D\u5341"]);function Bt(e){let n=0;for(let t of e.split(`
`)){let r=t.trimStart(),o=0;if(X(r.slice(0,1))){if(o=X(r.slice(1,2))?2:1,!".)\u3001".includes(r[o]??"x"))continue;o++}else if("-*\u2022".includes(r[0]??"x"))o=1;else if(ms.has(r[0]??"")&&"\u3001.".includes(r[1]??"x"))o=2;else continue;r.slice(o).trim()&&n++}return n}function Lt(e){let n=0,t=0,r=!1;for(let o=0;o<e.length;o++){let s=e[o],i=q(s)||s==="'"||s==="-";i&&!r&&t++,r=i,!i&&ie(s)&&n++}return t+Math.round(n*.8)}var hs=["\u4E3A\u4EC0\u4E48","\u4E3A\u5565","\u600E\u4E48","\u5982\u4F55","\u4EC0\u4E48","\u89E3\u91CA","\u8BB2\u8BB2","\u4ECB\u7ECD","\u8BF4\u8BF4","\u8BF7\u95EE","\u603B\u7ED3"],Ps=["\u662F\u4EC0\u4E48","\u4EC0\u4E48\u610F\u601D","\u5E72\u4EC0\u4E48","\u5E72\u561B","\u505A\u4EC0\u4E48\u7684","\u4EC0\u4E48\u533A\u522B","\u7684\u533A\u522B","\u600E\u4E48\u5DE5\u4F5C","\u600E\u4E48\u56DE\u4E8B","\u600E\u6837","\u600E\u4E48\u6837","\u5728\u54EA","\u54EA\u91CC","\u662F\u5426","\u6709\u6CA1\u6709","\u591A\u5C11","\u4EC0\u4E48\u65F6\u5019\u8BE5","\u539F\u7406","\u8BB2\u8BB2","\u8BB2\u4E00\u4E0B","\u4ECB\u7ECD\u4E00\u4E0B","\u8BF4\u8BF4","\u603B\u7ED3","\u6982\u62EC","\u89E3\u91CA"],vs=new Set(["\u5417","\u5462","\uFF1F","?"]),ys=new RegExp("(?:^|[^a-z])(?:to|->|\u6539\u6210|\u6539\u4E3A|\u5347\u7EA7\u5230|\u5347\u5230|bump \\S+ to) ?v?\\d+\\.\\d+\\.\\d+\\b"),xs=new RegExp(`\\b(?:change|set|raise|lower|increase|decrease|make|update)\\b[^.\\n]{0,60}\\bfrom ['"\u201C]?[\\w.-]{1,20}['"\u201D]? to ['"\u201C]?\\S{1,20}|\u6539\u6210|\u6539\u4E3A|\u8C03\u6210|\u8C03\u5230|\u8BBE\u4E3A|\u8BBE\u7F6E\u4E3A`),he=2e4,bs,en=new Map;function ks(e,n){if(e.length===0&&n.length===0)return bs??=Mt([],[]);let t=JSON.stringify([e,n]),r=en.get(t);return r||(en.size>16&&en.clear(),r=Mt(e,n),en.set(t,r)),r}var Ds;function Nt(){return Ds??=JSON.parse(Ot)}function Qt(e,n=[]){let t=Nt()[e];if(!t)throw new Error(`word list ${e} is missing from precompiled.generated.ts: run npm run gen:classify`);let r=n.map(o=>o.trim().toLowerCase()).filter(Boolean);return r.length?{...t,literals:[...t.literals,...r]}:t}function Mt(e,n){let t=new Map,r;return{get(o){let s=t.get(o);return s||(s=Qt(o,o==="scope"?e:[]),t.set(o,s)),s},risk(){return r||(r=Object.keys(Nt()).filter(s=>s.startsWith("risk:")).map(s=>({name:s.slice(5),m:Qt(s)})),n.some(s=>s.trim())&&r.push({name:"custom",m:kt({en:[],zh:[]},n)})),r}}}function Cn(e){let n=[];for(let t of e){let r=t.text.split(`
`).join(" ").split("	").join(" ").split(" ").filter(Boolean),o=r.join(" "),s=r.length>3?`${r[0]} \u2026 ${r[r.length-1]}`:o.length>6&&[...o].some(ie)?`${o.slice(0,1)}\u2026${o.slice(-1)}`:o;n.includes(s)||n.push(s)}return n}function $(e,n){return Cn(me(e,n))}function j(e){return e.slice(0,3).join(", ")}function Ss(e,n){let t=$(n.get("explainOnly"),e)[0];if(t)return{question:!0,advice:!1,cue:t};let r=$(n.get("questionEn"),e)[0]??"";if(!r){let i=e.text.trim(),c=1/0;for(let l of hs)i.startsWith(l)&&([c,r]=[0,l]);for(let l of Ps){let a=i.indexOf(l);a>=0&&a<c&&([c,r]=[a,l])}let A=i.slice(-1);!r&&vs.has(A)&&(r=A)}if(!r)return{question:!1,advice:!1,cue:""};let o=me(n.get("imperative"),e).length>0,s=$(n.get("advice"),e)[0];return{question:!o,advice:s!==void 0,cue:s??r}}function Rt(e,n={}){let t=(e.length>he?e.slice(0,he):e).trim(),r=[];if(!t)return{signals:r,prose:"",tokens:[]};let o=_t.exec(t);if(o)return{signals:r,prose:"",tokens:[],slashCommand:o[0].trim()};let s=ks(n.extraScopeWords??[],n.extraRiskWords??[]),{prose:i,traceLines:c,errorLines:A,codeLines:l}=$t(t),a=xt(i),d=(z,I,Eo)=>{I!==0&&r.push({id:z,weight:I,detail:Eo})},f=me(s.get("scope"),a),g=Cn(f),P=Cn(me(s.get("shift"),a).filter(z=>!f.some(I=>I.start<=z.start&&z.start<I.end))),v=[...g,...P];v.length&&d("scope",(g.length?3:2)+(v.length>1?1:0),j(v));let x=[];for(let z of s.risk()){let I=$(z.m,a)[0];I&&x.push(I)}x.length&&d("risk",Math.min(6,2*x.length),j(x));let T=$(s.get("cross"),a);T.length&&d("crossCutting",2,j(T));let J=$(s.get("featureStrong"),a),K=J.length?J:$(s.get("feature"),a);K.length&&d("feature",J.length?3:2,j(K));let Y=$(s.get("modify"),a);if(Y.length&&d("change",1,j(Y)),K.length||v.length){let z=$(s.get("systemNoun"),a),I=z.length?[]:$(s.get("artifact"),a);z.length?d("system",2,j(z)):I.length&&K.length&&d("artifact",1,j(I))}let{files:pe,named:Ge}=Ft(i);pe>=2&&d("files",pe>=5?3:pe>=3?2:1,`${Ge.length} ${Ge.length===1?"path":"paths"} named`);let ge=Bt(i),R=$(s.get("sequence"),a),We=0;for(let z=0;z<i.length;z++){let I=i[z];(I===","||I==="\uFF0C"||I==="\u3001"||I===";"||I==="\uFF1B")&&We++}let ko=Math.max(ge>=2?Math.min(3,ge-1):0,We>=6?2:We>=3?1:0),tt=Math.min(3,ko+(R.length>=3?2:R.length>=2?1:0));if(tt){let z=ge>=2?`${ge} list items`:R.length>=2?`steps ${j(R)}`:`${We+1} parts`;d("steps",tt,z)}c>=2?d("errorLog",2,`stack trace (${c} frames)`):c+A>0&&d("errorLog",1,"error message"),l>=15&&d("code",l>=60?2:1,`${l} lines of code pasted`);let rt=$(s.get("bug"),a);rt.length&&d("bug",2,j(rt));let ot=$(s.get("performance"),a);ot.length&&d("performance",2,j(ot));let st=$(s.get("tests"),a);st.length&&d("tests",1,j(st));let Je=Lt(i),it=e.length>he||Je>=60?3:Je>=30?2:Je>=12?1:0,Do=e.length>he?`${e.length} chars (first ${he} scanned)`:`~${Je} words`;it&&d("length",it,Do);let ct=$(s.get("trivial"),a);ct.length?d("trivial",-3,j(ct)):ys.test(i)&&d("trivial",-3,"version bump");let Ke=xs.exec(i);Ke&&!g.length&&d("tweak",-2,Ke[0].length>24?`${Ke[0].slice(0,24)}\u2026`:Ke[0]);let So=i.length-i.trimStart().length,at=me(s.get("operation"),a).find(z=>z.start===So);at&&d("operation",-2,at.text);let vn=Ss(a,s);return vn.question&&d("question",vn.advice?-2:-5,vn.cue),{signals:r,prose:i,tokens:a.tokens}}var nn={mediumThreshold:3,complexThreshold:7},jt=.5,Es=5;function zs(e,n,t){let r=Math.round(n*100)/100,[o,s=""]=[e.slice(0,1),e.slice(2)];if(o==="s")return{id:s,weight:r,detail:t.find(i=>i.id===s)?.detail??""};if(o==="w"||o==="c")return{id:"word",weight:r,detail:s==="#"?"a number":s}}function Ht(e,n={}){let t=Rt(e,n);if(t.slashCommand!==void 0){let c={id:"slashCommand",weight:0,detail:t.slashCommand};return{level:"simple",score:0,signals:[c],reasons:[c]}}if(!t.prose.trim()&&t.signals.length===0)return{level:"simple",score:0,signals:[],reasons:[]};let r=[0,-jt*((n.mediumThreshold??nn.mediumThreshold)-nn.mediumThreshold),-jt*((n.complexThreshold??nn.complexThreshold)-nn.complexThreshold)],o=Ct(Dt(t),void 0,r),s=[];for(let c of o.contributions){let A=zs(c.feature,c.push,t.signals);if(A&&A.weight!==0&&s.push(A),s.length===Es)break}let i=Math.round(10*(o.probabilities[1]*.5+o.probabilities[2]));return{level:o.level,score:i,signals:t.signals,reasons:s}}var Cs=new Set(["files","steps","length","errorLog","code","word","slashCommand"]);function On(e){return Cs.has(e.id)?e.detail:`${e.id} ${e.detail}`.trim()}function Ut(e){let n=e.reasons.map(t=>t.id==="slashCommand"?t.detail:`${On(t)} ${t.weight>0?"+":""}${t.weight}`);return`${e.level} (score ${e.score}): ${n.length?n.join(", "):"no signals"}`}var Os=4e3;function In(e){let n=e.slice(0,Os),t=0,r=0,o=!1,s=!1;for(let i=0;i<n.length;i++){if(n.startsWith("```",i)){s=!s,o=!1,i+=2;continue}if(s)continue;let c=n[i]??"";if(c==="`"){let l=n.indexOf("`",i+1),a=n.indexOf(`
`,i+1);if(l>0&&(a<0||l<a)){i=l,o=!1;continue}}let A=c>="a"&&c<="z"||c>="A"&&c<="Z";A&&!o&&r++,o=A,!A&&ie(c)&&t++}return t<2?"en":t/(t+r)>=.3?"zh":"en"}var Gt=64;function Wt(e,n,t){let r=e.filter(o=>o.weight>0).slice(0,n).map(o=>{let s=o.detail.split(", ").slice(0,2).map(i=>i.length>16?`${i.slice(0,15)}\u2026`:i).join("/");return On({...o,detail:s})}).join(t);return r.length>Gt?`${r.slice(0,Gt-1)}\u2026`:r}function Jt(e,n){if(n==="zh"){let o=Wt(e.reasons,3,"\u3001"),s=`\u5F97\u5206 ${e.score}${o?`\uFF1A${o}`:""}`;return e.level==="simple"?`codex-collab\uFF1A\u7B80\u5355\u4EFB\u52A1\uFF08\u5F97\u5206 ${e.score}\uFF09\uFF0C\u76F4\u63A5\u5B8C\u6210\uFF0C\u4E0D\u9700\u8981 Codex\u3002`:e.level==="medium"?`codex-collab\uFF1A\u4E2D\u7B49\u4EFB\u52A1\uFF08${s}\uFF09\u3002\u5148\u8FD0\u884C /codex-analyze <\u4EFB\u52A1>\uFF0C\u518D\u81EA\u5DF1\u5B9E\u73B0\uFF0C\u5B8C\u6210\u540E\u8FD0\u884C /codex-review \u5E76\u5904\u7406\u5176\u53D1\u73B0\u3002\u5206\u7C7B\u662F\u542F\u53D1\u5F0F\u7684\uFF0C\u660E\u663E\u4E0D\u5BF9\u5C31\u8BF4\u660E\u5E76\u6309\u5B9E\u9645\u60C5\u51B5\u5904\u7406\u3002`:`codex-collab\uFF1A\u590D\u6742\u4EFB\u52A1\uFF08${s}\uFF09\u3002\u5728\u540C\u4E00\u4E2A Codex \u4F1A\u8BDD\u91CC\u8D70\u5B8C 7 \u6B65\uFF1A1 /codex-analyze <\u4EFB\u52A1>\uFF1B2 /codex-ask \u8BA8\u8BBA\u65B9\u6848\uFF1B3 /codex-prototype\uFF08\u53EA\u51FA diff\uFF09\uFF1B4 \u81EA\u5DF1\u5B9E\u73B0\uFF0C\u6279\u5224\u5730\u5BF9\u5F85\u539F\u578B\uFF1B5 /codex-review\uFF1B6 \u4FEE\u590D\u95EE\u9898\uFF1B7 /codex-review \u7EC8\u5BA1\u3002\u5206\u7C7B\u662F\u542F\u53D1\u5F0F\u7684\uFF0C\u660E\u663E\u4E0D\u5BF9\u5C31\u8BF4\u660E\u3002`}let t=Wt(e.reasons,3,", "),r=`score ${e.score}${t?`: ${t}`:""}`;return e.level==="simple"?`codex-collab: simple task (score ${e.score}); do it directly, no Codex needed.`:e.level==="medium"?`codex-collab: medium task (${r}). Run /codex-analyze <task> first, implement it yourself, then run /codex-review and address its findings. Heuristic level: if clearly wrong, say so.`:`codex-collab: complex task (${r}). 7 stages in one Codex session: 1 /codex-analyze <task>; 2 /codex-ask to discuss the plan; 3 /codex-prototype (diff only); 4 implement it yourself, judging the prototype critically; 5 /codex-review; 6 fix the findings; 7 /codex-review as final review. Heuristic level: if clearly wrong, say so.`}var ke=require("node:fs");var be=require("node:path");var xe=require("node:fs"),cr=require("node:module"),ar=require("node:os"),H=require("node:path");var Kt=require("node:path"),Is;function _s(){return Is??=require((0,Kt.join)(__dirname,"zod-mini.cjs"))}function S(e){return((...n)=>_s()[e](...n))}var p=S("_default"),M=S("array"),Oe=S("boolean"),L=S("enum"),Ie=S("int"),Yt=S("literal"),qt=S("maximum"),tn=S("minimum"),rn=S("minLength"),Z=S("nonnegative"),Pe=S("nullable"),h=S("number"),k=S("object"),w=S("optional"),Xt=S("parse"),_e=S("positive"),ce=S("record"),Zt=S("regex"),Te=S("safeParse"),u=S("string");var Vt={OK:0,FAILED:1,USAGE:2,NOT_FOUND:3,AUTH:4,TIMEOUT:5,SESSION_NOT_FOUND:6,PROMPT_TOO_LARGE:7,CONFIG:8,SANDBOX_VIOLATION:9,FINDINGS:10,UNDECIDED:11,CANCELLED:130},sn=class extends Error{code;exitCode;hint;constructor(n,t,r,o,s){super(t,s),this.name=new.target.name,this.code=n,this.hint=r,this.exitCode=o}toJSON(){return{code:this.code,message:this.message,hint:this.hint}}};var ae=class extends sn{constructor(t,r){super("CONFIG_INVALID",`Invalid configuration in ${t}: ${r}`,`Fix ${t} (or delete it to use the defaults).`,Vt.CONFIG);this.file=t}file};var Q=class extends sn{constructor(n,t="Check permissions of the project's .codex-collab file."){super("STATE",n,t,Vt.FAILED)}};var _={kind:"neutral"},ve={kind:"lower"},$e={locale:_,"codex.model":_,"codex.effort":_,"codex.sandbox":{kind:"rank",ranks:{"read-only":0,"workspace-write":1}},"codex.allowSandbox":{kind:"rank",ranks:{"read-only":0,"workspace-write":1,"danger-full-access":2}},"codex.timeoutSeconds":_,"codex.idleTimeoutSeconds":_,"hooks.classify":_,"hooks.autoReview":{kind:"falseIsTighter"},"hooks.stopGate":_,"classify.mediumThreshold":_,"classify.complexThreshold":_,"classify.extraScopeWords":_,"classify.extraRiskWords":_,"review.mode":{kind:"rank",ranks:{off:0,auto:1,always:1}},"review.debounceSeconds":_,"review.minIntervalSeconds":_,"review.maxReviewsPerSession":ve,"review.maxTokensPerSession":ve,"review.minChangedLines":_,"review.ignore":{kind:"union"},"review.maxFindingsInContext":_,"review.stopWaitSeconds":_,"review.promptBudgetBytes":ve,"review.maxCostPerSession":ve,"review.wake":_,"review.wakeRounds":ve,"context.threadBudgetTokens":ve,"context.model":{kind:"userOnly"},"context.prices":{kind:"userOnly"},"context.pricesDate":{kind:"userOnly"}};function Fe(e){return typeof e=="object"&&e!==null&&!Array.isArray(e)}function Be(e,n,t=""){let r={...e};for(let[o,s]of Object.entries(n)){let i=`${t}${o}`;$e[i]?.kind==="union"&&Array.isArray(s)&&Array.isArray(r[o])?r[o]=nr(r[o],s):r[o]=Fe(s)&&Fe(r[o])?Be(r[o],s,`${i}.`):s}return r}function nr(e,n){return[...new Set([...e,...n])]}function tr(e,n=""){return Object.entries(e).flatMap(([t,r])=>{let o=`${n}${t}`;return Fe(r)&&$e[o]===void 0?tr(r,`${o}.`):[[o,r]]})}function er(e,n){let t=e;for(let r of n.split("."))t=Fe(t)?t[r]:void 0;return t}function Ts(e,n,t){let r=n.split("."),o=e;for(let s of r.slice(0,-1))Fe(o[s])||(o[s]={}),o=o[s];o[r[r.length-1]]=t}function $s(e,n,t){if(JSON.stringify(n)===JSON.stringify(t))return{value:n};switch(e?.kind){case"neutral":return{value:n};case"lower":return t===void 0||n<=t?{value:n}:void 0;case"falseIsTighter":return n===!1||t===!0?{value:n}:void 0;case"rank":{let r=e.ranks[String(n)],o=t===void 0?0:e.ranks[String(t)];return r!==void 0&&o!==void 0&&r<=o?{value:n}:void 0}case"union":return{value:nr(t??[],n)};default:return}}function rr(e,n,t){let r=structuredClone(e),o=[];for(let[s,i]of tr(n)){let c=er(e,s);if($e[s]?.kind!=="union"&&er(t,s)!==void 0)continue;let A=$s($e[s],i,c);A?Ts(r,s,A.value):o.push({key:s,asked:i,kept:c})}return{merged:r,refused:o}}var or=/^[a-z][a-z_-]{0,23}$/;function ye(){return{codex:{sandbox:"read-only",timeoutSeconds:900,idleTimeoutSeconds:300},hooks:{classify:!0,autoReview:!0,stopGate:!0},classify:{mediumThreshold:3,complexThreshold:7,extraScopeWords:[],extraRiskWords:[]},review:{mode:"auto",debounceSeconds:20,minIntervalSeconds:60,maxReviewsPerSession:20,maxTokensPerSession:2e6,minChangedLines:1,ignore:[],maxFindingsInContext:8,stopWaitSeconds:0,promptBudgetBytes:2e5,wake:!0,wakeRounds:2,maxCostPerSession:5},context:{threadBudgetTokens:15e4,prices:{}}}}function Fs(){let e=ye(),n=L(["off","auto","always"]),t=h().check(Z()),r=k({input:t,cachedInput:t,output:t}),o=k({locale:w(L(["en","zh"])),codex:p(k({model:w(u()),effort:w(u().check(Zt(or,"a reasoning effort level such as low, medium or high"))),sandbox:p(L(["read-only","workspace-write"]),e.codex.sandbox),allowSandbox:w(L(["read-only","workspace-write","danger-full-access"])),timeoutSeconds:p(h().check(_e()),e.codex.timeoutSeconds),idleTimeoutSeconds:p(h().check(_e()),e.codex.idleTimeoutSeconds)}),e.codex),hooks:p(k({classify:p(Oe(),e.hooks.classify),autoReview:p(Oe(),e.hooks.autoReview),stopGate:p(Oe(),e.hooks.stopGate)}),e.hooks),classify:p(k({mediumThreshold:p(h(),e.classify.mediumThreshold),complexThreshold:p(h(),e.classify.complexThreshold),extraScopeWords:p(M(u()),e.classify.extraScopeWords),extraRiskWords:p(M(u()),e.classify.extraRiskWords)}),e.classify),review:p(k({mode:p(n,e.review.mode),debounceSeconds:p(h().check(Z()),e.review.debounceSeconds),minIntervalSeconds:p(h().check(Z()),e.review.minIntervalSeconds),maxReviewsPerSession:p(h().check(Z()),e.review.maxReviewsPerSession),maxTokensPerSession:p(h().check(Z()),e.review.maxTokensPerSession),minChangedLines:p(h().check(Z()),e.review.minChangedLines),ignore:p(M(u()),e.review.ignore),maxFindingsInContext:p(h().check(_e()),e.review.maxFindingsInContext),stopWaitSeconds:p(h().check(Z()),e.review.stopWaitSeconds),promptBudgetBytes:p(h().check(_e()),e.review.promptBudgetBytes),maxCostPerSession:p(h().check(Z()),e.review.maxCostPerSession),wake:p(Oe(),e.review.wake),wakeRounds:p(h().check(Ie(),Z()),e.review.wakeRounds)}),e.review),context:p(k({threadBudgetTokens:p(h().check(Ie(),tn(4e3)),e.context.threadBudgetTokens),model:w(u().check(rn(1))),prices:p(ce(u().check(rn(1)),r),e.context.prices),pricesDate:w(u().check(rn(1)))}),e.context)});return{ReviewMode:n,Config:o}}var _n;function Tn(){return _n||(qe(),_n=Fs())}var sr=".claude/codex-collab.json",$n=".claude/codex-collab.local.json";function cn(e){return(0,H.join)(e,sr)}function Bn(e){return(0,H.join)(e,$n)}function Bs(e){return e.CLAUDE_CONFIG_DIR?(0,H.resolve)(e.CLAUDE_CONFIG_DIR):(0,H.join)(e.HOME||(0,ar.homedir)(),".claude")}function an(e){return(0,H.join)(Bs(e),"codex-collab.json")}function Fn(e,n){let t;try{if(n){let s=Dn(e);if(s===null)return;t=s.toString("utf8")}else t=(0,xe.readFileSync)(e,"utf8")}catch(s){if(s.code==="ENOENT")return;throw new ae(e,s.message)}let r;try{r=JSON.parse(t)}catch(s){throw new ae(e,s.message)}let o=Te(Tn().Config,r);if(!o.success){let s=o.error.issues.map(i=>`${i.path.join(".")||"(root)"}: ${i.message}`).join("; ");throw new ae(e,s)}return r}function Ls(e){if(!(0,xe.existsSync)((0,H.join)(e,".git")))return!0;let{spawnSync:n}=(0,cr.createRequire)((0,H.join)(e,"noop.js"))("node:child_process"),t=(s,i)=>n("git",i,{cwd:s,encoding:"utf8",timeout:2e3,stdio:["ignore","pipe","ignore"]}),r=t(e,["ls-files","-z","--recurse-submodules","--",`:(icase)${$n}`]);if(r.status!==0||r.stdout!=="")return!0;let o=t((0,H.join)(e,".claude"),["rev-parse","--show-toplevel"]);return o.status!==0||ir(o.stdout.trim())!==ir(e)}function ir(e){try{return(0,xe.realpathSync)(e)}catch{return(0,H.resolve)(e)}}function Qs(e,n=process.env){let t={user:an(n),project:cn(e),local:Bn(e)},r=Fn(t.user,!1),o=Fn(t.project,!0),s=Fn(t.local,!0),i=Object.fromEntries(Object.entries(t).filter(([g])=>({user:r,project:o,local:s})[g]!==void 0));if(r===void 0&&o===void 0&&s===void 0)return{config:ye(),refused:[],files:i,localTracked:!1};let c=s!==void 0&&Ls(e),A=c?{}:s??{},l=c?Be(o??{},s):o??{},a=Be(Be(ye(),r??{}),A),{merged:d,refused:f}=rr(a,l,A);return{config:Xt(Tn().Config,d),refused:f,files:i,localTracked:c}}function Ln(e,n=process.env){return Qs(e,n).config}var Ms=1;function ln(e,n){try{let t=n?(0,ke.statSync)(e,{bigint:!0}):(0,ke.lstatSync)(e,{bigint:!0});return`${t.dev}:${t.ino}:${t.size}:${t.mtimeNs}:${t.ctimeNs}:${t.mode}`}catch{return"-"}}function Ns(e,n,t){let r=Bn(e),o=[`format ${Ms}`,t.trim(),`${an(n)} ${ln(an(n),!0)}`,`${cn(e)} ${ln(cn(e),!1)}`,`${r} ${ln(r,!1)}`];if(!o[4].endsWith(" -"))for(let s of[(0,be.join)(e,".git"),(0,be.join)(e,".git","index"),(0,be.join)(e,".claude"),(0,be.join)(e,".claude",".git")])o.push(`${s} ${ln(s,!1)}`);return o.join(`
`)}function Rs(e,n){return(0,be.join)(n.dir,`config.${Ye(`${e}
${n.codeId}`)}.json`)}function js(e,n){try{let t=JSON.parse((0,ke.readFileSync)(e,"utf8"));return t.key===n&&typeof t.config=="object"&&t.config!==null?t.config:void 0}catch{return}}function Hs(e,n,t,r=()=>Ln(e,n)){let o=Ns(e,n,t.codeId),s=Rs(e,t),i=js(s,o);if(i)return i;let c=r();return yn(s,()=>[Buffer.from(JSON.stringify({key:o,config:c}))]),c}function lr(e,n,t){return t?Hs(e,n,t):Ln(e,n)}function V(e,n=1/0){let t=e.replace(/\s+/g," ").trim();return t.length>n?`${t.slice(0,n-1)}\u2026`:t}var Qn={"must-fix":0,"should-fix":1,nit:2};function Ar(e){let n={"must-fix":0,"should-fix":0,nit:0};for(let t of e)n[t.severity]+=1;return n}function Mn(e){return e.file===""?"(no file)":e.line_start===null?e.file:e.line_end!==null&&e.line_end!==e.line_start?`${e.file}:${e.line_start}-${e.line_end}`:`${e.file}:${e.line_start}`}var ur=require("node:fs"),dr=require("node:path");function wr(e,n){let t=2166136261,r=16777619;for(let o=0;o<n;o++){let s=e(o);t=Math.imul(t^s,16777619),r=Math.imul(r^s,1540483477)}return(t>>>0).toString(16).padStart(8,"0")+(r>>>0).toString(16).padStart(8,"0")}function fr(e){return wr(n=>e.charCodeAt(n),e.length)}function pr(e,n){let t;try{t=(0,ur.readFileSync)((0,dr.join)(e,n))}catch{return null}return wr(r=>t[r],t.length)}function An(e){return fr(`${e.file}\0${e.title.trim().toLowerCase()}`).slice(0,8)}function Nn(e,n){return e.claudeSessionId!==n?!1:n!==void 0||e.origin==="auto"}function Us(e,n,t){let r=e.contentHashes?.[n.file];return n.file===""||r===void 0?!0:t(n.file)===r}function gr(e,n,t){let r=n.claudeSessionId?e.wake?.[n.claudeSessionId]?.rejected:void 0;return n.findings.filter(o=>!(n.wokenAt&&o.severity==="must-fix")&&!(r&&An(o)in r)&&Us(n,o,t))}function mr(e,n,t,r){let o=[];for(let s of e.reviews){if(s.status!=="done"||s.deliveredAt||!Nn(s,n))continue;s.deliveredAt=E(t);let i=gr(e,s,r);i.length>0&&o.push({...s,findings:i})}return o}function hr(e,n){return e.reviews.some(t=>t.status==="done"&&!t.deliveredAt&&Nn(t,n))}function Pr(e,n){let t=e.flatMap(i=>i.findings.map(c=>({f:c,id:i.id}))).sort((i,c)=>Qn[i.f.severity]-Qn[c.f.severity]),r=Ar(t.map(({f:i})=>i)),o=[...new Set(e.flatMap(i=>i.files))],s=[`Codex reviewed your recent edits (${o.length} file${o.length===1?"":"s"}): ${r["must-fix"]} must-fix, ${r["should-fix"]} should-fix, ${r.nit} nit.`];for(let{f:i}of t.slice(0,n))s.push(`- [${i.severity}] ${Mn(i)} ${V(i.title,100)} \u2014 ${V(i.suggested_fix||i.explanation,160)} (id ${An(i)})`);return t.length>n&&s.push(`\u2026 ${t.length-n} more.`),s.push(`Weigh each finding critically; fix what is right (must-fix first). To reject one, write on a line of its own: codex-collab-reject <id>: <reason>. Details: codex-collab reviews show ${e.map(i=>i.id).join(" ")}`),s.join(`
`)}function vr(e,n){return e.wake??={},e.wake[n]??={rounds:0,rejected:{}}}function yr(e,n,t,r){let o=vr(e,n);Object.assign(o,{rounds:0,userPromptAt:E(t),locale:r}),delete o.stoppedAt,delete o.stopReason,delete o.open}var xr="[codex-collab automatic review";var y=require("node:fs"),jn=require("node:os"),De=require("node:path");var Hn=5e3,Gs=3e4,Ws=5e3,Js=1e4,Ks=50,br=4096,Le=new Map,kr;function un(e){e<=0||(kr??=new Int32Array(new SharedArrayBuffer(4)),Atomics.wait(kr,0,0,e))}function Ys(e,n={}){let t=(0,De.resolve)(e);if(Le.has(t))throw new Q(`This process already holds the lock ${t}.`,"This is a bug in codex-collab (a nested lock); please report it.");let r=n.timeoutMs??Hn,o=n.staleMs??Gs,s=Date.now()+r,i=1;for(;;){let c=Sr(t,o,!1);if(c!==null)return qs(t,c);let A=s-Date.now();if(A<=0)throw ri(t,r);let l=Math.min(A,i*(.5+Math.random())),a=Date.now();un(l),n.onSleep?.(l,Date.now()-a),i=Math.min(i*2,Ks)}}function Dr(e,n,t={}){let r=Ys(e,t);try{return n()}finally{r()}}function qs(e,n){Le.set(e,n);let t=!1;return()=>{t||(t=!0,Le.get(e)===n&&Le.delete(e),zr(e,n))}}function Sr(e,n,t){let r=Rn(e);if(r!==null)return r;let o=Qe(e);if(o===null)return Rn(e);if(!ei(e,o,n))return null;if(t)ti(e,o);else{let s=`${e}.takeover`,i=Sr(s,Js,!0);if(i===null)return null;try{Er(Qe(e),o)&&(o.notFile?oe(e):dn(e))}finally{zr(s,i)}}return Rn(e)}function Rn(e){let n={pid:process.pid,host:(0,jn.hostname)(),token:`${process.pid}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`,at:E()},t;try{t=Xs(e)}catch(r){if(le(r)==="EEXIST")return null;throw new Q(`Cannot create the lock file ${e}: ${r.message}`,`Check that ${(0,De.dirname)(e)} exists and is writable.`)}try{(0,y.writeSync)(t,JSON.stringify(n))}catch(r){throw(0,y.closeSync)(t),dn(e),new Q(`Cannot write the lock file ${e}: ${r.message}`,`Check free space and permissions of ${(0,De.dirname)(e)}.`)}return(0,y.closeSync)(t),n.token}function Xs(e){try{return B(e,"exclusive")}catch(n){if(le(n)!=="ENOENT")throw n;return(0,y.mkdirSync)((0,De.dirname)(e),{recursive:!0,mode:448}),B(e,"exclusive")}}function Qe(e){let n;try{n=(0,y.openSync)(e,y.constants.O_RDONLY|(y.constants.O_NOFOLLOW??0)|(y.constants.O_NONBLOCK??0))}catch(t){if(le(t)==="ENOENT")return null;if(le(t)==="ELOOP"||le(t)==="ENXIO")return Zs(e);throw new Q(`Cannot read the lock file ${e}: ${t.message}`,`Check the permissions of ${e}.`)}try{let t=(0,y.fstatSync)(n);if(!t.isFile())return{holder:null,raw:"",ino:t.ino,mtimeMs:0,notFile:!0};let r=Buffer.alloc(br),o=r.subarray(0,(0,y.readSync)(n,r,0,br,0)).toString("utf8");return{holder:Vs(o),raw:o,ino:t.ino,mtimeMs:t.mtimeMs}}finally{(0,y.closeSync)(n)}}function Zs(e){try{return{holder:null,raw:"",ino:(0,y.lstatSync)(e).ino,mtimeMs:0}}catch{return null}}function Vs(e){try{let n=JSON.parse(e);if(n&&Number.isInteger(n.pid)&&n.pid>0&&typeof n.token=="string"&&typeof n.host=="string")return{pid:n.pid,host:n.host,token:n.token,at:typeof n.at=="string"?n.at:""}}catch{}return null}function ei(e,n,t){let r=Date.now()-n.mtimeMs,o=n.holder;if(o===null)return r>Math.min(t,Ws);if(o.host===(0,jn.hostname)()){if(o.pid===process.pid)return Le.get(e)!==o.token;if(!Un(o.pid))return!0}return r>t}function Un(e){try{process.kill(e,0)}catch(n){return le(n)!=="ESRCH"}return!ni(e)}function ni(e){if(process.platform!=="linux")return!1;try{let n=(0,y.readFileSync)(`/proc/${e}/stat`,"utf8");return n[n.lastIndexOf(")")+2]==="Z"}catch{return!1}}function Er(e,n){return e!==null&&e.ino===n.ino&&e.mtimeMs===n.mtimeMs&&e.raw===n.raw}function ti(e,n){let t=`${e}.stale-${process.pid}-${Math.random().toString(36).slice(2)}`;try{(0,y.renameSync)(e,t)}catch(o){if(le(o)==="ENOENT")return;throw o}let r=Qe(t);if(!Er(r,n))try{(0,y.linkSync)(t,e)}catch{}r?.notFile||dn(t)}function zr(e,n){let t;try{t=Qe(e)}catch{return}t?.holder?.token===n&&dn(e)}function dn(e){try{(0,y.unlinkSync)(e)}catch(n){if(le(n)!=="ENOENT")throw n}}var Me=class extends Q{};function ri(e,n){let t="";try{let r=Qe(e)?.holder;r&&(t=` (held by pid ${r.pid} on ${r.host} since ${r.at})`)}catch{}return new Me(`Timed out after ${n/1e3} s waiting for the lock ${e}${t}.`,`Another codex-collab process is busy; try again. If none is running, delete ${e}.`)}function le(e){return e?.code}var oi=5e3;function Cr(e,n){return e?n.getTime()-Date.parse(e.heartbeatAt)<3*oi&&Un(e.pid):!1}function Or(e,n,t){return Promise.resolve().then(()=>$o(require("node:child_process"),1)).then(({spawn:r})=>{let o=r(process.execPath,[e,"review-worker","--project",n],{cwd:n,detached:!0,stdio:"ignore",env:{...process.env,NODE_EXTRA_CA_CERTS:void 0}});o.on("error",s=>t(`worker spawn failed: ${s.message}`)),o.unref()}).catch(r=>t(`worker spawn failed: ${r?.message??String(r)}`))}var Ir=require("node:fs"),Ae=require("node:path");function Se(e=process.cwd()){let n=(0,Ae.resolve)(e),t=n;for(;;){if((0,Ir.existsSync)((0,Ae.join)(t,".git")))return t;let r=(0,Ae.dirname)(t);if(r===t)return n;t=r}}var Ne=".codex-collab";function _r(e){return(0,Ae.join)(e,Ne)}function O(e){return(0,Ae.join)(e,".codex-collab.d")}var F=require("node:fs"),Re=require("node:path");var N=require("node:fs"),Lr=require("node:module"),ee=require("node:path");var wn=`${Ne}.d`,Tr=".committed-";function $r(e){let{spawnSync:n}=(0,Lr.createRequire)((0,ee.join)(e,"noop.js"))("node:child_process"),t=n("git",["ls-files","-z","-c","-m","-t","--",Ne,wn],{cwd:e,encoding:"utf8",timeout:2e3,stdio:["ignore","pipe","ignore"]});if(t.status!==0||typeof t.stdout!="string")return null;let r=new Set,o=new Set;for(let i of t.stdout.split("\0"))i.length<3||(i[0]==="C"?o:r).add(i.slice(2));let s=[...r].filter(i=>!o.has(i));return{state:s.includes(Ne),dirFiles:s.filter(i=>i.startsWith(`${wn}/`)),tracked:[...r].sort()}}function Fr(e){return e!==null&&(e.state||e.dirFiles.length>0)}function Br(e){try{return(0,N.statSync)(e).mtimeMs}catch{return}}function Gn(e){return(0,ee.join)(O(e),"git-checked")}function si(e,n){let t=(0,ee.join)(e,".git");if(!(0,N.existsSync)(t))return!1;let r=o=>{if(!(0,N.lstatSync)(t).isDirectory())return!1;let s=Br((0,ee.join)(t,"index")),i=Br(o);return i!==void 0&&(s===void 0||i>s)};return n.text!==null?n.text!==n.copy||!r(n.copyPath):(0,N.existsSync)((0,ee.join)(e,wn))?!(Qr((0,ee.join)(e,wn))&&ii(Gn(e))&&r(Gn(e))):!1}function Qr(e){try{return(0,N.lstatSync)(e).isDirectory()}catch{return!1}}function ii(e){try{return(0,N.lstatSync)(e).isFile()}catch{return!1}}function Wn(e){Mr(Gn(e))}function Mr(e){try{let n=B(e,"append");try{let t=new Date;(0,N.futimesSync)(n,t,t)}finally{(0,N.closeSync)(n)}}catch{}}function Nr(e){let n;return{suspect(){if(n!==void 0)return n;n=!1;let t=null;try{t=fe(e.statePath,e.maxBytes)}catch{}let r=e.readCopy(e.copyPath);return si(e.root,{text:t,copy:r,copyPath:e.copyPath})?(n=Fr($r(e.root)),!n&&t!==null&&t===r?Mr(e.copyPath):!n&&t===null&&Qr(O(e.root))&&Wn(e.root),n):!1},disownLocked(){let t=$r(e.root);if(n=!1,!Fr(t))return;let r="is committed to this repository (git tracks it), and a repository's state is never trusted";if(t.state){let o=e.quarantine(e.statePath,Tr);e.warn(`${e.statePath} ${r}; moved it to ${(0,ee.basename)(o)} and started a fresh state (git rm --cached it).`)}if(t.dirFiles.length>0){let o=O(e.root),s=oe(o,Tr);e.warn(`${o} ${r} (${t.dirFiles.join(", ")}); moved it to ${(0,ee.basename)(s)} and started afresh (git rm -r --cached it).`)}}}}function je(e){return(0,Re.join)(O(e),"edits.jsonl")}function fn(e,n){if(n.length===0)return;let t=je(e),r=n.map(s=>JSON.stringify(s)+`
`).join(""),o=!(0,F.existsSync)(O(e));se(O(e)),o&&Wn(e);for(let s=0;s<100;s++){let i=ci(t);try{if(we(i,r),ai(i,t))return}finally{(0,F.closeSync)(i)}}throw new Error(`could not append to ${t}: it was drained 100 times in a row`)}function ci(e){try{return B(e,"append")}catch(n){if(!(n instanceof b))throw n;return oe(e),B(e,"append")}}function ai(e,n){try{return(0,F.lstatSync)(n).ino===(0,F.fstatSync)(e).ino}catch{return!1}}function jr(e){let n=[];for(let t of e.split(`
`)){if(!t)continue;let r;try{r=JSON.parse(t)}catch{continue}let o=Ai(r);o&&n.push(o)}return n}var ue=e=>typeof e=="string",li=new Set(["simple","medium","complex"]);function Ai(e){if(typeof e!="object"||e===null)return null;let n=e;if(n.kind===void 0||n.kind==="edit"){let t=n.kind==="edit"?n.edit:n;return!t||!ue(t.path)||!ue(t.hash)||!ue(t.at)||!ue(t.tool)||t.claudeSessionId!==void 0&&!ue(t.claudeSessionId)?null:{kind:"edit",edit:{path:t.path,hash:t.hash,at:t.at,tool:t.tool,...t.claudeSessionId!==void 0?{claudeSessionId:t.claudeSessionId}:{}}}}if(n.kind==="classification"){let t=n.value;if(!ue(n.key)||!t||!li.has(t.level)||typeof t.score!="number"||!Number.isFinite(t.score)||!ue(t.at))return null;let r=t.locale==="en"||t.locale==="zh"?{locale:t.locale}:{};return{kind:"classification",key:n.key,value:{level:t.level,score:t.score,at:t.at,...r}}}return n.kind==="stage"&&ue(n.session)?{kind:"stage",session:n.session}:null}var Hr=".draining-";function Ur(e){let n=(0,Re.basename)(je(e))+Hr;try{return(0,F.readdirSync)(O(e)).filter(t=>t.startsWith(n)).map(t=>(0,Re.join)(O(e),t))}catch{return[]}}function Jn(e){try{return fe(e)??""}catch{return""}}function Gr(e){let n=Jn(je(e));return jr([...Ur(e).map(Jn),n].join(`
`))}function Wr(e){try{return(0,F.lstatSync)(je(e)).size}catch{return 0}}var Rr={simple:0,medium:1,complex:2};function Kn(e){if(e>=1&&e<=3)return 4;if(e===5||e===7)return 6}function ui(e,n){return e.pendingEdits.some(t=>t.path===n.path&&t.hash===n.hash)?!1:(e.pendingEdits.push(n),!0)}function Yn(e,n){let t=0;for(let r of n)if(r.kind==="edit")ui(e,r.edit)&&t++;else if(r.kind==="classification"){let o=e.classifications[r.key];(o===void 0||Rr[r.value.level]>Rr[o.level])&&(e.classifications[r.key]=r.value)}else{let o=e.sessions[r.session];o&&(o.stage=Kn(o.stage)??o.stage)}return t}function Jr(e){let n=je(e),t=`${n}${Hr}${process.pid}-${Math.random().toString(36).slice(2)}`,r=Ur(e);try{(0,F.renameSync)(n,t),r=[...r,t]}catch{}if(r.length===0)return{entries:[],commit:()=>{},abort:()=>{}};let o=jr(r.map(Jn).join(`
`)),s=()=>{for(let i of r)try{(0,F.unlinkSync)(i)}catch{}};return{entries:o,commit:s,abort:()=>{fn(e,o),s()}}}var D=require("node:fs"),G=require("node:path");var Yr=require("node:fs");function qr(e,n){let t=n.timeoutMs??Hn,{deadline:r}=n,o={requests:0,waitMs:0,sleptMs:0,queuedMs:0,pastDeadlineMs:0},s=0,i=(A,l)=>{o.sleptMs+=A,s+=Math.max(0,l-A)};return{run:A=>{o.requests++;let l=Date.now(),a=s,d=r===void 0?null:Kr(),f=!1,g=()=>{let v=Date.now();if(o.waitMs+=v-l,r===void 0)return;let x=Kr(),T=d!==null&&x!==null?x-d:s-a;o.queuedMs+=T,o.pastDeadlineMs=Math.max(o.pastDeadlineMs,Math.round(v-Math.max(l,r)-T))},P=r===void 0?t:Math.max(0,Math.min(t,r-Date.now()));try{return Dr(e,()=>(f=!0,g(),A()),{timeoutMs:P,onSleep:i})}finally{f||g()}},stats:o}}function Kr(){try{let e=(0,Yr.readFileSync)("/proc/thread-self/schedstat","latin1").split(" "),n=Number(e[1]);return Number.isFinite(n)?n/1e6:null}catch{return null}}var He=1,U={sessions:60,historyPerSession:30,reviews:60,pendingEdits:500,classifications:200,wakeLoops:200};function di(){let e=k({input_tokens:p(h(),0),cached_input_tokens:p(h(),0),output_tokens:p(h(),0),reasoning_output_tokens:p(h(),0)}),n=h().check(Ie(),tn(0),qt(7)),t=k({at:u(),kind:u(),title:u(),outcome:L(["ok","failed","timeout","cancelled"]),stage:w(n),tokens:w(h()),threadId:w(u()),usage:w(e),model:w(u()),costUsd:w(h()),promptBytes:w(h()),answerBytes:w(h())}),r=k({threadId:Pe(u()),bytes:p(h(),0),tokens:p(h(),0),turns:p(h(),0),startedAt:u(),endedAt:w(u()),endReason:w(u()),handoffFrom:w(u())}),o=k({at:u(),kind:u(),stage:w(n),text:u()}),s=k({name:u(),threadId:Pe(u()),claudeSessionId:w(u()),task:w(u()),cwd:w(u()),createdAt:u(),updatedAt:u(),turns:p(h(),0),usage:e,stage:p(n,0),history:p(M(t),[]),costUsd:w(h()),thread:w(r),chain:w(M(r)),decisions:w(M(o))}),i=L(["must-fix","should-fix","nit"]),c=k({severity:i,file:u(),line_start:Pe(h()),line_end:Pe(h()),title:u(),explanation:u(),suggested_fix:u(),confidence:h()}),A=k({path:u(),hash:u(),at:u(),tool:u(),claudeSessionId:w(u()),attempts:w(h()),retryAt:w(u()),lastError:w(u())}),l=k({id:u(),sessionName:u(),claudeSessionId:w(u()),diffHash:u(),files:M(u()),status:L(["running","done","failed","skipped"]),startedAt:u(),finishedAt:w(u()),verdict:w(u()),summary:w(u()),note:w(u()),answer:w(L(["structured","prose"])),origin:w(L(["auto","manual"])),contentHashes:w(ce(u(),u())),findings:p(M(c),[]),usage:w(e),error:w(u()),skipReason:w(u()),deliveredAt:w(u()),stopBlockedAt:w(u()),tree:w(u()),threadId:w(u()),base:w(u()),since:w(u()),promptBytes:w(h()),sentFiles:w(h()),wokenAt:w(u())}),a=k({rounds:p(h(),0),userPromptAt:w(u()),locale:w(L(["en","zh"])),waiter:w(k({pid:h(),since:u()})),rejected:p(ce(u(),u()),{}),stoppedAt:w(u()),stopReason:w(u()),open:w(M(u()))}),d=k({level:L(["simple","medium","complex"]),score:h(),at:u(),locale:w(L(["en","zh"]))}),f=k({pid:h(),startedAt:u(),heartbeatAt:u()}),g=k({version:Yt(He),sessions:p(ce(u(),s),{}),pendingEdits:p(M(A),[]),reviews:p(M(l),[]),classifications:p(ce(u(),d),{}),worker:p(Pe(f),null),wake:w(ce(u(),a))});return{Usage:e,Stage:n,HistoryEntry:t,ThreadSize:r,Decision:o,Session:s,Severity:i,Finding:c,PendingEdit:A,ReviewRecord:l,WakeLoop:a,Classification:d,WorkerInfo:f,StateFile:g}}var qn;function pn(){return qn||(qe(),qn=di())}function Ee(){return{version:He,sessions:{},pendingEdits:[],reviews:[],classifications:{},worker:null}}var gn=class extends Q{constructor(n,t){super(`${n} was written by a newer codex-collab (state version ${t}; this one understands ${He}).`,"Upgrade codex-collab (every copy used in this project) to the latest version.")}};function wi(e){return`${e}.lock`}function fi(e){return(0,G.join)(O(e),"state.validated.json")}function Zr(e,n={}){let t=_r(e),r=wi(t),o=n.onWarning??(g=>console.error(`codex-collab: ${g}`)),s=qr(r,{timeoutMs:n.lockTimeoutMs,deadline:n.deadline}),i=s.run,c=n.syncDirectory??!0,A=fi(e),l=()=>gi(t,A),a=()=>{let g=l();if(g.ok)return g.state??Ee();let P=Xr(t);return o(`${t} was unusable (${g.reason}); moved it to ${(0,G.basename)(P)} and started a fresh state.`),Ee()},d=()=>{let g=l();if(g.ok)return g.state??Ee();try{return i(a)}catch(P){if(P instanceof gn)throw P;return o(`${t} was unusable (${g.reason}) and could not be moved aside (${V(P.message)}); using an empty state.`),Ee()}},f=Nr({root:e,statePath:t,copyPath:A,maxBytes:Xn,readCopy:Vr,quarantine:Xr,warn:o});return{path:t,get lockWait(){let{requests:g,waitMs:P,sleptMs:v,queuedMs:x,pastDeadlineMs:T}=s.stats;return{requests:g,waitMs:Math.round(P),sleptMs:Math.round(v),queuedMs:Math.round(x),pastDeadlineMs:T}},withLock:i,read(){if(f.suspect())try{i(f.disownLocked)}catch(v){return o(`${t} or ${O(e)} is committed to this repository and could not be moved aside (${V(v.message)}); using an empty state.`),Ee()}let g=Gr(e),P=d();return Yn(P,g),P},update(g){return i(()=>{f.suspect()&&f.disownLocked();let P=Jr(e);try{let v=a();Yn(v,P.entries);let x=hi(v),T=g(v);if(T instanceof Promise)throw new Q("store.update() was given an async function.","This is a bug in codex-collab; please report it.");pi(v);let J=Pi(v,x);if(!J.success)throw new Q(`Refusing to write an invalid state to ${t}: ${oo(J.issues)}`,"This is a bug in codex-collab; please report it.");to(t);let K=JSON.stringify(J.state);return ro(t,K,c),mi(A,K,o),P.commit(),T}catch(v){throw P.abort(),v}})}}}function pi(e){let n=Object.values(e.sessions);if(n.length>U.sessions){let o=Ue(n,U.sessions,s=>s.updatedAt);e.sessions=Object.fromEntries(o.map(s=>[s.name,s]))}for(let o of Object.values(e.sessions))o.history.length>U.historyPerSession&&(o.history=o.history.slice(-U.historyPerSession));e.reviews=Ue(e.reviews,U.reviews,o=>o.startedAt),e.pendingEdits=Ue(e.pendingEdits,U.pendingEdits,o=>o.at);let t=Object.entries(e.classifications);t.length>U.classifications&&(e.classifications=Object.fromEntries(Ue(t,U.classifications,([,o])=>o.at)));let r=Object.entries(e.wake??{});r.length>U.wakeLoops&&(e.wake=Object.fromEntries(Ue(r,U.wakeLoops,([,o])=>o.userPromptAt??o.waiter?.since??"")))}function Ue(e,n,t){if(e.length<=n)return e;let r=e.map((s,i)=>({k:t(s),i}));r.sort((s,i)=>s.k<i.k?1:s.k>i.k?-1:i.i-s.i);let o=new Set(r.slice(0,n).map(s=>s.i));return e.filter((s,i)=>o.has(i))}var Xn=8*1024*1024;function gi(e,n){let t;try{t=fe(e,Xn)}catch(i){return{ok:!1,reason:i instanceof b?`${i.why}, never read or written through`:V(i.message)}}if(t===null)return{ok:!0,state:null};let r;try{r=JSON.parse(t)}catch(i){return{ok:!1,reason:`not valid JSON: ${V(i.message)}`}}let o=typeof r=="object"&&r!==null?r.version:void 0;if(typeof o=="number"&&o>He)throw new gn(e,o);if(t===Vr(n))return{ok:!0,state:r};let s=Te(pn().StateFile,r);return s.success?{ok:!0,state:s.data}:{ok:!1,reason:`invalid content: ${oo(s.error.issues)}`}}function Vr(e){try{return((0,D.lstatSync)(e).mode&63)!==0?void 0:fe(e,Xn)??void 0}catch{return}}function mi(e,n,t){try{se((0,G.dirname)(e),t),to(e),ro(e,n,!1)}catch{}}function eo(){return Object.keys(pn().StateFile.shape)}function hi(e){return new Map(eo().map(n=>[n,JSON.stringify(e[n])]))}function Pi(e,n){let t={},r=[];for(let o of eo()){let s=e[o];if(n.get(o)===JSON.stringify(s)){t[o]=s;continue}let i=Te(pn().StateFile.shape[o],s);i.success?t[o]=i.data:r.push(...i.error.issues.map(c=>({path:[o,...c.path],message:c.message})))}return r.length>0?{success:!1,issues:r}:{success:!0,state:t}}function Xr(e,n=".corrupt-"){let t=E().replace(/:/g,""),r=`${e}${n}${t}`;for(let o=1;(0,D.existsSync)(r);o++)r=`${e}${n}${t}-${o}`;try{(0,D.renameSync)(e,r)}catch(o){throw new Q(`Cannot move the unusable ${e} aside: ${o.message}`,`Move or delete ${e} by hand.`)}return r}var no=".tmp-";function to(e){let n=(0,G.basename)(e)+no,t=(0,G.dirname)(e),r;try{r=(0,D.readdirSync)(t)}catch{return}for(let o of r)if(o.startsWith(n))try{(0,D.unlinkSync)((0,G.join)(t,o))}catch{}}function ro(e,n,t){let r=`${e}${no}${process.pid}-${Math.random().toString(36).slice(2)}`,o;try{o=B(r,"exclusive"),we(o,n),(0,D.fsyncSync)(o),(0,D.closeSync)(o),o=void 0,vi(r,e)}catch(s){o!==void 0&&(0,D.closeSync)(o);try{(0,D.unlinkSync)(r)}catch{}throw new Q(`Cannot write ${e}: ${s.message}`,`Check free space and the permissions of ${(0,G.dirname)(e)}.`)}t&&yi((0,G.dirname)(e))}function vi(e,n){for(let t=0;;t++)try{(0,D.renameSync)(e,n);return}catch(r){let o=r.code;if(!(process.platform==="win32"&&(o==="EPERM"||o==="EBUSY"||o==="EACCES"))||t>=10)throw r;un(10+t*10)}}function yi(e){let n;try{n=(0,D.openSync)(e,"r"),(0,D.fsyncSync)(n)}catch{}finally{n!==void 0&&(0,D.closeSync)(n)}}function oo(e){let n=e.slice(0,3).map(t=>`${t.path.map(String).join(".")||"(root)"}: ${t.message}`);return V(n.join("; ")+(e.length>3?` (+${e.length-3} more)`:""))}var Pn=require("node:fs"),mo=require("node:path");var ne=require("node:fs"),nt=require("node:path");var mn=require("node:fs");function Zn(e){try{let n=(0,mn.readFileSync)(`/proc/${e}/stat`,"latin1");return n.slice(n.lastIndexOf(")")+2).split(" ")}catch{return null}}function so(){let e;try{e=(0,mn.readdirSync)("/proc")}catch{return null}let n=[];for(let t of e){if(!/^\d+$/.test(t))continue;let r=Zn(t);r&&n.push({pid:Number(t),ppid:Number(r[1]),pgid:Number(r[2]),state:r[0]??""})}return n}function xi(){let e=process.getBuiltinModule;return e?.("node:child_process")?.spawnSync}function bi(e,n){let t=xi();if(!t)return null;let r=t("ps",["-o",`${n}=`,"-p",String(e)],{encoding:"utf8"}),o=typeof r.stdout=="string"?r.stdout.trim():"";return r.status===0&&o!==""?o:null}function Vn(e){if(!Number.isInteger(e)||e<=0)return null;if(process.platform==="linux"){let n=Zn(e);return n?`t${n[19]}`:null}return process.platform==="win32"?null:bi(e,"lstart")}function io(e,n){if(n===null)return!1;if(process.platform==="linux"){let t=Zn(e);return t!==null&&t[0]!=="Z"&&`t${t[19]}`===n}return Vn(e)===n}function co(e){try{return process.kill(-e,0),!0}catch(n){return n.code==="EPERM"}}var Ao=2e3;function ao(e){return(0,nt.join)(O(e),"codex-runs")}function ki(e,n){et(e);let t=B(e,"exclusive");try{we(t,JSON.stringify(n))}finally{(0,ne.closeSync)(t)}}function Di(e){try{if(!(0,ne.lstatSync)(e).isFile())return null;let n=JSON.parse((0,ne.readFileSync)(e,"utf8"));return!Number.isInteger(n.pgid)||n.pgid<=1||!Number.isInteger(n.ownerPid)?null:{pgid:n.pgid,leaderStart:typeof n.leaderStart=="string"?n.leaderStart:null,ownerPid:n.ownerPid,ownerStart:typeof n.ownerStart=="string"?n.ownerStart:null,startedAt:typeof n.startedAt=="string"?n.startedAt:"",...typeof n.termAt=="number"?{termAt:n.termAt}:{}}}catch{return null}}function et(e){try{(0,ne.unlinkSync)(e)}catch{}}function Si(e){let n=so(),t=i=>i.state!=="Z",r=Vn(e.pgid);if(r!==null&&r!==e.leaderStart)return[];if(!(n?n.some(i=>i.pgid===e.pgid&&t(i)):co(e.pgid)))return[];let s=new Set([e.pgid]);if(n){let i=new Map;for(let a of n)i.set(a.ppid,[...i.get(a.ppid)??[],a.pid]);let c=new Map(n.map(a=>[a.pid,a])),A=n.filter(a=>a.pgid===e.pgid).map(a=>a.pid),l=new Set(A);for(;A.length>0;)for(let a of i.get(A.shift())??[]){if(l.has(a))continue;l.add(a),A.push(a);let d=c.get(a)?.pgid;d!==void 0&&d>1&&t(c.get(a))&&s.add(d)}}return[...s]}function lo(e,n){for(let t of e)try{process.kill(-t,n)}catch{}}function uo(e,n=Date.now()){if(process.platform==="win32")return 0;let t;try{t=(0,ne.readdirSync)(ao(e))}catch{return 0}let r=0;for(let o of t){if(!/^\d+\.json$/.test(o))continue;let s=(0,nt.join)(ao(e),o),i=Di(s);if(i===null||i.ownerStart===null||i.leaderStart===null){et(s);continue}if(io(i.ownerPid,i.ownerStart))continue;let c=Si(i);if(c.length===0){et(s);continue}if(r++,i.termAt!==void 0&&n-i.termAt>=Ao){lo(c,"SIGKILL");continue}if(lo(c,"SIGTERM"),i.termAt===void 0)try{ki(s,{...i,termAt:n})}catch{}}return r}var Xa=Ao+3e3;var hn=require("node:fs"),wo=require("node:path");var Ei=512*1024;function fo(e,n,t=Ei){try{se((0,wo.dirname)(e));try{(0,hn.lstatSync)(e).size>=t&&(0,hn.renameSync)(e,`${e}.1`)}catch{}kn(e,`${n}
`,r=>`${E()} ${r}
`)}catch{}}var zi={session_id:"string",transcript_path:"string",cwd:"string",permission_mode:"string"},Ci={SessionStart:{source:"string"},UserPromptSubmit:{},PostToolUse:{},Stop:{stop_hook_active:"boolean"}},po={SessionStart:{},UserPromptSubmit:{prompt:"string"},PostToolUse:{tool_name:"string"},Stop:{}};function Oi(e){return typeof e=="string"&&Object.hasOwn(po,e)}function go(e){if(typeof e!="object"||e===null||Array.isArray(e))return null;let n=e,t=n.hook_event_name;if(!Oi(t))return null;for(let[r,o]of Object.entries({...zi,...Ci[t]}))if(n[r]!==void 0&&typeof n[r]!==o)return null;for(let[r,o]of Object.entries(po[t]))if(typeof n[r]!==o)return null;return n}var Ii=8*1024*1024;function _i(){let e=[],n=0,t=Buffer.alloc(65536);for(;;){let r;try{r=(0,Pn.readSync)(0,t,0,t.length,null)}catch(o){let s=o.code;if(s==="EAGAIN"){ho();continue}if(s==="EOF")break;throw o}if(r===0||(n+=r,e.push(Buffer.from(t.subarray(0,r))),n>Ii))break}return Buffer.concat(e).toString("utf8")}function W(e,n){fo((0,mo.join)(O(e),"hooks.log"),`${E()} ${n}`)}function ho(){Atomics.wait(new Int32Array(new SharedArrayBuffer(4)),0,0,5)}function Ti(e){if(!e)return;let n=Buffer.from(JSON.stringify(e),"utf8");for(let t=0;t<n.length;)try{t+=(0,Pn.writeSync)(1,n,t,n.length-t)}catch(r){if(r.code!=="EAGAIN")throw r;ho()}}function $i(e){try{uo(e)}catch(n){W(e,`ending orphaned codex runs: ${n?.message??String(n)}`)}}var Po=2e3;function vo(e,n){let t=Date.now(),r=process.env,o=r.CLAUDE_PROJECT_DIR||process.cwd(),s;try{try{if(r.CODEX_COLLAB_DISABLE==="1")return;let i=_i(),c;try{c=JSON.parse(i)}catch{W(Se(o),`${e}: stdin was not JSON (${i.length} bytes); ignored`);return}let A=go(c);if(A===null||A.hook_event_name!==e){W(Se(o),`${e}: unexpected input shape; ignored`);return}o=Se(r.CLAUDE_PROJECT_DIR||A.cwd||process.cwd()),s=n({started:t,input:A,root:o,env:r})}catch(i){W(Se(o),`${e}: internal error: ${i?.stack??String(i)}`),s={systemMessage:`codex-collab: ${e} hook skipped (internal error; see .codex-collab.d/hooks.log)`}}try{Ti(s)}catch(i){W(Se(o),`${e}: could not write the output: ${i?.message??String(i)}`)}$i(o)}finally{process.exitCode=0}}var Fi="#nocodex";function Bi(e,n,t){try{return{config:lr(e,t,n.configCache)}}catch(r){W(e,`config: ${r.message}`);let o=r instanceof ae?r.file.replace(`${e}/`,""):".claude/codex-collab.json";return{config:ye(),warning:`codex-collab: ${o} is invalid; using defaults (run codex-collab doctor)`}}}function Li(e){return e.input.session_id||e.env.CLAUDE_CODE_SESSION_ID||void 0}function Qi(e){return n=>pr(e,n)}function Mi(e,n,t){let r=n.filter(s=>!!s).join(`

`),o={};return r&&(o.hookSpecificOutput={hookEventName:e,additionalContext:r}),t&&(o.systemMessage=t),r||t?o:null}function Ni(e,n){return Zr(e,{onWarning:t=>W(e,t),syncDirectory:!1,deadline:n})}function Ri(e,n=Po){return(e.started??Date.now())+n}function ji(e,n,t,r,o,s){let i=s,c=!1;try{i=r()}catch(f){if(!(f instanceof Me))throw f;o(),c=!0}let{waitMs:A,sleptMs:l,queuedMs:a,pastDeadlineMs:d}=t.lockWait;return(A>0||c)&&W(e,`${n}: waited ${A} ms for the state lock (slept ${l} ms between attempts; past the deadline: ${d} ms; waiting for a CPU meanwhile: ${a} ms)${c?"; busy past the deadline, write journaled":""}`),i}var yo={simple:0,medium:1,complex:2},Hi=32*1024;function xo(e,n){return e===void 0||yo[n]>yo[e.level]}function Ui(e,n){return n.CLAUDE_PLUGIN_ROOT?e.replace(/(^|[^\w:/-])\/codex-(?!collab:)/g,"$1/codex-collab:codex-"):e}function bo(e,n){let{prompt:t}=e.input;if(t.includes(Fi)||t.includes(xr))return null;let{config:r,warning:o}=Bi(e.root,n,e.env),s=n.now?.()??new Date,i=Li(e),c=i??"default",A=Ni(e.root,Ri(e)),l=A.read(),a=l.classifications[c],d,f=r.hooks.classify&&!t.trimStart().startsWith("/")?Ht(t,r.classify):void 0,g=f!==void 0&&xo(a,f.level),P=f?.level==="simple"&&a!==void 0&&a.level!=="simple";f&&!P&&(d=Ui(Jt(f,r.locale??In(t)),e.env));let v=r.hooks.autoReview&&l.pendingEdits.length>0&&!Cr(l.worker,s),x=[],T=i?l.wake?.[i]:void 0,J=T!==void 0&&(T.waiter!==void 0||T.rounds>0||T.stoppedAt!==void 0),K=In(t),Y=f&&{level:f.level,score:f.score,at:E(s),locale:K},pe=hr(l,i),Ge=A.lockWait.requests===0&&Wr(e.root)<Hi;g&&!pe&&!J&&Y&&Ge?fn(e.root,[{kind:"classification",key:c,value:Y}]):(g||J||pe)&&(x=ji(e.root,"UserPromptSubmit",A,()=>A.update(R=>(Y&&xo(R.classifications[c],Y.level)&&(R.classifications[c]=Y),i&&R.wake?.[i]&&yr(R,i,s,K),mr(R,i,s,Qi(e.root)))),()=>Y&&g&&fn(e.root,[{kind:"classification",key:c,value:Y}]),[])),v&&Or(n.cliPath,e.root,R=>W(e.root,R)),f&&W(e.root,`classified: ${Ut(f)}`);let ge=x.length>0?Pr(x,r.review.maxFindingsInContext):void 0;return Mi("UserPromptSubmit",[d,ge],o)}vo("UserPromptSubmit",e=>bo(e,pt(__dirname,__filename)));
