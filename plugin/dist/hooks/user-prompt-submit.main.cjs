"use strict";var Ls=Object.create;var ft=Object.defineProperty;var Bs=Object.getOwnPropertyDescriptor;var Ns=Object.getOwnPropertyNames;var Fs=Object.getPrototypeOf,Ms=Object.prototype.hasOwnProperty;var Qs=(e,n,t,r)=>{if(n&&typeof n=="object"||typeof n=="function")for(let s of Ns(n))!Ms.call(e,s)&&s!==t&&ft(e,s,{get:()=>n[s],enumerable:!(r=Bs(n,s))||r.enumerable});return e};var js=(e,n,t)=>(t=e!=null?Ls(Fs(e)):{},Qs(n||!e||!e.__esModule?ft(t,"default",{value:e,enumerable:!0}):t,e));var mt=require("node:path");var re=require("node:fs"),wt=require("node:os"),ke=require("node:path");var Zs=Symbol.for("codex-collab.slow-path");function en(){globalThis[Zs]=!0}function pt(e){return e.CLAUDE_PLUGIN_DATA?(0,ke.join)(e.CLAUDE_PLUGIN_DATA,"v8-cache"):(0,ke.join)(e.XDG_CACHE_HOME||(0,ke.join)((0,wt.homedir)(),".cache"),"codex-collab","v8-cache")}function gt(e){let n=(0,re.statSync)(e,{bigint:!0});return`codex-collab-v8-cache ${process.version} ${process.arch} ${n.dev}:${n.ino}:${n.size}:${n.ctimeNs}:${n.mtimeNs}
`}function Us(e,n){try{return{dir:pt(n),codeId:gt(e)}}catch{return}}function ht(e,n,t=process.env){return{cliPath:(0,mt.join)(e,"..","cli.js"),configCache:Us(n,t)}}var m=require("node:fs"),oe=require("node:path");var ge=(e,n=2)=>String(e).padStart(n,"0");function C(e=Date.now()){let n=typeof e=="number"?new Date(e):e,t=n.getUTCFullYear();if(!Number.isFinite(t))throw new RangeError("Invalid time value");return t<0||t>9999?n.toISOString():`${ge(t,4)}-${ge(n.getUTCMonth()+1)}-${ge(n.getUTCDate())}T${ge(n.getUTCHours())}:${ge(n.getUTCMinutes())}:${ge(n.getUTCSeconds())}.${ge(n.getUTCMilliseconds(),3)}Z`}var nn=448,En=384,Hs=".unsafe-",tn=m.constants.O_NOFOLLOW??0,Pt=m.constants.O_NONBLOCK??0,b=class extends Error{constructor(t,r){super(`${t} ${r}; codex-collab never writes through it.`);this.path=t;this.why=r}path;why;code="EUNSAFE"};function se(e){return e?.code}function rn(e){try{return(0,m.lstatSync)(e)}catch(n){if(se(n)==="ENOENT")return null;throw n}}function ce(e,n=Hs){let t=C().replace(/:/g,""),r=`${e}${n}${t}`;for(let s=1;rn(r)!==null;s++)r=`${e}${n}${t}-${s}`;return(0,m.renameSync)(e,r),r}function ae(e,n){for(let t=0;;t++){let r=rn(e);if(r?.isDirectory()){if((r.mode&511)!==nn&&r.uid===process.getuid?.())try{(0,m.chmodSync)(e,nn)}catch{}return}let s;if(r!==null&&!r.isSymbolicLink())throw new b(e,"is not a directory");if(r!==null){let o;try{o=ce(e)}catch(i){if(se(i)==="ENOENT"&&t<2)continue;throw i}s=`${e} is a symbolic link; moved it aside to ${(0,oe.basename)(o)} and created a fresh directory (nothing was written through it).`,n?.(s)}try{(0,m.mkdirSync)(e,{mode:nn})}catch(o){if(se(o)==="EEXIST"&&t<2)continue;throw o}(0,m.chmodSync)(e,nn),s!==void 0&&Dn((0,oe.join)(e,"hooks.log"),`${C()} ${s}
`);return}}var Ws={append:m.constants.O_WRONLY|m.constants.O_CREAT|m.constants.O_APPEND,exclusive:m.constants.O_WRONLY|m.constants.O_CREAT|m.constants.O_EXCL};function L(e,n){if(tn===0&&rn(e)?.isSymbolicLink())throw new b(e,"is a symbolic link");let t;try{t=(0,m.openSync)(e,Ws[n]|tn|Pt,En)}catch(r){throw se(r)==="ELOOP"?new b(e,"is a symbolic link"):se(r)==="ENXIO"?new b(e,"is not a regular file"):r}try{let r=(0,m.fstatSync)(t);if(!r.isFile())throw new b(e,"is not a regular file");if(r.nlink>1)throw new b(e,"has other hard links");return(r.mode&511)!==En&&(0,m.fchmodSync)(t,En),t}catch(r){throw(0,m.closeSync)(t),r}}function Dn(e,n,t){let r,s="";try{r=L(e,"append")}catch(o){if(!(o instanceof b))throw o;let i=ce(e);s=t?.(`${o.message} Moved it aside to ${(0,oe.basename)(i)}.`)??"",r=L(e,"append")}try{me(r,s+n)}finally{(0,m.closeSync)(r)}}function me(e,n){let t=Buffer.from(n,"utf8");for(let r=0;r<t.length;)r+=(0,m.writeSync)(e,t,r)}var Gs=1024*1024;function yt(e){if(tn===0&&rn(e)?.isSymbolicLink())throw new b(e,"is a symbolic link");let n;try{n=(0,m.openSync)(e,m.constants.O_RDONLY|tn|Pt)}catch(t){if(se(t)==="ENOENT"||se(t)==="ENOTDIR")return null;throw se(t)==="ELOOP"?new b(e,"is a symbolic link"):se(t)==="ENXIO"?new b(e,"is not a regular file"):t}if(!(0,m.fstatSync)(n).isFile())throw(0,m.closeSync)(n),new b(e,"is not a regular file");return n}function vt(e,n,t,r){if((0,m.fstatSync)(e).size>t&&!r)throw new b(n,`is larger than ${t} bytes`);let s=Buffer.alloc(Math.min((0,m.fstatSync)(e).size,t)+1),o=0;for(let i;o<s.length&&(i=(0,m.readSync)(e,s,o,s.length-o,null))>0;)o+=i;if(o>t&&!r)throw new b(n,`is larger than ${t} bytes`);return s.subarray(0,Math.min(o,t))}function he(e,n){let t=yt(e);if(t===null)return null;try{return n===void 0?(0,m.readFileSync)(t,"utf8"):vt(t,e,n,!1).toString("utf8")}finally{(0,m.closeSync)(t)}}function zn(e,n={}){let t=yt(e);if(t===null)return null;try{if(n.ownPrivate&&process.getuid){let r=(0,m.fstatSync)(t);if(r.uid!==process.getuid())throw new b(e,"is not owned by you");if((r.mode&63)!==0)throw new b(e,"is readable or writable by others (codex-collab writes it 0600)")}return vt(t,e,n.maxBytes??Gs,n.head??!1)}finally{(0,m.closeSync)(t)}}var xt=new Set([".","!","?",";",":",`
`,"\u3002","\uFF01","\uFF1F","\uFF1B","\uFF1A","\uFF0C",","]);function K(e){return e!==void 0&&(e>="a"&&e<="z"||e>="0"&&e<="9"||e==="_")}function Y(e){if(e.length===0)return!1;for(let n=0;n<e.length;n++){let t=e.charCodeAt(n);if(t<48||t>57)return!1}return!0}function le(e){let n=e.charCodeAt(0);return n>=13312&&n<=19903||n>=19968&&n<=40959||n>=63744&&n<=64255}function St(e){let n=[],t=[],r=[],s=[],o=e.length,i=0,c=0;for(;c<o;){if(!K(e[c])){c++;continue}let d=c;for(;K(e[d]);)d++;for(;(e[d]==="'"||e[d]==="."||e[d]==="+")&&K(e[d+1]);)for(d++;K(e[d]);)d++;for(;e[d]==="+";)d++;let l=n.length===0;for(let a=i;!l&&a<c;a++)l=xt.has(e[a]??"");n.push(e.slice(c,d)),t.push(c),r.push(d),s.push(l),i=d,c=d}return{text:e,tokens:n,start:t,end:r,sentenceStart:s}}function kt(e){return e.split("-").join(" ").split(" ").filter(Boolean).map(n=>n==="#"?{num:"major"}:n==="#4xx"?{num:"status"}:n.endsWith("*")?{word:n.slice(0,-1),stem:!0}:{word:n,stem:!1})}function Et(e){let n=e.startsWith("^")?e.slice(1):e,t=[],r=[];for(let s=0;s<n.length;)if(n[s]===" ")s++;else{let o=n[s]==="("?n.indexOf(")",s)+1:n.indexOf(" ",s),i=o<=0?n.length:o;r.push(n.slice(s,i)),s=i}for(let s of r)if(s.startsWith(".."))t.push({gap:Number(s.slice(2))});else if(s.startsWith("("))t.push({alts:s.slice(1,-1).split("|").map(kt)});else for(let o of kt(s))t.push({alts:[[o]]});return t}function qs(e,n){return n==="status"?e.length===3&&(e[0]==="4"||e[0]==="5")&&Y(e):Y(e.startsWith("v")?e.slice(1):e)}function Ks(e,n){return n===void 0?!1:"num"in e?qs(n,e.num):e.stem?n.startsWith(e.word):n===e.word}function In(e,n,t,r){let s=n[t];if(!s)return r;if("gap"in s){for(let o=0;o<=s.gap&&r+o<=e.length;o++){let i=In(e,n,t+1,r+o);if(i>=0)return i}return-1}for(let o=0;o<s.alts.length;o++){let i=s.alts[o],c=0;for(;c<i.length&&Ks(i[c],e[r+c]);)c++;if(c<i.length)continue;let d=In(e,n,t+1,r+i.length);if(d>=0)return d}return-1}function Ys(e){let n=e.endsWith("*")?e.slice(0,-1):e;if(n.length===0)return!1;for(let t of n)if(!K(t)&&t!=="'"&&t!=="."&&t!=="+")return!1;return!0}function Xs(e,n){let t=e.find(([r])=>r===n)?.[1];return t||e.push([n,t=[]]),t}function Dt(e,n=[]){let t={words:[],wordStems:[],entries:[],exact:[],stems:[],numeric:[],zh:[],zhStart:[],regexps:[],literals:[],unlessAfterEn:[...e.unlessAfter?.en??[]],unlessAfterZh:[...e.unlessAfter?.zh??[]]};for(let r of e.en){if(Ys(r)){r.endsWith("*")?t.wordStems.push(r.slice(0,-1)):t.words.includes(r)||t.words.push(r);continue}let s=Et(r)[0];if(!s||"gap"in s)throw new Error(`word list entry must start with a word: ${r}`);let o=t.entries.push(r)-1;for(let i of s.alts){let c=i[0];if(!c)throw new Error(`word list entry must not start with an optional part: ${r}`);let d="num"in c?t.numeric:Xs(c.stem?t.stems:t.exact,c.word);d.includes(o)||d.push(o)}}for(let r of e.zh)typeof r!="string"?t.regexps.push([r.source,r.flags.includes("g")?r.flags:`${r.flags}g`]):r.startsWith("^")?t.zhStart.push(r.slice(1)):t.zh.push(r);for(let r of n){let s=r.trim().toLowerCase();s&&t.literals.push(s)}return t}var bt=new WeakMap;function Vs(e){let n=bt.get(e);return n||bt.set(e,n={parts:[]}),n}function _n(e,n,t,r,s,o){for(let i=0;i<r.length;i++){let c=r[i],d=n.entries[c];if(d.startsWith("^")&&!s.sentenceStart[o])continue;let l=In(s.tokens,t.parts[c]??=Et(d),0,o);l>e&&(e=l)}return e}function eo(e,n){for(let t=0;t<n.length;t++)if(e.startsWith(n[t]))return!0;return!1}function Cn(e,n,t,r,s){let o=0,i=t.length;for(;o<i;){let l=o+i>>1;(t[l]?.start??0)<r+s?o=l+1:i=l}if(o>0&&(t[o-1]?.end??0)>r)return!1;if(e.unlessAfterZh.length===0)return!0;let c=r;for(;c>0&&r-c<9&&!xt.has(n[c-1]??"");)c--;let d=n.slice(c,r);for(let l=0;l<e.unlessAfterZh.length;l++)if(d.includes(e.unlessAfterZh[l]))return!1;return!0}function be(e,n){let t=[],{tokens:r,text:s}=n,o=Vs(e);for(let l=0;l<r.length;l++){let a=r[l]??"",A=e.words.includes(a)||eo(a,e.wordStems)?l+1:-1;for(let k=0;k<e.exact.length;k++)e.exact[k][0]===a&&(A=_n(A,e,o,e.exact[k][1],n,l));A=_n(A,e,o,e.numeric,n,l);for(let k=0;k<e.stems.length;k++)a.startsWith(e.stems[k][0])&&(A=_n(A,e,o,e.stems[k][1],n,l));if(A<0)continue;let w=r[l-1],g=r[l-2];if(w!==void 0&&e.unlessAfterEn.includes(w)||g!==void 0&&e.unlessAfterEn.includes(g))continue;let P=n.start[l]??0,y=n.end[A-1]??P;t.push({start:P,end:y,text:s.slice(P,y)}),l=A-1}let i=t.slice();for(let l=0;l<e.zh.length;l++){let a=e.zh[l];for(let A=s.indexOf(a);A>=0;A=s.indexOf(a,A+1))if(Cn(e,s,t,A,a.length)){i.push({start:A,end:A+a.length,text:a});break}}let c=s.length-s.trimStart().length;for(let l=0;l<e.zhStart.length;l++){let a=e.zhStart[l];s.startsWith(a,c)&&i.push({start:c,end:c+a.length,text:a})}if(e.regexps.length>0)for(let l of o.regexps??=e.regexps.map(([a,A])=>new RegExp(a,A))){l.lastIndex=0;for(let a=l.exec(s);a;a=l.exec(s)){if(a[0]===""){l.lastIndex++;continue}if(Cn(e,s,t,a.index,a[0].length)){i.push({start:a.index,end:a.index+a[0].length,text:a[0]});break}}}for(let l of e.literals)for(let a=s.indexOf(l);a>=0;a=s.indexOf(l,a+1))if(!K(s[a-1])&&!K(s[a+l.length])&&Cn(e,s,t,a,l.length)){i.push({start:a,end:a+l.length,text:l});break}if(i.length===t.length)return t;i.sort((l,a)=>l.start-a.start||a.end-l.end);let d=[];for(let l of i)(d.length===0||l.start>=(d[d.length-1]?.end??0))&&d.push(l);return d}function no(e){return e.length>4&&e.endsWith("ies")?`${e.slice(0,-3)}y`:e.length>3&&e.endsWith("s")&&!e.endsWith("ss")&&!e.endsWith("us")&&!e.endsWith("'s")?e.slice(0,-1):e}function to(e,n){let t="";for(let r=0;r<e.length;r++){let s=e[r];if(s.includes(".")||s.length>24){t="";continue}let o=Y(s)?"#":no(s);n.set(`w:${o}`,1),t&&n.set(`w:${t} ${o}`,1),t=o}}function ro(e,n){let t="";for(let r=0;r<e.length;r++){let s=e[r];if(!le(s)){t="";continue}n.set(`c:${s}`,1),t&&n.set(`c:${t}${s}`,1),t=s}}function zt(e){let n=new Map;for(let t=0;t<e.signals.length;t++){let r=e.signals[t];n.set(`s:${r.id}`,(n.get(`s:${r.id}`)??0)+r.weight)}return to(e.tokens,n),ro(e.prose,n),n.set("x:bias",1),n}var _t=`c:\u4E00
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
x:bias`,Ct="HQAGAN3/AwAWAOf/GQD5/+3////7/wUAAAAEAPz/9v8MAP7//v8EAP7////6/wcA+v8GAAAA/P8NAPj/+v8LAPv//P8FAP//AAANAPT/CgD6//3/AwAeAN//AAD7/wUA/f8FAP7/DgD9//X////9/wUA/f8KAPn/AwD8/wIAAQADAPz/DAD5//r//P8IAPz////7/wUA+f8BAAYAGgACAOT/AQAEAPv//f8GAP3/AwD5/wQAAgAGAPj//f/9/wYACAD4/wAABQD9//7//f8HAPz/BgAGAPT/GADv//n/BQD7/wAA9v8KAP///v8FAP3/+P8GAAIA+/8HAP7/+/8FAAEACAATAOX/CAD6//7/+v/6/wsA+P/7/w0ABgD2/wQABwD///r////9/wQAEQD0//v/EQD0//v/9P/t/x8ABAD8/wEAAwD3/wYAAwD3/wYAAQAJAPb/BgD5/wEA9v8CAAcABwAAAPn//P8DAAEA/P8DAAEABwADAPb//v8GAPz//f8IAPv//v/9/wYAAwAEAPn/AwAFAPj/+P8PAPr/BQD3/wQABwD4/wEA///6/wcA/v/+/wQA/v/+/wQABgD4/wMA//8EAPz//v8GAPz//v8GAPz/9v8OAPz/AQAEAPv/+/8EAAEA+/8GAP///v/+/wQA9/8OAPv/BgD6////BQD5/wIA//8HAPn////7/wUA+//+/wcA///7/wYA/v8FAPz/CAD4/wAACAD4////BgD///v////6/wgA5P8MABAA4v8VAAkA+f/2/xEA///9/wUA+P8KAP7//v8FAP3/9/8JAAAA+f8HAAAA+v8IAP7//f8GAP3/+v8HAAAA+/8RAPT//f/7/wgA/f/7/wgA///7/wcADAD1////AAD6/wcA//8HAPv//P8HAPz/+f8LAP3/+/8JAPz/+/8JAPz/7P8IAAwA/f8KAPn/BAAAAPv//f/8/wcA/f///wQACQD4//7//P8PAPX/AAAEAP3//v8MAPb/CgD7//v/CQD7//v/BAAHAPX/CgD5//3/+v8OAPj/AAAHAPn/AAAHAPn/BAD8/wAAAQD8/wMA3f/3/ysA+/8BAAQA/f8MAPf/+P8KAP//+/8FAP//+/8CAAIA7/87ANf/FgDz//f/+v8BAAUAAQAEAPz///8HAPr/+v8IAP//+v/6/wwA9v8TAPf//v/4/wkA///8/wUA/v/5/wgAAAD7/wYA7P/5/xsA7//2/xsA/P8GAP7/+//3/w4ACAD4/wAA+v8IAP7/AAAGAPr/+f8EAAMA/P///wUA/f8FAP///f8FAP/////+/wQA9v8PAPv//v8EAP7/+f8MAPv//f8FAP7/9v8UAPb///8FAPz///8FAPz/AAD8/wQAAQAKAPb/AQAIAPb//f/7/wgA/P8HAP3/BQD8////BgD7/wAA/v/y/xEA///8/wUA/f/3/wwA/v8KAPj/6f8OAAkA/f/9/wUA9v8GAAUABgD8//7/EQD5//b/BAD8/wEA/v8JAPn/AwD7/wIABQD7/wAABgD8//7/8v8LAAMABwACAPf/DAD6//r/9f8KAAEA/f8HAPz/DQD2//z/AAD9/wQACgD8//r/AwD8/wEACwD6//z/CwD6//z/AwD3/wYAAAD6/wcAAAD2/woAAAD4/wgA8f8ZAPb/+v8LAPv/9P8LAAEAAAAFAPv////4/wkA+v8AAAYA///9/wQA/f8FAP7/+f8DAAMA7/8QAAEA9f/7/xAA///7/wYA///7/wYA/P8HAP3//f8FAP7//v8GAPz/+////wUA+//8/wkA/f8EAP7//P8MAPj/6f8IAA8A///3/woAAAD8/wQAAAD8/wQA+/8FAAAA/P8KAPr/+v8IAP7/+f8IAP//+/8DAAIACgD8//v//P8IAPv/CgD7//z/AAAEAPz/5f8VAAYA+f8IAP/////7/wYA+P8LAPz/+v8CAAQA+f8CAAUA/P8EAP///P8GAP7/BwD7//3/BQD7/wAA/P/3/wwA///4/wkAAAD8/wUA//8EAPz///8FAPv//f/5/wkA/f/6/wkAAQD8/wQA/v/+/wQAAQD8/wMAAwD3/wcAAAD8/wUA+P8LAP3/+f8HAAAACQAAAPf/CQD9//r/DAD///X//f8EAP//+f8GAAEA/P8LAPn//P8LAPn//f8EAP//AQADAPz/AwD7/wIAAQD8/wMAAAD8/wQA+f8OAPn//v8IAPv//v8NAPX//f8EAP//AQAGAPn/AgACAPz/9P8MAAEA/P8HAP7/AgABAPz/+v/7/woAAAD8/wQACQD5////BgD7//7///8KAPb/9/8DAAYA+/8HAP7//v/9/wQAAAD8/wQAAAD8/wUA//8EAP3/9v/6/xAA+P/9/wsA+f8GAAEA/P8HAP3/9v8CAAgA+v8HAP///f8EAP//9v8BAAkACAD7//7/BwD7//7/AAD6/wcA/f8GAP3//f8GAP3/7//5/xgACwD1////DAD1////BgD8//7//v/6/wgA/v/9/wYA/P8JAPv//P8BAAMA/v8EAP7//f8FAP7/+v8GAAAACQD+//n/BgD5/wEA6/8BABQA/f8EAP//BQADAPj/9v8OAPz//f8FAP7/+//9/wgAAAD9/wQA+v8JAP3/AwASAOv/AAD9/wQA+/8RAPT//v8LAPf///8EAP3/+v8NAPr//P8MAPj///8JAPj//v8HAPv//f8EAP/////8/wUA/v/+/wQA9f8DAAgA///8/wUA/v/8/wYA/v8FAP3/9v8MAP7/BAAJAPT/BAD3/wUACAD0/wMA8/8DAAkA+v8GAAAA/P8DAAEABQD7/wAA7/8XAPr//f/8/wcA9P8UAPj/AAD9/wQACAD5/wAAAAD7/wUABgAKAPD/BwD///r///8EAPz/AAAFAPv//v/5/wkA9/8HAAMA9/8HAAMAAwAIAPX/AwAIAPX/+//+/wcA+P/9/woABQAEAPf/BgDz/wcA+f///wcA9/8OAPv/BQD9//7/8/8DAAkA+v8HAAAA/f/4/wsA/v/4/woA/v/+/wQAAwAIAPX/AgAHAPf//P8QAPT//f8GAP3/+P8ZAO7/AAAFAPz/9v8KAAAA/P8EAP///f8SAPH///8HAPn////+/wQACQD6//3/AwANAPD/BgD8//7/+/8NAPj/+/8NAPj//f8MAPf//f8NAPb//v8IAPr//f8KAPn//P8CAAIA/f8LAPj/+//4/w0A/P/7/wkACgD8//r//P8EAAEAAgD3/wcABwAAAPr/9/8OAPv/9f8TAPj/+f8JAP7/9/8JAAEA/P8AAAQA9v8MAP7//f///wQA/v8GAPz/9////wsA+P8IAAAA+/8OAPf//v8GAPz//P8NAPf//f8FAP7//v8FAP7/+v8HAAAA//8FAP3/+v8PAPf/AAD6/wYA/P8BAAMA+//7/woA+P8MAPz/9f8DAAgA+f8IAP//AAD9/wQAAAD9/wQABQD7/wAAAgD8/wMAAAD9/wQA/f8LAPj//f8KAPn/+/8HAP3/AwD8/wEAAQADAPz//v8EAP7//v/4/woABQD5/wIAAAD9/wQA/v8ZAOn/BwARAOj/8//5/xQA8f/5/xYA///9/wQA///9/wQA/P8JAPz//P8AAAQA/P8AAAQA/P8BAAMA/P8BAAMA+P8AAAkA+P/7/w0ABAD9////AgAFAPj/9f8HAAQA/f8GAP3/9/8KAP//AwD7/wIA9v8AAAoA9v8AAAoA///4/wgA+/8IAP3//P8HAP3/+v8JAP7////9/wQA/P8KAPr/+P/8/wsA9P8DAAkA+f8JAP7/9v/+/wwABgD8//7/BAD8/wAA9v8JAAEAAAAGAPr/AQD7/wQAAQD8/wMA+/8FAAAA+f8HAAAA//8GAPv//v/8/wYAIQD5/+b/BgD9//3/DAD0/wAA/f8EAAAAAAAGAPn/AAAGAPr/+/8GAP//AAD7/wYAAAD7/wUA///+/wQAAQD5/wYA/P8CAAIA/f8FAP7/7P8YAPz/9/8KAP7/AQAHAPj//v///wQACQDy/wUAAwABAPz/AwAEAPn/9/8VAPT//v8GAPz//v8GAPz//v/8/wcA/v/9/wUABAD8////CAAEAPT/AAAIAPj//v/6/wkACQD3/////f/7/wgA/v8EAP7/AAD9/wQA9/8EAAUAAAD8/wQA/P/9/wcA//8GAPv/AAAEAPz/AwD7/wEABwABAPj//v/9/wQA+v8BAAUA6f8YAP//8P8RAP//AwD0/wkA///5/wcA9v8IAAIABwD7//3/7//y/x8A7//5/xgACgDn/w8A///6/wYA+////wYAAgADAPv/AgAEAPr/8P8PAAAA9/8JAAAAFgD5//H/AAAFAPz/AwAEAPn/AwAEAPn/AAAOAPL/9/8JAAAA9/8JAAAA/P8EAAAA/f8GAP3/+f8IAP////8EAP7/8v8OAAAA/f8EAP7////6/wYA/f8HAPz////8/wUA8P8FAAsA///+/wQA/P8IAPz//P8IAPz/+/8DAAIA/P8DAAEAAgAFAPr//v8GAPz//v8GAPz/9v8WAPT//f8JAPr/8/8NAAEA5/8TAAYA//8FAPz////9/wQA//8EAP3//f8IAPv/AAD8/wQA//8EAP7/6/8FABAAAAD5/wcA+/8GAP//AAAHAPn////3/woAAQD5/wYAAQD5/wYAAAAGAPr/BQAGAPX/AAAGAPr/BwD3/wIABgD8//7////7/wYABAD8/wEA+f/9/woA/P/9/wcACwACAPT/8P8MAAMA+f8MAPv/+f8AAAcA/P8AAAMA/f8FAP7/AAD6/wYA///9/wQABgAQAOr/BwD3/wIABgD7//7/9/8KAAAABQD8/////f8KAPn//f8KAPn/9f8TAPj/BwD+//v/BAD///7/+f8IAP//AAD8/wUA9v/8/w4A9////woAAAAEAPz/AAD9/wQA/f8FAP3/AAAFAPv/AQAFAPr/BQD6/wEA+/8BAAQA+v8HAP//AQD8/wMA9v8NAP3/+P8JAP//BwD5/wAA+/8FAAAA+v8IAP//+/8KAPv//f8IAPv/+v8HAAAA/P8DAAEA/f8EAP///v8GAPz//v8GAPz/AwDz/woA+//4/w0ACAD8//z/9v8PAPr/BwAAAPn///8HAPr///8HAPr//f/7/wgA///8/wQAAAD7/wUAFwD8/+3/BAD9/wAAEQD9//L//v8IAPv/AQAFAPr/AAD6/wYA8/8RAPz//f8HAP3//P8AAAMABwACAPf//f8EAP//+v8AAAcA/v/+/wQA/v8EAP7//v8EAP7/BQD9//7//f8HAP3/BQD9//7/+/8JAPz//P8FAP////8EAP3/+P/0/xQA+////wYA+P/+/woABQD6/wEA+f8JAP///P/9/wcA9P8HAAUA9v8HAAMABAD8////DQACAPH/EQD8//P/9f8QAPz/AAAKAPf//P/2/w4A/f8LAPj//P8LAPr//P8FAP//AAAEAPz/BwD0/wUA/f8KAPn/BAAJAPT/AAD9/wQABQD9//7/BQD+//3///8OAPP/+/8HAP7/AQD8/wMA9/8JAAAA+/8EAAAA/f8HAPz//P8HAP7//P8HAP7////7/wcA/v/7/wYACwD8//r/CwDy/wQAAAD7/wUA///9/wQA+v8IAP//+v8IAP//8f/9/xIA+v8LAPr/AAD4/wgAAAD4/wgA9f8TAPf/+v8OAPj/BAD9////BAD8/wAA+v8NAPn/+/8VAPD//f8GAP3//f8FAP7//P8GAP7/+/8GAP//+/8FAP//BQD9//7////8/wUA/v8FAPz////+/wQABgD0/wYA9/8KAP//BAD9/wAABwD5////BwD+//v/BwD+//v/3f9EAN//5/8gAPj/AwATAOr/wv/d/2EA4v89AOH/4P8ZAAcACQAKAO3/nP9HABwAz/8iAA8A4P8gAAAAxP8TACgA2v/i/0QAx//3/0IAyf/t/0oA4f/1/yoAGAAvALn/sf8uACEA2P8cAAwAFQD3//T/BwD5/wAADQDq/wkA/f8IAPv/AAD3/wkA7v8jAO7/+f8JAP//BAD+//7//v8EAP7//f/8/wcACQDv/wgAAAD8/wQA/P8HAP3/BAABAPv/+P8MAPz////8/wUABAD6/wIAAwD7/wIABAD+//7/9/8RAPj/+/8KAPv//P/9/wcA/f8FAP7/+f8IAP7/BQD6/wEA/v/+/wQAAAD1/wwAAAAHAPr///8GAPv/AQADAPz/GQDp//7/+P/9/wsA9/8BAAgA//8GAPv/+v8JAP3//P/6/woA///w/xEA///8/wQA/P8KAPr/+P8SAPb/AAAGAPr/EgAOAN//IAD+/+L//v8GAPz/+P8LAP3////8/wQAEQDx//////8EAP3//v8GAPz/AwADAPr///8EAP3/+v8IAP//9P8EAAgA9v8JAAEA///9/wQA9v8JAAEADAD6//v/BgD7/wAA+v8UAPH/+/8HAP7/AAD8/wQAAAD8/wQAuP8ZAC8AAwAEAPr/9v8LAAAA/f/7/wgA+////wYA/v/9/wUA///5/wgAAAD7/wUAAAD1/wsA///7/wYA+v8RAPb/+P8LAP3/7P8XAP3/BwD///r//v8LAPf/AwAJAPT/+/8IAP3/CAAAAPj/8P/9/xMA8P/9/xMABgD6////6/8cAPn/+P8QAPj/BwAAAPn////0/wwA/v/8/wYA1P8HACQA/v/5/wkA+v/8/woA///8/wUA///7/wYA/v/2/wwAAAD6/wYADQD5//r/CwD9//n/BQAGAPX/EQD0//z//v8JAPr///8EAP7/AAD6/wYAAADv/xEACQAAAPj/AAD9/wQACAD2/wIA/f8KAPr/9v8AAAoA9/8SAPf/+f8BAAYA8v/6/xQA+/8HAP7/9/8CAAcAAAD8/wQABAD5/wMA9/8QAPj/+v8HAAAA/f/2/w0ABwD3/wMA/P8JAPv/+//3/w4A/P8KAPn/AAAGAPv/DgD0//7/AAD8/wUA///7/wUA/v8HAPv///8EAPz//P8KAPn//v8FAP7/+f/8/wwA+P/0/xQA///4/wgAAwAFAPn////2/woAAAD8/wQAAAD5/wcA///4/wgA/P/9/wcA+/8PAPb//P8GAP7///8SAO//CgD4//3/+v8JAP3/+/8CAAMAAAD8/wQAAgD6/wQA///8/wQA9f8MAP//AQAHAPj/AAAGAPv/EQDn/wgADAD5//v/CQD6//3//v8GAPz///8EAP3/AAD8/wUA+f8EAAMAFQDv//z/+//5/wwA///7/wYAIADp//f/GgD3/+//AAD7/wUAAQANAPL//v/+/wQAAAAHAPn//P8NAPb//P8DAAEA9v8VAPX/+/8FAAAA+v8KAPz/+/8GAP//+f/7/wwA/f8EAP//AwD2/wcA///4/wkA/P8OAPb/DQD4//r/9P8hAOv/BAAAAPz/+f8IAP//AADv/xEAAAD2/woA+/8GAP//CwD4//3//f8FAP7////6/wcA//8FAPz/+P8MAPv//v/8/wYA//8GAPv/+/8JAPv//v8GAPz//v8FAP7//v8FAP7/AAD6/wYA//8JAPj////6/wYA+v8HAAAAAQD6/wUA/v/2/wwA/f/+/wQA/f/9/wYA/v/2/wwA+v/y/xQA///6/wYA7v8EAA4A6v/+/xgA+P/1/xMAAQAGAPn//P8FAP//CwD2/////f8EAP//BgD1/wUAAAD8/wQA/f8EAP7/EAACAO7/CAD9//v//v/6/wgAAAAEAPz/DQD4//v//v/8/wYA/v8EAP7/+P8KAP7/BAD9///////7/wYABQD8//7/BAD9//////8IAPn/EwD3//X/EwD3//X/+v8HAP///v8FAP3/+//3/w4ABQD3/wQA///9/wUAAAAHAPn/BwD8//3/AwAHAPX/EwDy//v/BQD8////+v8PAPf/+v/u/xkAEgD5//X/BAABAPv//P8DAAEAAAD8/wUA+P8NAPr/+P8UAPT/+/8FAP/////4/wgA///4/wgABgD9//3////6/wcA+////wYA/v/5/wgA/P8GAP7/+P8PAPr/BgD7////+P/+/woA//8EAP3/BQD3/wMAAAD8/wUA+/8OAPf////8/wUA/v8FAP3/AAD8/wQAAAD8/wQA///3/wkA///5/wkA///5/wkABgAJAPH/AAD4/wgA/f8HAPv/9v8OAPv/+v8ZAO3/BQD9//7//v/9/wUA/f/8/wcA7v/q/ygA+//2/w8A+f8EAAMA+f8RAPb//f8GAP3/+////wYA/v8FAPz/AwD7/wIA+P/+/woA//8HAPn///8EAP3/DQD4//v///8EAP3///8EAP3//v8GAPz///8FAPv//P/+/wYA9v8OAPz/9P8XAPT//P8HAP7/+/8IAP3//f8GAP3//v/5/wkA/v/9/wUA/P8EAAAAAAAHAPn/BQAJAPH/+/8KAPv/+f8JAP7/+v8IAP7//v8IAPv/+v/+/wcABgD9//3/9v8VAPX/6P8XAAEA+P8NAPv/CwD4//3/DQD1/////f8GAP3//P8AAAQABAACAPr//v8FAP3/BgD8//7/BgD9//7/+/8FAAAABgADAPf/AAD8/wQA///5/wkA7/8LAAYA+v8OAPj/+/8aAOv/+/8TAPH//P8LAPn/BgD8//3/9//8/w4ADAD4//3//v/9/wUAAAANAPP/9f8CAAkA+f8TAPX/AAD7/wUA+//9/wgABAACAPv/+P8UAPT/+/8OAPf/BQD///z//P8GAP3//f///wQA/P/8/wcA+/8KAPr/+/8LAPr/CgD7//z/AQAFAPr///8GAPv//v/8/wcAAQADAPv/AAD7/wUA9v8DAAcA/f8EAP///v8GAPz/+//9/wcAAAD8/wQABgD+//3//f8HAPz/AwD3/wYA/P/4/wwA/v/7/wcAAQD1/wsAAAD6/wYAAAAIAPj/9/8QAPr/DQD0/////f8OAPT/4//7/yIA/v8GAPz//v8FAP3//v8FAP3/AAAGAPr////4/wkA9v8PAPv/DAD3//7/AgD7/wMADAD5//v/BAD+//7/DwD3//r/BQD+//3//f8EAP7/AwAIAPT//v/+/wQA9v8RAPn/9/8PAPr/7P8KAAoA+f8KAP3/DQD6//n/LgDs/+b/+v8DAAMA//8FAPz/BQD///z/9f8UAPf/9//0/xUADAD2//3/DAD2//3/BQAFAPb///8FAPz/BwD9//z/BQD1/wYABgABAPn/BgABAPn/7P/9/xcA/P8AAAQA/f/7/wgA/P/x/xQA+v8HAP////8EAP3/9/8MAP7/CQABAPb//P8FAP////8EAP3/CAD6////EQAKAOX///8HAPn//P8GAP///v8IAPr/BwAJAPH/AAAEAPz/CwD8//n///8EAP3////9/wQA///8/wQA///5/wgABQD9//7//v/3/wsABAD+//7/+f8QAPf/GADs//3/BwD///r/BwD9//z/+P8HAAEAEQD///D/AAAEAPz//v/5/wgA+P8NAPv/9////woA+v8HAP///P///wUABQD7/wAA/v8MAPb/+P8JAP7/AAD9/wQABgD8//7/9v8IAAIAAAD8/wQA/f8FAP7/+v8SAPT//v8IAPn/AQAVAOr/AwAFAPj/EgDz//r/DwD0//7/BgD6/wAAAwD6/wMA//8PAPL//v8GAPz//v8GAPz//v/0/w4A9v8QAPr/+/8HAP7/9v8DAAcACQDz/wUAAAAGAPv//f8EAP7/AwD4/wUA///5/wgA/f8ZAOv/AgADAPv////y/xAA/P8CAAIA//8NAPP/CgD+//j//f8KAPr//P8CAAIA/v/8/wUA/v/8/wUA+P8KAP7/AAD8/wUA/v8SAPD//f8IAPv/AAAIAPn/+//+/wcABQAAAPv/BAD+//7//v/6/wgABwAAAPn/BAAIAPT////0/w0ABAD3/wUAAgAEAPr//f8GAPz/FADy//r/CgD7//z/BQD5/wIA+P/7/w0A9v8QAPr/BwD6////BAD6/wIABAD+//7///8IAPr////8/wUA/v8JAPn/+P/6/w4AHQACAOH/AAAEAP3//f8FAP7/+v8KAPz///8EAP3/EQD1//r/+/8FAAAA/f/8/wcA/P/5/wsA/P/6/woA8/8bAPL////3/woA+//5/wwAAAD9/wQA+/8KAPr/CAD4/wAA5//t/ywAAAD9/wQA/f/6/wkA+//8/wkA///x/xAACwD8//n////8/wYABgD9//z/AwAFAPj/BgD3/wMA/P///wUA9/8KAP7/AAD7/wUA/v8KAPj/BgD7/wAA+f8TAPX///8LAPb/AAD4/wgA/v/5/wkA/f8IAPv/BAD+//7//P///wQA+v8MAPr/AAAIAPj/BgACAPj/CwD7//r/DQD4//v/EQD0//v/AwAEAPn//v/1/w0ACgD+//f/CAD6//7///8EAP3/+P/8/wwAAAD9/wQABQD8////AQADAPz/AAD8/wQA//8HAPr/BQDz/wcAAADw/xAA/f/9/wYAGQD1//L/AgD7/wQA///7/wYA+P8GAAIABgAJAPH//P8GAP//CADx/wcADwD4//n//v/y/xAAAwACAPv////8/wUAAAD5/wgAAgDz/wsA+//9/wgABAD///3/BwACAPf/+/8FAAAA/f/+/wYAAAD8/wQA/v/8/wYABwD6////7f/q/ykAAAD4/wkACQADAPT/+/8GAP///v/2/wwAAAD4/wgAAgABAPz/8P8qAOX/+P8QAPj//v/5/wkA/v8IAPn//v8EAP///P8GAP//+v8OAPn/AQD6/wUA+v8GAAAA/v/+/wUA/v8LAPf/6f/0/yMA+v8LAPz/9v8AAAoAAAAFAPv/+/8IAP3/AAD4/wgA/f/u/xYA//8HAPn/AAD1/wwAAAD6/wYABAD4/wQA+v8HAP//+P8LAP3/+f8MAPv/+//0/xEA8/8HAAYA/P8BAAQA/v8FAP3/AAD8/wQAAAD7/wUAAAD8/wQA///3/woABgD0/wYA/P/8/wgA/P8GAP3/+v8AAAUA/v/3/wsA///9/wQA///3/woAAgD6/wQA9/8FAAQA+/8AAAQA/P8HAP3///8HAPr//v/4/woAAAD6/wYAAAD8/wQA///4/wkABwD///v/BQD7/wAA/f8KAPn////5/wgA/v/9/wUA/P8DAAEAAwD8/wEA/P8AAAQAAAD3/wkA///7/wYABgD9//3/+v8WAPD/+v/4/w4AAQD7/wMA9v8RAPn/AAAIAPj///8FAPz/BgD7/////f/1/w4A/v/3/wsAAAD4/wgAAAD8/wQA///0/w4A+f8JAP7/+P8EAAQA9P/8/xAA9f/5/xIA/P/6/woA+P8QAPj/+f8QAPf//v/4/wkA/f///wQA7P8dAPf/CQD4////CwD2////CAD9//v/BwD+//v//v///wQACQDy/wUA///6/wcA+//9/wgA/v/2/wwA/v/4/woA9/8PAPn//P8FAP//9v8YAPL//v8EAP//AAD2/woA/f8EAP//+P8BAAcA/P/4/wsA/v/8/wYA+/8LAPr/+//6/wsA9f8QAPv/AQAGAPn/BQD9//7/+/8KAPv/+/8GAP7/+P8FAAMAAwALAPL/+f8LAPz//v8LAPf//v8LAPf/8//+/w8A8//1/xgABwD9//z//v8FAP3//v8EAP7/+v/8/wsA9v/1/xUA/P8CAAIAAAD7/wYABAAFAPj/+f8GAAEADAD///X/AAD6/wYA/P8FAP7/9f8CAAkA///+/wQAAADy/w4A/f8LAPj//f8HAPz/BwD7//7/AAAFAPz/AAD9/wQA///4/woA+/8GAP////8MAPX//f8GAP3/8/8NAAAADAD1//////8EAP3/AQD6/wUAAAAIAPj/BgD9//3///8HAPr/+v8VAPH/+////wcA//8GAPv/+/8HAP7/+P8LAP3//f8GAPz/9P///w4AAAD8/wQAAwD1/wcACQD9//n//v8FAP3/+v8UAPL//v8FAP3/+//5/wwA+//6/wsA/v8GAPz//P8IAPz/DgD///P/CAD8//3/7f8jAO//9v8PAPv//v8GAPz//P8JAPv/+v8KAPv/BwD8//3/BwAHAPP/AAD4/wgAAAD6/wYA//8GAPv/8v8WAPj////3/woA///8/wQABQABAPr/DQD2//3/CQD///j/BAAIAPT/AQADAPz/CAD6////CAD6////CgDv/wYA+/8HAP3//v/+/wQAAAAEAPz///8GAPv/8P8LAAUA8/8BAAwAAAD8/wUAAAD8/wUACAD2/wIACQD4//7/6P8xAOf/9f/6/xEA///+/wQABQD7////AgD8/wIA8/8LAAIAAAD8/wQAAgADAPv/9P8PAP3/AgAIAPf//v8EAP7/BQD8////DgD///P/+P8KAP7//v/9/wUAAADx/w8ABAD///3/BgD5/wIABwD9//z/DgD1//3//f/5/woA//8KAPb/+v/4/w4A/v8EAP7/+P///wkA9P/0/xgA5/8ZAAAAAAAKAPf////9/wQA///6/wcA/P8CAAEA/f8GAP3/AQD8/wMACgD6//z/CgD6//z/+f8KAP3/AAAJAPf/EwAZANT/CgAIAO7//v8LAPj/CQD6//3//P8HAP7/+/8HAP7//P8OAPb/CQALAO3//v8EAP7/BAD9////CQAaAN3/9v8IAAIAAAD7/wUA8f8DAAwA+v/+/wgADQD2//3///8EAP7/+v///wgA/f8FAP7//v/3/wsA9f8OAP7//P8AAAQA+P/7/w0A/P///wQA///5/wgABAD9/////v8GAPz//f8RAPP/BQD+//3/DQD1////+f8FAAMA+/8DAAEA/v8EAP7///8EAP3/BAD9////AwACAPr/+/8LAPr//v8JAPn/FQADAOj//f/8/wcA/v8IAPr////9/wQABADw/wwAAgACAPz//P8HAP3//P8KAPr/AgD6/wQA/v8EAP///f8EAP7//f8HAP3/BAD9////9v///wsA9P8OAP7//v/9/wUA+v8KAPv/+f8DAAMA+v8MAPr///8HAPr//P8KAPv/BQAEAPf/+P8FAAMA+P8BAAcA//8FAPz/+v/1/xEA/v8JAPn//v/8/wYA///6/wcA8v8JAAUA+v8BAAUABwD2/wQABAD2/wYA//8GAPv/BAAFAPj//f8GAP7/AQD8/wIA8/8GAAcADgDy/wAA/P8HAP3//P8GAP7//v8FAP3/AADu/xIAHgDi/wEA/P8BAAIA/v8FAP3/8v/6/xQAAAD8/wUA/v/9/wYA/f/3/wwA3f8xAPL/BgD6/////f/9/wYACAABAPf//v8EAP7/+v/2/xAA///3/woA///9/wQA/P8IAPz/AAAJAPf/+f8IAP//AAD8/wUA9/8QAPj//P8FAP7/6f8XAAAA9/8AAAkABgD6////BgD+//v/EwDx//z/EwDx//z//v/7/wcA/f8JAPr//v8EAP7//P/8/wcA/P8SAPL/AAAOAPH//P/8/wgA9f/y/xgA/f/+/wUA/P8FAP7/DAAEAPD/BgAFAPX//v/z/w4A5v8XAAMAAAAFAPv//v8IAPr/9v8SAPj//v8FAP3//f8HAPz/BQD8//7/BQD8//7/EAD+//H/AAD6/wYAAQD5/wcA/P8HAP3//v8IAPv///8EAP7/+//8/wkACQAJAO7//v8EAP7///8KAPf/AAD8/wQAAwD6/wMA+/8HAP3//f/8/wcA/f/3/wwA/P/4/wwA+//9/wgABgD+//z////5/wcABgD+//z//v/3/wsABwD0/wQA/f/9/wYA///7/wYA///6/wcABQD9//7/AgAEAPr/KgDq/+3/CwD9//n/DgD1//3/CwD6//v/CwD6//v/4/8qAPP/+f8KAPz/+/8GAAAA9f8QAPv/BwD8//3/9f8NAP7/+v/1/xEA+v8NAPn/7////xIABQD7////AQAEAPv/+f8JAP////8EAP3/+/8OAPb/+f8JAP3/9f8EAAcA9f8AAAsA7/8gAPH//v/7/wYA///5/wcAAgAMAPL/BQAGAPX/+/8LAPr//f/+/wYACwD8//n/CwABAPP//P/8/wcAkQCz/7z/";var It=["simple","medium","complex"],so=100;function oo(e){let n=e?1:0;for(let s=e.indexOf(`
`);s>=0;s=e.indexOf(`
`,s+1))n++;let t=new Int32Array(n+1),r=0;e&&(t[r++]=0);for(let s=e.indexOf(`
`);s>=0;s=e.indexOf(`
`,s+1))t[r++]=s+1;return t[n]=e.length+1,t}function io(e,n,t,r){let s=Math.min(t-n,r.length);for(let o=0;o<s;o++){let i=e.charCodeAt(n+o)-r.charCodeAt(o);if(i!==0)return i}return t-n-r.length}function co(e,n){let t=oo(e),r=Buffer.from(n,"base64");return{get(s){let[o,i]=[0,t.length-2];for(;o<=i;){let c=o+i>>1,d=io(e,t[c],t[c+1]-1,s);if(d===0)return[0,1,2].map(l=>r.readInt16LE((c*3+l)*2)/so);d<0?o=c+1:i=c-1}}}}var ao;function lo(){return ao??=co(_t,Ct)}function $t(e,n=lo(),t=[0,0,0]){let r=[...t],s=[];e.forEach((w,g)=>{let P=n.get(g);if(P){for(let y=0;y<It.length;y++)r[y]+=w*P[y];s.push({feature:g,value:w,w:P})}});let o=[0,1,2].sort((w,g)=>r[g]-r[w]),[i,c]=[o[0],o[1]],d=r[i],l=r.map(w=>Math.exp(w-d)),a=l.reduce((w,g)=>w+g,0),A=s.map(({feature:w,value:g,w:P})=>({feature:w,value:g,push:g*(P[i]-P[c])})).filter(w=>w.push!==0).sort((w,g)=>Math.abs(g.push)-Math.abs(w.push));return{level:It[i],probabilities:l.map(w=>w/a),contributions:A}}var Ot=`{"scope":{"words":[],"wordStems":["refactor","architect","rearchitect","migrat","redesign","rewrit","overhaul","restructur","monolith","microservice","shard","replatform","decoupl","modularis","modulariz","rework","reimplement"],"entries":["re architect*","micro service*","re platform*","re implement*","(upgrad*|mov*|switch*|port*|go*) ..8 from ..4 to"],"exact":[["re",[0,2,3]],["micro",[1]]],"stems":[["upgrad",[4]],["mov",[4]],["switch",[4]],["port",[4]],["go",[4]]],"numeric":[],"zh":["\u91CD\u6784","\u67B6\u6784","\u8FC1\u79FB","\u8FC1\u5230","\u8FC1\u81F3","\u91CD\u65B0\u8BBE\u8BA1","\u91CD\u5199","\u91CD\u505A","\u6539\u9020","\u89E3\u8026","\u62C6\u5206","\u5355\u4F53","\u5FAE\u670D\u52A1","\u5206\u5E93\u5206\u8868","\u5206\u7247","\u6A21\u5757\u5316"],"zhStart":[],"regexps":[["\u4ECE[^\uFF0C\u3002,\\\\n]{1,30}(?:\u5347\u7EA7\u5230|\u5347\u5230|\u6362\u5230|\u5207\u5230|\u5207\u6362\u5230|\u8F6C\u5230|\u8F6C\u6210|\u6362\u6210)","g"]],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"shift":{"words":[],"wordStems":[],"entries":["replac* ..6 with","replaced by","switch* ..4 to","port* ..3 to","convert* ..5 to","upgrad* ..4 to #","extract* ..8 into","split* ..8 into","split* ..4 out"],"exact":[["replaced",[1]]],"stems":[["replac",[0]],["switch",[2]],["port",[3]],["convert",[4]],["upgrad",[5]],["extract",[6]],["split",[7,8]]],"numeric":[],"zh":["\u66FF\u6362","\u6362\u6210","\u6362\u6389","\u8FC1","\u62C6\u51FA","\u62C6\u6210","\u62BD\u6210","\u62BD\u51FA","\u62BD\u79BB","\u5347\u5230","\u6539\u5199\u6210"],"zhStart":[],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"cross":{"words":["whole","entire","across","everywhere","codebase","monorepo","globally","throughout"],"wordStems":[],"entries":["code base","codebase-wide","project-wide","app-wide","system-wide","every ..2 (endpoint|endpoints|service|services|file|files|module|modules|component|components|query|querys|api|apis|route|routes|page|pages|table|tables|package|packages|handler|handlers|controller|controllers|model|models|screen|screens|operation|operations|request|requests|call|calls|caller|callers)","all ..3 (endpoints|services|files|modules|components|queries|apis|routes|pages|tables|packages|repos|handlers|controllers|models|screens|callers|usages|operations|tests|clients|apps)"],"exact":[["code",[0]],["codebase",[1]],["project",[2]],["app",[3]],["system",[4]],["every",[5]],["all",[6]]],"stems":[],"numeric":[],"zh":["\u6574\u4E2A","\u5168\u90E8","\u6240\u6709","\u5168\u5C40","\u5168\u7AD9","\u5168\u91CF","\u5404\u4E2A","\u6BCF\u4E2A","\u9010\u4E2A","\u5168\u9879\u76EE","\u5168\u9762","\u7EDF\u4E00"],"zhStart":[],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"featureStrong":{"words":["introduce","develop"],"wordStems":["implement","design","integrat"],"entries":["build (a|an|the|our|new|out)","set up"],"exact":[["build",[0]],["set",[1]]],"stems":[],"numeric":[],"zh":["\u5B9E\u73B0","\u8BBE\u8BA1","\u642D\u5EFA","\u5F00\u53D1","\u96C6\u6210","\u63A5\u5165"],"zhStart":[],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"feature":{"words":["add","adding","write","create","support","i18n","localisation","localization","enable","allow"],"wordStems":["internationalis","internationaliz"],"entries":[],"exact":[],"stems":[],"numeric":[],"zh":["\u65B0\u589E","\u65B0\u5EFA","\u52A0\u4E00\u4E2A","\u52A0\u4E2A","\u505A\u4E00\u4E2A","\u505A\u4E2A","\u652F\u6301","\u589E\u52A0","\u6DFB\u52A0","\u5199\u4E00\u4E2A","\u5199\u4E2A","\u56FD\u9645\u5316","\u591A\u8BED\u8A00"],"zhStart":[],"regexps":[["\u7ED9[^\uFF0C\u3002,\uFF1B;\\\\n]{1,24}?\u52A0","g"]],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"systemNoun":{"words":["system","subsystem","platform","framework","engine","pipeline","infrastructure","scheduler","gateway","protocol","layer"],"wordStems":[],"entries":["(service|services|module|modules|sdk|sdks|queue|queues|worker|workers)"],"exact":[["service",[0]],["services",[0]],["module",[0]],["modules",[0]],["sdk",[0]],["sdks",[0]],["queue",[0]],["queues",[0]],["worker",[0]],["workers",[0]]],"stems":[],"numeric":[],"zh":["\u7CFB\u7EDF","\u6A21\u5757","\u5E73\u53F0","\u6846\u67B6","\u5F15\u64CE","\u4E2D\u95F4\u4EF6","\u961F\u5217","\u8C03\u5EA6","\u7F51\u5173","\u534F\u8BAE","\u65B9\u6848"],"zhStart":[],"regexps":[["\u670D\u52A1(?!\u7AEF|\u5668)","g"]],"literals":[],"unlessAfterEn":["existing","current"],"unlessAfterZh":["\u73B0\u6709","\u5DF2\u6709","\u73B0\u5728"]},"artifact":{"words":["cron","middleware","cache","caching","class","classes","validation"],"wordStems":[],"entries":["(endpoint|endpoints|api|apis|route|routes|page|pages|screen|screens|component|components|command|commands|flag|flags|option|options|field|fields|column|columns|table|tables|form|forms)","(button|buttons|toggle|toggles|script|scripts|job|jobs|webhook|webhooks|handler|handlers|plugin|plugins|workflow|workflows|dialog|dialogs|modal|modals|shortcut|shortcuts|function|functions)"],"exact":[["endpoint",[0]],["endpoints",[0]],["api",[0]],["apis",[0]],["route",[0]],["routes",[0]],["page",[0]],["pages",[0]],["screen",[0]],["screens",[0]],["component",[0]],["components",[0]],["command",[0]],["commands",[0]],["flag",[0]],["flags",[0]],["option",[0]],["options",[0]],["field",[0]],["fields",[0]],["column",[0]],["columns",[0]],["table",[0]],["tables",[0]],["form",[0]],["forms",[0]],["button",[1]],["buttons",[1]],["toggle",[1]],["toggles",[1]],["script",[1]],["scripts",[1]],["job",[1]],["jobs",[1]],["webhook",[1]],["webhooks",[1]],["handler",[1]],["handlers",[1]],["plugin",[1]],["plugins",[1]],["workflow",[1]],["workflows",[1]],["dialog",[1]],["dialogs",[1]],["modal",[1]],["modals",[1]],["shortcut",[1]],["shortcuts",[1]],["function",[1]],["functions",[1]]],"stems":[],"numeric":[],"zh":["\u63A5\u53E3","\u9875\u9762","\u7EC4\u4EF6","\u547D\u4EE4","\u53C2\u6570","\u5B57\u6BB5","\u8868\u5355","\u6309\u94AE","\u5F00\u5173","\u811A\u672C","\u4EFB\u52A1","\u7F13\u5B58","\u63D2\u4EF6","\u529F\u80FD","\u5DE5\u4F5C\u6D41","\u5F39\u7A97","\u6821\u9A8C","\u51FD\u6570","\u7C7B"],"zhStart":[],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"modify":{"words":["change","update","modify","make","adjust","tweak","improve","handle","remove","delete","rename","cleanup","persist","show","expose","use","raise","split","move","moving","extract","keep","switch","upgrade"],"wordStems":["fix","convert","replace"],"entries":["clean up"],"exact":[["clean",[0]]],"stems":[],"numeric":[],"zh":["\u4FEE","\u6539","\u5199","\u5220","\u53BB\u6389","\u8C03\u6574","\u5904\u7406","\u6362","\u8865","\u52A0","\u505A","\u8C03\u5927","\u8C03\u5C0F","\u62C6","\u62BD","\u8FC1"],"zhStart":[],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"bug":{"words":["bug","bugs","broken","break","breaks","fail","fails","failing","failure","hang","hangs","flaky","sometimes","randomly","regression","wrong","incorrect","investigate","debug"],"wordStems":["crash","freez","intermittent","leak","diagnos","reproduc"],"entries":["doesn't work","doesnt work","not working","stopped working","blank screen","find out why","root cause","(keep|keeps) (growing|failing|crashing)","(return|returns) (a|an|) (#4xx|error|errors)","internal server error"],"exact":[["doesn't",[0]],["doesnt",[1]],["not",[2]],["stopped",[3]],["blank",[4]],["find",[5]],["root",[6]],["keep",[7]],["keeps",[7]],["return",[8]],["returns",[8]],["internal",[9]]],"stems":[],"numeric":[],"zh":["bug","\u62A5\u9519","\u51FA\u9519","\u5931\u8D25","\u6302\u4E86","\u4F1A\u6302","\u5D29\u6E83","\u5361\u6B7B","\u767D\u5C4F","\u4E71\u7801","\u6B7B\u5FAA\u73AF","\u4E0D\u751F\u6548","\u4E0D\u5DE5\u4F5C","\u6CA1\u53CD\u5E94","\u5076\u5C14","\u6709\u65F6\u5019","\u65F6\u4E0D\u65F6","\u6CC4\u6F0F","\u6CC4\u9732","\u6392\u67E5","\u5B9A\u4F4D","\u539F\u56E0","\u590D\u73B0","\u5F02\u5E38","\u4E0D\u5BF9","\u6709\u95EE\u9898","\u51FA\u95EE\u9898"],"zhStart":[],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"performance":{"words":["performance","perf","latency","throughput","bottleneck","bottlenecks","profile","profiling","n+1","memory","cpu","faster","laggy","lag","oom"],"wordStems":["slow","optimis","optimiz","jank"],"entries":["(p90|p95|p99|p999)","speed up","under (heavy|) load","high load","load test*"],"exact":[["p90",[0]],["p95",[0]],["p99",[0]],["p999",[0]],["speed",[1]],["under",[2]],["high",[3]],["load",[4]]],"stems":[],"numeric":[],"zh":["\u6162","\u5F88\u5361","\u5361\u987F","\u592A\u5361","\u6709\u70B9\u5361","\u6027\u80FD","\u5EF6\u8FDF","\u8017\u65F6","\u4F18\u5316","\u74F6\u9888","\u5185\u5B58","\u541E\u5410","\u52A0\u901F","\u63D0\u901F","\u9AD8\u5E76\u53D1","\u538B\u6D4B"],"zhStart":[],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"tests":{"words":["test","tests","spec","specs","coverage","e2e"],"wordStems":[],"entries":["unit (test|tests)","integration (test|tests)","test (case|cases)"],"exact":[["unit",[0]],["integration",[1]],["test",[2]]],"stems":[],"numeric":[],"zh":["\u6D4B\u8BD5","\u5355\u6D4B","\u7528\u4F8B","\u8986\u76D6\u7387"],"zhStart":[],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"trivial":{"words":["typo","typos","spelling","rename","renaming","bump","docstring","docstrings","jsdoc","wording","label","prettier","whitespace","readme","license","changelog","gitignore","copyright","env.example","console.log"],"wordStems":["misspell","reformat","indent"],"entries":["add (a|an|) (comment|comments)","(comment|comments) (above|on|for|explaining|to)","code (comment|comments)","copy text","(lint|eslint|tsc|type) (error|errors|warning|warnings|issue|issues)","format (the|this|) (file|code)","unused (import|imports|variable|variables|code)","commented-out","dead code","log message","log level","print statement","print statements","debug (log|logs|print|prints|output)"],"exact":[["add",[0]],["comment",[1]],["comments",[1]],["code",[2]],["copy",[3]],["lint",[4]],["eslint",[4]],["tsc",[4]],["type",[4]],["format",[5]],["unused",[6]],["commented",[7]],["dead",[8]],["log",[9,10]],["print",[11,12]],["debug",[13]]],"stems":[],"numeric":[],"zh":["\u9519\u522B\u5B57","\u62FC\u5199","\u91CD\u547D\u540D","\u6539\u540D","\u6587\u6848","\u6CE8\u91CA","\u683C\u5F0F\u5316","\u7248\u672C\u53F7","\u65E5\u5FD7\u7EA7\u522B","\u7AEF\u53E3\u53F7","\u7F29\u8FDB","\u7A7A\u683C","\u6CA1\u7528\u7684","\u65E0\u7528\u7684","\u591A\u4F59\u7684","\u8C03\u8BD5\u65E5\u5FD7","\u6253\u5370\u8BED\u53E5"],"zhStart":[],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"operation":{"words":[],"wordStems":[],"entries":["^run","^execute","^commit","^push","^print","^show me","^list","^open","^check (the|) (status|version|branch)"],"exact":[["run",[0]],["execute",[1]],["commit",[2]],["push",[3]],["print",[4]],["show",[5]],["list",[6]],["open",[7]],["check",[8]]],"stems":[],"numeric":[],"zh":[],"zhStart":["\u8DD1\u4E00\u4E0B","\u8DD1\u4E0B","\u8FD0\u884C","\u6267\u884C","\u63D0\u4EA4","\u63A8\u9001","\u5E2E\u6211\u770B\u4E0B\u5F53\u524D","\u770B\u4E0B\u5F53\u524D"],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"sequence":{"words":["first","firstly","then","next","afterwards","finally","lastly","additionally","plus"],"wordStems":[],"entries":["after that","as well"],"exact":[["after",[0]],["as",[1]]],"stems":[],"numeric":[],"zh":["\u9996\u5148","\u7136\u540E","\u63A5\u7740","\u5176\u6B21","\u6700\u540E","\u540C\u65F6","\u987A\u4FBF","\u53E6\u5916","\u5E76\u4E14","\u8FD8\u8981","\u4EE5\u53CA"],"zhStart":[],"regexps":[["\u518D(?!\u6B21|\u89C1|\u8BF4)","g"]],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"explainOnly":{"words":[],"wordStems":[],"entries":["just explain","only explain","(don't|dont) (change|modify)","do not change","no code (change|changes)","without changing"],"exact":[["just",[0]],["only",[1]],["don't",[2]],["dont",[2]],["do",[3]],["no",[4]],["without",[5]]],"stems":[],"numeric":[],"zh":["\u53EA\u89E3\u91CA","\u4E0D\u8981\u6539","\u522B\u6539","\u5148\u522B\u6539","\u4E0D\u7528\u6539","\u4E0D\u8981\u52A8"],"zhStart":[],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"questionEn":{"words":[],"wordStems":[],"entries":["^(what|what's|whats|why|how|where|when|which|who|whose|is|are|was|were|does|do|did|could|should|would|will|has|have)","^any idea","^quick question","^(explain|describe|summarise|summarize)","^tell me","^walk me through","^help me understand","^can you (explain|tell)"],"exact":[["what",[0]],["what's",[0]],["whats",[0]],["why",[0]],["how",[0]],["where",[0]],["when",[0]],["which",[0]],["who",[0]],["whose",[0]],["is",[0]],["are",[0]],["was",[0]],["were",[0]],["does",[0]],["do",[0]],["did",[0]],["could",[0]],["should",[0]],["would",[0]],["will",[0]],["has",[0]],["have",[0]],["any",[1]],["quick",[2]],["explain",[3]],["describe",[3]],["summarise",[3]],["summarize",[3]],["tell",[4]],["walk",[5]],["help",[6]],["can",[7]]],"stems":[],"numeric":[],"zh":[],"zhStart":[],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"imperative":{"words":[],"wordStems":[],"entries":["^(fix|implement|add|change|update|refactor|migrate|make|write|create|build|remove|delete|rename|replace|convert|move|split|extract|upgrade|bump|set|optimise|optimize|improve|handle|rewrite|redesign|integrate|debug|investigate|diagnose|profile|look into|figure out|find out|track down)","(and|then|please|pls|plz) (fix|implement|add|change|update|refactor|migrate|make|write|create|build|remove|delete|rename|replace|convert|move|split|extract|upgrade|bump|set|optimise|optimize|improve|handle|rewrite|redesign|integrate|debug|investigate|diagnose|profile|look into|figure out|find out|track down)","^(can|could|would) you (please|) (fix|implement|add|change|update|refactor|migrate|make|write|create|build|remove|delete|rename|replace|convert|move|split|extract|upgrade|bump|set|optimise|optimize|improve|handle|rewrite|redesign|integrate|debug|investigate|diagnose|profile|look into|figure out|find out|track down)","^(let's|we need to|we should|i want you to|i need you to|help me) (fix|implement|add|change|update|refactor|migrate|make|write|create|build|remove|delete|rename|replace|convert|move|split|extract|upgrade|bump|set|optimise|optimize|improve|handle|rewrite|redesign|integrate|debug|investigate|diagnose|profile|look into|figure out|find out|track down)"],"exact":[["fix",[0]],["implement",[0]],["add",[0]],["change",[0]],["update",[0]],["refactor",[0]],["migrate",[0]],["make",[0]],["write",[0]],["create",[0]],["build",[0]],["remove",[0]],["delete",[0]],["rename",[0]],["replace",[0]],["convert",[0]],["move",[0]],["split",[0]],["extract",[0]],["upgrade",[0]],["bump",[0]],["set",[0]],["optimise",[0]],["optimize",[0]],["improve",[0]],["handle",[0]],["rewrite",[0]],["redesign",[0]],["integrate",[0]],["debug",[0]],["investigate",[0]],["diagnose",[0]],["profile",[0]],["look",[0]],["figure",[0]],["find",[0]],["track",[0]],["and",[1]],["then",[1]],["please",[1]],["pls",[1]],["plz",[1]],["can",[2]],["could",[2]],["would",[2]],["let's",[3]],["we",[3]],["i",[3]],["help",[3]]],"stems":[],"numeric":[],"zh":["\u4FEE\u590D","\u4FEE\u4E00\u4E0B","\u4FEE\u6389","\u4FEE\u597D","\u4FEE\u4E0B","\u6539\u4E00\u4E0B","\u6539\u6389","\u6539\u597D","\u52A0\u4E0A","\u52A0\u4E00\u4E2A","\u52A0\u4E2A","\u5B9E\u73B0","\u91CD\u6784","\u8FC1\u79FB","\u4F18\u5316\u4E00\u4E0B","\u5904\u7406\u4E00\u4E0B","\u8865\u4E0A","\u8865\u4E00\u4E0B","\u5199\u4E00\u4E2A","\u5199\u4E2A","\u505A\u4E00\u4E2A","\u505A\u4E2A","\u65B0\u589E","\u6392\u67E5","fix"],"zhStart":[],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"advice":{"words":["tradeoff","tradeoffs"],"wordStems":[],"entries":["how should (we|i)","(what's|what is) the best (way|approach)","best approach","would you recommend","pros and cons","trade-off","trade-offs"],"exact":[["how",[0]],["what's",[1]],["what",[1]],["best",[2]],["would",[3]],["pros",[4]],["trade",[5,6]]],"stems":[],"numeric":[],"zh":["\u600E\u4E48\u8BBE\u8BA1","\u600E\u4E48\u67B6\u6784","\u600E\u4E48\u62C6\u5206","\u600E\u4E48\u89C4\u5212","\u600E\u4E48\u5B9E\u73B0\u6BD4\u8F83\u597D","\u5982\u4F55\u8BBE\u8BA1","\u5982\u4F55\u67B6\u6784","\u5982\u4F55\u62C6\u5206","\u5982\u4F55\u89C4\u5212","\u5982\u4F55\u5B9E\u73B0\u6BD4\u8F83\u597D","\u5E94\u8BE5\u600E\u4E48\u8BBE\u8BA1","\u5E94\u8BE5\u600E\u4E48\u67B6\u6784","\u5E94\u8BE5\u600E\u4E48\u62C6\u5206","\u5E94\u8BE5\u600E\u4E48\u89C4\u5212","\u5E94\u8BE5\u600E\u4E48\u5B9E\u73B0\u6BD4\u8F83\u597D","\u8BE5\u600E\u4E48\u8BBE\u8BA1","\u8BE5\u600E\u4E48\u67B6\u6784","\u8BE5\u600E\u4E48\u62C6\u5206","\u8BE5\u600E\u4E48\u89C4\u5212","\u8BE5\u600E\u4E48\u5B9E\u73B0\u6BD4\u8F83\u597D","\u6709\u4EC0\u4E48\u65B9\u6848","\u4EC0\u4E48\u65B9\u6848","\u6700\u4F73\u5B9E\u8DF5","\u5229\u5F0A","\u4F18\u7F3A\u70B9"],"zhStart":[],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"risk:auth":{"words":["auth","authn","authz","oauth","oauth2","oidc","openid","sso","saml","jwt","jwts","login","logins","signin","signon","password","passwords","credential","credentials","mfa","2fa","totp"],"wordStems":["authenticat","authoris","authoriz"],"entries":["log-in","sign-in","sign-on","session-based"],"exact":[["log",[0]],["sign",[1,2]],["session",[3]]],"stems":[],"numeric":[],"zh":["\u8BA4\u8BC1","\u9274\u6743","\u6388\u6743","\u767B\u5F55","\u767B\u9646","\u5355\u70B9\u767B\u5F55","\u5BC6\u7801","\u51ED\u8BC1","\u4EE4\u724C","\u4F1A\u8BDD"],"zhStart":[],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"risk:security":{"words":["security","secure","insecure","xss","csrf","ssrf","injection","secret","secrets","pii","gdpr"],"wordStems":["vulnerab","exploit","sanitiz","attack","audit"],"entries":["cve #","api key","api keys"],"exact":[["cve",[0]],["api",[1,2]]],"stems":[],"numeric":[],"zh":["\u5B89\u5168","\u6F0F\u6D1E","\u6CE8\u5165","\u8D8A\u6743","\u8131\u654F","\u654F\u611F\u4FE1\u606F","\u653B\u51FB","\u9690\u79C1","\u5BA1\u8BA1"],"zhStart":[],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"risk:crypto":{"words":["hashing","hmac","signature","signatures","signing","tls","ssl","certificate","certificates","argon2","bcrypt","md5","sha1","sha256","sha384","sha512"],"wordStems":["encrypt","decrypt","crypto","cipher"],"entries":["key exchange","sha #"],"exact":[["key",[0]],["sha",[1]]],"stems":[],"numeric":[],"zh":["\u52A0\u5BC6","\u89E3\u5BC6","\u7B7E\u540D","\u54C8\u5E0C","\u8BC1\u4E66","\u5BC6\u94A5"],"zhStart":[],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"risk:access":{"words":["permission","permissions","rbac","abac","acl","acls","privilege","privileges","tenant","tenants"],"wordStems":["multitenan"],"entries":["access control","role-based","multi-tenan*"],"exact":[["access",[0]],["role",[1]],["multi",[2]]],"stems":[],"numeric":[],"zh":["\u6743\u9650","\u8D8A\u6743","\u79DF\u6237","\u8BBF\u95EE\u63A7\u5236"],"zhStart":[],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"risk:concurrency":{"words":["lock","locks","locking","distributed"],"wordStems":["concurren","deadlock","mutex","atomic","threadsafe","multithread","idempoten"],"entries":["race condition","race conditions","thread-safe*","multi-thread*","exactly-once","at-least-once","double-charg*"],"exact":[["race",[0,1]],["thread",[2]],["multi",[3]],["exactly",[4]],["at",[5]],["double",[6]]],"stems":[],"numeric":[],"zh":["\u5E76\u53D1","\u7ADE\u6001","\u7ADE\u4E89\u6761\u4EF6","\u6B7B\u9501","\u9501","\u539F\u5B50","\u7EBF\u7A0B\u5B89\u5168","\u591A\u7EBF\u7A0B","\u5206\u5E03\u5F0F","\u5E42\u7B49","\u591A\u5B9E\u4F8B"],"zhStart":[],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"risk:money":{"words":["payment","payments","billing","invoicing","checkout","charge","charges","charged","charging","refund","refunds","stripe","paypal","subscription","subscriptions","wallet","wallets","ledger","3dsecure"],"wordStems":[],"entries":["3d secure","3-d secure","3-dsecure"],"exact":[["3d",[0]],["3",[1,2]]],"stems":[],"numeric":[],"zh":["\u652F\u4ED8","\u4ED8\u6B3E","\u6263\u6B3E","\u9000\u6B3E","\u8BA1\u8D39","\u8D26\u5355","\u7ED3\u7B97","\u4F59\u989D","\u94B1\u5305","\u8BA2\u9605","\u6536\u6B3E","\u5BF9\u8D26"],"zhStart":[],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"risk:data":{"words":["transaction","transactions","transactional","consistency","downtime","rollback","rollout","rollouts","failover"],"wordStems":["backfill"],"entries":["data loss","zero-downtime","existing data","production data","existing (users|customers|accounts|records)","roll back","backward-compatib*","backwards-compatib*","high availability","fault-toleran*","disaster recovery"],"exact":[["data",[0]],["zero",[1]],["existing",[2,4]],["production",[3]],["roll",[5]],["backward",[6]],["backwards",[7]],["high",[8]],["fault",[9]],["disaster",[10]]],"stems":[],"numeric":[],"zh":["\u4E8B\u52A1","\u4E00\u81F4\u6027","\u6570\u636E\u4E22\u5931","\u4E22\u6570\u636E","\u505C\u673A","\u56DE\u6EDA","\u5B58\u91CF","\u5386\u53F2\u6570\u636E","\u517C\u5BB9","\u8001\u6570\u636E","\u8001\u7528\u6237","\u8001\u8D26\u53F7","\u7070\u5EA6","\u9AD8\u53EF\u7528","\u5BB9\u707E","\u6545\u969C\u8F6C\u79FB"],"zhStart":[],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"risk:distributed":{"words":["realtime","websocket","websockets","offline","crdt","crdts","rabbitmq","kafka","nats","pubsub","deadletter","saga","sagas"],"wordStems":["synchronis","synchroniz","replicat"],"entries":["real-time","conflict resolution","eventual consisten*","eventually consisten*","message (queue|queues|broker|brokers|bus|buses)","pub sub","dead-letter","event-driven","event sourcing"],"exact":[["real",[0]],["conflict",[1]],["eventual",[2]],["eventually",[3]],["message",[4]],["pub",[5]],["dead",[6]],["event",[7,8]]],"stems":[],"numeric":[],"zh":["\u5B9E\u65F6","\u957F\u8FDE\u63A5","\u79BB\u7EBF","\u534F\u540C","\u51B2\u7A81\u89E3\u51B3","\u6D88\u606F\u961F\u5217","\u6B7B\u4FE1","\u4E8B\u4EF6\u9A71\u52A8","\u6570\u636E\u540C\u6B65","\u53CC\u5411\u540C\u6B65","\u6700\u7EC8\u4E00\u81F4"],"zhStart":[],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]}}`;var Rt=/^\/[A-Za-z][\w:.-]*(?:\s|$)/,uo=["Traceback (most recent call last)","goroutine ","Caused by:","panic:","Exception in thread"],Ao=new Set(["ERROR","FATAL","ENOENT","EACCES","ECONNREFUSED","EADDRINUSE","ETIMEDOUT"]);function Lt(e){return e!==void 0&&(K(e)||e>="A"&&e<="Z")}function fo(e){let n=e.endsWith(")")?e.slice(0,-1):e,t=n.lastIndexOf(":");return t>=0&&Y(n.slice(t+1))}function wo(e){let n=e.trim();if(n.startsWith("at "))return fo(n)||n.endsWith("(native)")||n.endsWith("(<anonymous>)");if(n.startsWith('File "')){let t=n.indexOf('", line ');return t>=0&&Y(n.slice(t+8).split(",")[0]??"")}return uo.some(t=>n.startsWith(t))}function po(e){for(let n=e.indexOf(":");n>=0;n=e.indexOf(":",n+1)){let t=n;for(;Lt(e[t-1]);)t--;let r=e.slice(t,n);if(!r||t>0&&e[t-1]!==" "&&e[t-1]!=="	")continue;let s=r[0]??"",o=r.length>5&&(r.endsWith("Error")||r.endsWith("Exception"));if(s>="A"&&s<="Z"&&o||Ao.has(r)||r.startsWith("TS")&&Y(r.slice(2))&&e.slice(Math.max(0,t-6),t)==="error ")return!0}return!1}var go=new Set("ts tsx js jsx mjs cjs py go rs java kt kts swift rb php cs c h cc cpp hpp scala ex exs erl dart lua vue svelte astro json jsonc yml yaml toml ini md mdx sql prisma graphql gql proto css scss sass less html htm xml sh bash zsh ps1 tf gradle conf cfg lock".split(" ")),mo=new Set("node next nuxt vue react express three d3 chart moment nest ember backbone angular socket.io".split(" ").map(e=>`${e}.js`)),ho=new Set(["src","lib","app","apps","test","tests","spec","server","client","web","mobile","packages","cmd","internal","pkg","scripts","config","docs","components","pages","api","services","modules","frontend","backend","infra"]);function Bt(e){let n=[],t=0,r=0,s=0,o=!1;for(let i of e.split(`
`)){if(i.trimStart().startsWith("```")){o=!o;continue}if(wo(i)){t++;continue}po(i)&&r++,o?s+=1+Math.floor(i.length/120):n.push(i)}return{prose:n.join(`
`).toLowerCase(),traceLines:t,errorLines:r,codeLines:s}}var Tt=new Set([..."abcdefghijklmnopqrstuvwxyz0123456789_.-/*"]);function Nt(e){let n=[],t=0;for(let r=0;r<e.length;){if(!Tt.has(e[r]??"")){r++;continue}let s=r;for(;Tt.has(e[s]??"");)s++;let o=e.slice(r,s);r=s;let i=o.length;for(;i>0&&(o[i-1]==="."||o[i-1]==="-");)i--;let c=o.slice(0,i);if(c.length<3||c.length>256||c.startsWith("/")||c.startsWith("http")||n.includes(c))continue;let d=c.includes("*");c=Po(c);let l=c.split("/"),a=l[l.length-1]??"",A=0,w=a.lastIndexOf(".");if(w>0&&go.has(a.slice(w+1))&&!d){if(l.length===1&&mo.has(a))continue;A=1}else(d||o.endsWith("/")||l.length>1&&ho.has(l[0]??""))&&(A=2);A!==0&&(n.push(o),t+=A)}return{files:t,named:n}}function Po(e){if(e.endsWith("/"))return e.slice(0,-1);let n=e.lastIndexOf("/"),t=e.slice(n+1);if(n<0||!t.startsWith("*"))return e;let r=0;for(;t[r]==="*";)r++;let s=t.slice(r);return s===""||s.startsWith(".")&&[...s.slice(1)].every(o=>Lt(o))?e.slice(0,n):e}var yo=new Set([..."\u4E00\u4E8C\u4E09\u56DB\u4E94\u516D\u4E03\u516B\u4E5D\u5341"]);function Ft(e){let n=0;for(let t of e.split(`
`)){let r=t.trimStart(),s=0;if(Y(r.slice(0,1))){if(s=Y(r.slice(1,2))?2:1,!".)\u3001".includes(r[s]??"x"))continue;s++}else if("-*\u2022".includes(r[0]??"x"))s=1;else if(yo.has(r[0]??"")&&"\u3001.".includes(r[1]??"x"))s=2;else continue;r.slice(s).trim()&&n++}return n}function Mt(e){let n=0,t=0,r=!1;for(let s=0;s<e.length;s++){let o=e[s],i=K(o)||o==="'"||o==="-";i&&!r&&t++,r=i,!i&&le(o)&&n++}return t+Math.round(n*.8)}var vo=["\u4E3A\u4EC0\u4E48","\u4E3A\u5565","\u600E\u4E48","\u5982\u4F55","\u4EC0\u4E48","\u89E3\u91CA","\u8BB2\u8BB2","\u4ECB\u7ECD","\u8BF4\u8BF4","\u8BF7\u95EE","\u603B\u7ED3"],ko=["\u662F\u4EC0\u4E48","\u4EC0\u4E48\u610F\u601D","\u5E72\u4EC0\u4E48","\u5E72\u561B","\u505A\u4EC0\u4E48\u7684","\u4EC0\u4E48\u533A\u522B","\u7684\u533A\u522B","\u600E\u4E48\u5DE5\u4F5C","\u600E\u4E48\u56DE\u4E8B","\u600E\u6837","\u600E\u4E48\u6837","\u5728\u54EA","\u54EA\u91CC","\u662F\u5426","\u6709\u6CA1\u6709","\u591A\u5C11","\u4EC0\u4E48\u65F6\u5019\u8BE5","\u539F\u7406","\u8BB2\u8BB2","\u8BB2\u4E00\u4E0B","\u4ECB\u7ECD\u4E00\u4E0B","\u8BF4\u8BF4","\u603B\u7ED3","\u6982\u62EC","\u89E3\u91CA"],bo=new Set(["\u5417","\u5462","\uFF1F","?"]),xo=new RegExp("(?:^|[^a-z])(?:to|->|\u6539\u6210|\u6539\u4E3A|\u5347\u7EA7\u5230|\u5347\u5230|bump \\S+ to) ?v?\\d+\\.\\d+\\.\\d+\\b"),So=new RegExp(`\\b(?:change|set|raise|lower|increase|decrease|make|update)\\b[^.\\n]{0,60}\\bfrom ['"\u201C]?[\\w.-]{1,20}['"\u201D]? to ['"\u201C]?\\S{1,20}|\u6539\u6210|\u6539\u4E3A|\u8C03\u6210|\u8C03\u5230|\u8BBE\u4E3A|\u8BBE\u7F6E\u4E3A`),xe=2e4,Eo,sn=new Map;function Do(e,n){if(e.length===0&&n.length===0)return Eo??=jt([],[]);let t=JSON.stringify([e,n]),r=sn.get(t);return r||(sn.size>16&&sn.clear(),r=jt(e,n),sn.set(t,r)),r}var zo;function Zt(){return zo??=JSON.parse(Ot)}function Qt(e,n=[]){let t=Zt()[e];if(!t)throw new Error(`word list ${e} is missing from precompiled.generated.ts: run npm run gen:classify`);let r=n.map(s=>s.trim().toLowerCase()).filter(Boolean);return r.length?{...t,literals:[...t.literals,...r]}:t}function jt(e,n){let t=new Map,r;return{get(s){let o=t.get(s);return o||(o=Qt(s,s==="scope"?e:[]),t.set(s,o)),o},risk(){return r||(r=Object.keys(Zt()).filter(o=>o.startsWith("risk:")).map(o=>({name:o.slice(5),m:Qt(o)})),n.some(o=>o.trim())&&r.push({name:"custom",m:Dt({en:[],zh:[]},n)})),r}}}function $n(e){let n=[];for(let t of e){let r=t.text.split(`
`).join(" ").split("	").join(" ").split(" ").filter(Boolean),s=r.join(" "),o=r.length>3?`${r[0]} \u2026 ${r[r.length-1]}`:s.length>6&&[...s].some(le)?`${s.slice(0,1)}\u2026${s.slice(-1)}`:s;n.includes(o)||n.push(o)}return n}function T(e,n){return $n(be(e,n))}function Q(e){return e.slice(0,3).join(", ")}function _o(e,n){let t=T(n.get("explainOnly"),e)[0];if(t)return{question:!0,advice:!1,cue:t};let r=T(n.get("questionEn"),e)[0]??"";if(!r){let i=e.text.trim(),c=1/0;for(let l of vo)i.startsWith(l)&&([c,r]=[0,l]);for(let l of ko){let a=i.indexOf(l);a>=0&&a<c&&([c,r]=[a,l])}let d=i.slice(-1);!r&&bo.has(d)&&(r=d)}if(!r)return{question:!1,advice:!1,cue:""};let s=be(n.get("imperative"),e).length>0,o=T(n.get("advice"),e)[0];return{question:!s,advice:o!==void 0,cue:o??r}}function Ut(e,n={}){let t=(e.length>xe?e.slice(0,xe):e).trim(),r=[];if(!t)return{signals:r,prose:"",tokens:[]};let s=Rt.exec(t);if(s)return{signals:r,prose:"",tokens:[],slashCommand:s[0].trim()};let o=Do(n.extraScopeWords??[],n.extraRiskWords??[]),{prose:i,traceLines:c,errorLines:d,codeLines:l}=Bt(t),a=St(i),A=(_,I,Rs)=>{I!==0&&r.push({id:_,weight:I,detail:Rs})},w=be(o.get("scope"),a),g=$n(w),P=$n(be(o.get("shift"),a).filter(_=>!w.some(I=>I.start<=_.start&&_.start<I.end))),y=[...g,...P];y.length&&A("scope",(g.length?3:2)+(y.length>1?1:0),Q(y));let k=[];for(let _ of o.risk()){let I=T(_.m,a)[0];I&&k.push(I)}k.length&&A("risk",Math.min(6,2*k.length),Q(k));let O=T(o.get("cross"),a);O.length&&A("crossCutting",2,Q(O));let W=T(o.get("featureStrong"),a),G=W.length?W:T(o.get("feature"),a);G.length&&A("feature",W.length?3:2,Q(G));let J=T(o.get("modify"),a);if(J.length&&A("change",1,Q(J)),G.length||y.length){let _=T(o.get("systemNoun"),a),I=_.length?[]:T(o.get("artifact"),a);_.length?A("system",2,Q(_)):I.length&&G.length&&A("artifact",1,Q(I))}let{files:ye,named:Ke}=Nt(i);ye>=2&&A("files",ye>=5?3:ye>=3?2:1,`${Ke.length} ${Ke.length===1?"path":"paths"} named`);let ve=Ft(i),q=T(o.get("sequence"),a),Ye=0;for(let _=0;_<i.length;_++){let I=i[_];(I===","||I==="\uFF0C"||I==="\u3001"||I===";"||I==="\uFF1B")&&Ye++}let $s=Math.max(ve>=2?Math.min(3,ve-1):0,Ye>=6?2:Ye>=3?1:0),it=Math.min(3,$s+(q.length>=3?2:q.length>=2?1:0));if(it){let _=ve>=2?`${ve} list items`:q.length>=2?`steps ${Q(q)}`:`${Ye+1} parts`;A("steps",it,_)}c>=2?A("errorLog",2,`stack trace (${c} frames)`):c+d>0&&A("errorLog",1,"error message"),l>=15&&A("code",l>=60?2:1,`${l} lines of code pasted`);let ct=T(o.get("bug"),a);ct.length&&A("bug",2,Q(ct));let at=T(o.get("performance"),a);at.length&&A("performance",2,Q(at));let lt=T(o.get("tests"),a);lt.length&&A("tests",1,Q(lt));let Xe=Mt(i),dt=e.length>xe||Xe>=60?3:Xe>=30?2:Xe>=12?1:0,Os=e.length>xe?`${e.length} chars (first ${xe} scanned)`:`~${Xe} words`;dt&&A("length",dt,Os);let ut=T(o.get("trivial"),a);ut.length?A("trivial",-3,Q(ut)):xo.test(i)&&A("trivial",-3,"version bump");let Ve=So.exec(i);Ve&&!g.length&&A("tweak",-2,Ve[0].length>24?`${Ve[0].slice(0,24)}\u2026`:Ve[0]);let Ts=i.length-i.trimStart().length,At=be(o.get("operation"),a).find(_=>_.start===Ts);At&&A("operation",-2,At.text);let Sn=_o(a,o);return Sn.question&&A("question",Sn.advice?-2:-5,Sn.cue),{signals:r,prose:i,tokens:a.tokens}}var on={mediumThreshold:3,complexThreshold:7},Ht=.5,Co=5;function Io(e,n,t){let r=Math.round(n*100)/100,[s,o=""]=[e.slice(0,1),e.slice(2)];if(s==="s")return{id:o,weight:r,detail:t.find(i=>i.id===o)?.detail??""};if(s==="w"||s==="c")return{id:"word",weight:r,detail:o==="#"?"a number":o}}function Wt(e,n={}){let t=Ut(e,n);if(t.slashCommand!==void 0){let c={id:"slashCommand",weight:0,detail:t.slashCommand};return{level:"simple",score:0,signals:[c],reasons:[c]}}if(!t.prose.trim()&&t.signals.length===0)return{level:"simple",score:0,signals:[],reasons:[]};let r=[0,-Ht*((n.mediumThreshold??on.mediumThreshold)-on.mediumThreshold),-Ht*((n.complexThreshold??on.complexThreshold)-on.complexThreshold)],s=$t(zt(t),void 0,r),o=[];for(let c of s.contributions){let d=Io(c.feature,c.push,t.signals);if(d&&d.weight!==0&&o.push(d),o.length===Co)break}let i=Math.round(10*(s.probabilities[1]*.5+s.probabilities[2]));return{level:s.level,score:i,signals:t.signals,reasons:o}}var $o=new Set(["files","steps","length","errorLog","code","word","slashCommand"]);function On(e){return $o.has(e.id)?e.detail:`${e.id} ${e.detail}`.trim()}function Gt(e){let n=e.reasons.map(t=>t.id==="slashCommand"?t.detail:`${On(t)} ${t.weight>0?"+":""}${t.weight}`);return`${e.level} (score ${e.score}): ${n.length?n.join(", "):"no signals"}`}var Oo=4e3;function Tn(e){let n=e.slice(0,Oo),t=0,r=0,s=!1,o=!1;for(let i=0;i<n.length;i++){if(n.startsWith("```",i)){o=!o,s=!1,i+=2;continue}if(o)continue;let c=n[i]??"";if(c==="`"){let l=n.indexOf("`",i+1),a=n.indexOf(`
`,i+1);if(l>0&&(a<0||l<a)){i=l,s=!1;continue}}let d=c>="a"&&c<="z"||c>="A"&&c<="Z";d&&!s&&r++,s=d,!d&&le(c)&&t++}return t<2?"en":t/(t+r)>=.3?"zh":"en"}var Jt=64;function qt(e,n,t){let r=e.filter(s=>s.weight>0).slice(0,n).map(s=>{let o=s.detail.split(", ").slice(0,2).map(i=>i.length>16?`${i.slice(0,15)}\u2026`:i).join("/");return On({...s,detail:o})}).join(t);return r.length>Jt?`${r.slice(0,Jt-1)}\u2026`:r}function Kt(e,n){if(n==="zh"){let s=qt(e.reasons,3,"\u3001"),o=`\u5F97\u5206 ${e.score}${s?`\uFF1A${s}`:""}`;return e.level==="simple"?`codex-collab\uFF1A\u7B80\u5355\u4EFB\u52A1\uFF08\u5F97\u5206 ${e.score}\uFF09\uFF0C\u76F4\u63A5\u5B8C\u6210\uFF0C\u4E0D\u9700\u8981 Codex\u3002`:e.level==="medium"?`codex-collab\uFF1A\u4E2D\u7B49\u4EFB\u52A1\uFF08${o}\uFF09\u3002\u5148\u8FD0\u884C /codex-analyze <\u4EFB\u52A1>\uFF0C\u518D\u81EA\u5DF1\u5B9E\u73B0\uFF0C\u5B8C\u6210\u540E\u8FD0\u884C /codex-review \u5E76\u5904\u7406\u5176\u53D1\u73B0\u3002\u5206\u7C7B\u662F\u542F\u53D1\u5F0F\u7684\uFF0C\u660E\u663E\u4E0D\u5BF9\u5C31\u8BF4\u660E\u5E76\u6309\u5B9E\u9645\u60C5\u51B5\u5904\u7406\u3002`:`codex-collab\uFF1A\u590D\u6742\u4EFB\u52A1\uFF08${o}\uFF09\u3002\u5728\u540C\u4E00\u4E2A Codex \u4F1A\u8BDD\u91CC\u8D70\u5B8C 7 \u6B65\uFF1A1 /codex-analyze <\u4EFB\u52A1>\uFF1B2 /codex-ask \u8BA8\u8BBA\u65B9\u6848\uFF1B3 /codex-prototype\uFF08\u53EA\u51FA diff\uFF09\uFF1B4 \u81EA\u5DF1\u5B9E\u73B0\uFF0C\u6279\u5224\u5730\u5BF9\u5F85\u539F\u578B\uFF1B5 /codex-review\uFF1B6 \u4FEE\u590D\u95EE\u9898\uFF1B7 /codex-review \u7EC8\u5BA1\u3002\u5206\u7C7B\u662F\u542F\u53D1\u5F0F\u7684\uFF0C\u660E\u663E\u4E0D\u5BF9\u5C31\u8BF4\u660E\u3002`}let t=qt(e.reasons,3,", "),r=`score ${e.score}${t?`: ${t}`:""}`;return e.level==="simple"?`codex-collab: simple task (score ${e.score}); do it directly, no Codex needed.`:e.level==="medium"?`codex-collab: medium task (${r}). Run /codex-analyze <task> first, implement it yourself, then run /codex-review and address its findings. Heuristic level: if clearly wrong, say so.`:`codex-collab: complex task (${r}). 7 stages in one Codex session: 1 /codex-analyze <task>; 2 /codex-ask to discuss the plan; 3 /codex-prototype (diff only); 4 implement it yourself, judging the prototype critically; 5 /codex-review; 6 fix the findings; 7 /codex-review as final review. Heuristic level: if clearly wrong, say so.`}var z=require("node:fs"),Pe=require("node:path");var ze=require("node:fs"),dr=require("node:module"),ur=require("node:os"),j=require("node:path");var Yt=require("node:path"),To;function Ro(){return To??=require((0,Yt.join)(__dirname,"zod-mini.cjs"))}function E(e){return((...n)=>Ro()[e](...n))}var p=E("_default"),F=E("array"),Te=E("boolean"),B=E("enum"),Re=E("int"),Xt=E("literal"),Vt=E("maximum"),cn=E("minimum"),an=E("minLength"),X=E("nonnegative"),Se=E("nullable"),h=E("number"),x=E("object"),f=E("optional"),er=E("parse"),Le=E("positive"),de=E("record"),nr=E("regex"),Be=E("safeParse"),u=E("string");var tr={OK:0,FAILED:1,USAGE:2,NOT_FOUND:3,AUTH:4,TIMEOUT:5,SESSION_NOT_FOUND:6,PROMPT_TOO_LARGE:7,CONFIG:8,SANDBOX_VIOLATION:9,FINDINGS:10,UNDECIDED:11,CANCELLED:130},dn=class extends Error{code;exitCode;hint;constructor(n,t,r,s,o){super(t,o),this.name=new.target.name,this.code=n,this.hint=r,this.exitCode=s}toJSON(){return{code:this.code,message:this.message,hint:this.hint}}};var ue=class extends dn{constructor(t,r){super("CONFIG_INVALID",`Invalid configuration in ${t}: ${r}`,`Fix ${t} (or delete it to use the defaults).`,tr.CONFIG);this.file=t}file};var N=class extends dn{constructor(n,t="Check permissions of the project's .codex-collab file."){super("STATE",n,t,tr.FAILED)}};var $={kind:"neutral"},Ee={kind:"lower"},Ne={locale:$,"codex.model":$,"codex.effort":$,"codex.sandbox":{kind:"rank",ranks:{"read-only":0,"workspace-write":1}},"codex.allowSandbox":{kind:"rank",ranks:{"read-only":0,"workspace-write":1,"danger-full-access":2}},"codex.timeoutSeconds":$,"codex.idleTimeoutSeconds":$,"hooks.classify":$,"hooks.autoReview":{kind:"falseIsTighter"},"hooks.stopGate":$,"classify.mediumThreshold":$,"classify.complexThreshold":$,"classify.extraScopeWords":$,"classify.extraRiskWords":$,"review.mode":{kind:"rank",ranks:{off:0,auto:1,always:1}},"review.debounceSeconds":$,"review.minIntervalSeconds":$,"review.maxReviewsPerSession":Ee,"review.maxTokensPerSession":Ee,"review.minChangedLines":$,"review.ignore":{kind:"union"},"review.maxFindingsInContext":$,"review.stopWaitSeconds":$,"review.promptBudgetBytes":Ee,"review.maxCostPerSession":Ee,"review.wake":$,"review.wakeRounds":Ee,"context.threadBudgetTokens":Ee,"context.model":{kind:"userOnly"},"context.prices":{kind:"userOnly"},"context.pricesDate":{kind:"userOnly"}};function Fe(e){return typeof e=="object"&&e!==null&&!Array.isArray(e)}function Me(e,n,t=""){let r={...e};for(let[s,o]of Object.entries(n)){let i=`${t}${s}`;Ne[i]?.kind==="union"&&Array.isArray(o)&&Array.isArray(r[s])?r[s]=sr(r[s],o):r[s]=Fe(o)&&Fe(r[s])?Me(r[s],o,`${i}.`):o}return r}function sr(e,n){return[...new Set([...e,...n])]}function or(e,n=""){return Object.entries(e).flatMap(([t,r])=>{let s=`${n}${t}`;return Fe(r)&&Ne[s]===void 0?or(r,`${s}.`):[[s,r]]})}function rr(e,n){let t=e;for(let r of n.split("."))t=Fe(t)?t[r]:void 0;return t}function Lo(e,n,t){let r=n.split("."),s=e;for(let o of r.slice(0,-1))Fe(s[o])||(s[o]={}),s=s[o];s[r[r.length-1]]=t}function Bo(e,n,t){if(JSON.stringify(n)===JSON.stringify(t))return{value:n};switch(e?.kind){case"neutral":return{value:n};case"lower":return t===void 0||n<=t?{value:n}:void 0;case"falseIsTighter":return n===!1||t===!0?{value:n}:void 0;case"rank":{let r=e.ranks[String(n)],s=t===void 0?0:e.ranks[String(t)];return r!==void 0&&s!==void 0&&r<=s?{value:n}:void 0}case"union":return{value:sr(t??[],n)};default:return}}function ir(e,n,t){let r=structuredClone(e),s=[];for(let[o,i]of or(n)){let c=rr(e,o);if(Ne[o]?.kind!=="union"&&rr(t,o)!==void 0)continue;let d=Bo(Ne[o],i,c);d?Lo(r,o,d.value):s.push({key:o,asked:i,kept:c})}return{merged:r,refused:s}}var cr=/^[a-z][a-z_-]{0,23}$/;function De(){return{codex:{sandbox:"read-only",timeoutSeconds:900,idleTimeoutSeconds:300},hooks:{classify:!0,autoReview:!0,stopGate:!0},classify:{mediumThreshold:3,complexThreshold:7,extraScopeWords:[],extraRiskWords:[]},review:{mode:"auto",debounceSeconds:20,minIntervalSeconds:60,maxReviewsPerSession:20,maxTokensPerSession:2e6,minChangedLines:1,ignore:[],maxFindingsInContext:8,stopWaitSeconds:0,promptBudgetBytes:2e5,wake:!0,wakeRounds:2,maxCostPerSession:5},context:{threadBudgetTokens:15e4,prices:{}}}}function No(){let e=De(),n=B(["off","auto","always"]),t=h().check(X()),r=x({input:t,cachedInput:t,output:t}),s=x({locale:f(B(["en","zh"])),codex:p(x({model:f(u()),effort:f(u().check(nr(cr,"a reasoning effort level such as low, medium or high"))),sandbox:p(B(["read-only","workspace-write"]),e.codex.sandbox),allowSandbox:f(B(["read-only","workspace-write","danger-full-access"])),timeoutSeconds:p(h().check(Le()),e.codex.timeoutSeconds),idleTimeoutSeconds:p(h().check(Le()),e.codex.idleTimeoutSeconds)}),e.codex),hooks:p(x({classify:p(Te(),e.hooks.classify),autoReview:p(Te(),e.hooks.autoReview),stopGate:p(Te(),e.hooks.stopGate)}),e.hooks),classify:p(x({mediumThreshold:p(h(),e.classify.mediumThreshold),complexThreshold:p(h(),e.classify.complexThreshold),extraScopeWords:p(F(u()),e.classify.extraScopeWords),extraRiskWords:p(F(u()),e.classify.extraRiskWords)}),e.classify),review:p(x({mode:p(n,e.review.mode),debounceSeconds:p(h().check(X()),e.review.debounceSeconds),minIntervalSeconds:p(h().check(X()),e.review.minIntervalSeconds),maxReviewsPerSession:p(h().check(X()),e.review.maxReviewsPerSession),maxTokensPerSession:p(h().check(X()),e.review.maxTokensPerSession),minChangedLines:p(h().check(X()),e.review.minChangedLines),ignore:p(F(u()),e.review.ignore),maxFindingsInContext:p(h().check(Le()),e.review.maxFindingsInContext),stopWaitSeconds:p(h().check(X()),e.review.stopWaitSeconds),promptBudgetBytes:p(h().check(Le()),e.review.promptBudgetBytes),maxCostPerSession:p(h().check(X()),e.review.maxCostPerSession),wake:p(Te(),e.review.wake),wakeRounds:p(h().check(Re(),X()),e.review.wakeRounds)}),e.review),context:p(x({threadBudgetTokens:p(h().check(Re(),cn(4e3)),e.context.threadBudgetTokens),model:f(u().check(an(1))),prices:p(de(u().check(an(1)),r),e.context.prices),pricesDate:f(u().check(an(1)))}),e.context)});return{ReviewMode:n,Config:s}}var Rn;function Ln(){return Rn||(en(),Rn=No())}var ar=".claude/codex-collab.json",Bn=".claude/codex-collab.local.json";function un(e){return(0,j.join)(e,ar)}function Fn(e){return(0,j.join)(e,Bn)}function Fo(e){return e.CLAUDE_CONFIG_DIR?(0,j.resolve)(e.CLAUDE_CONFIG_DIR):(0,j.join)(e.HOME||(0,ur.homedir)(),".claude")}function An(e){return(0,j.join)(Fo(e),"codex-collab.json")}function Nn(e,n){let t;try{if(n){let o=zn(e);if(o===null)return;t=o.toString("utf8")}else t=(0,ze.readFileSync)(e,"utf8")}catch(o){if(o.code==="ENOENT")return;throw new ue(e,o.message)}let r;try{r=JSON.parse(t)}catch(o){throw new ue(e,o.message)}let s=Be(Ln().Config,r);if(!s.success){let o=s.error.issues.map(i=>`${i.path.join(".")||"(root)"}: ${i.message}`).join("; ");throw new ue(e,o)}return r}function Mo(e){if(!(0,ze.existsSync)((0,j.join)(e,".git")))return!0;let{spawnSync:n}=(0,dr.createRequire)((0,j.join)(e,"noop.js"))("node:child_process"),t=(o,i)=>n("git",i,{cwd:o,encoding:"utf8",timeout:2e3,stdio:["ignore","pipe","ignore"]}),r=t(e,["ls-files","-z","--recurse-submodules","--",`:(icase)${Bn}`]);if(r.status!==0||r.stdout!=="")return!0;let s=t((0,j.join)(e,".claude"),["rev-parse","--show-toplevel"]);return s.status!==0||lr(s.stdout.trim())!==lr(e)}function lr(e){try{return(0,ze.realpathSync)(e)}catch{return(0,j.resolve)(e)}}function Qo(e,n=process.env){let t={user:An(n),project:un(e),local:Fn(e)},r=Nn(t.user,!1),s=Nn(t.project,!0),o=Nn(t.local,!0),i=Object.fromEntries(Object.entries(t).filter(([g])=>({user:r,project:s,local:o})[g]!==void 0));if(r===void 0&&s===void 0&&o===void 0)return{config:De(),refused:[],files:i,localTracked:!1};let c=o!==void 0&&Mo(e),d=c?{}:o??{},l=c?Me(s??{},o):s??{},a=Me(Me(De(),r??{}),d),{merged:A,refused:w}=ir(a,l,d);return{config:er(Ln().Config,A),refused:w,files:i,localTracked:c}}function Mn(e,n=process.env){return Qo(e,n).config}var jo=1;function Zo(e){let n=2166136261;for(let t=0;t<e.length;t++)n=Math.imul(n^e.charCodeAt(t),16777619);return(n>>>0).toString(16).padStart(8,"0")}function fn(e,n){try{let t=n?(0,z.statSync)(e,{bigint:!0}):(0,z.lstatSync)(e,{bigint:!0});return`${t.dev}:${t.ino}:${t.size}:${t.mtimeNs}:${t.ctimeNs}:${t.mode}`}catch{return"-"}}function Uo(e,n,t){let r=Fn(e),s=[`format ${jo}`,t.trim(),`${An(n)} ${fn(An(n),!0)}`,`${un(e)} ${fn(un(e),!1)}`,`${r} ${fn(r,!1)}`];if(!s[4].endsWith(" -"))for(let o of[(0,Pe.join)(e,".git"),(0,Pe.join)(e,".git","index"),(0,Pe.join)(e,".claude"),(0,Pe.join)(e,".claude",".git")])s.push(`${o} ${fn(o,!1)}`);return s.join(`
`)}function Ho(e,n){return(0,Pe.join)(n.dir,`config.${Zo(`${e}
${n.codeId}`)}.json`)}function Wo(e,n){try{let t=JSON.parse((0,z.readFileSync)(e,"utf8"));return t.key===n&&typeof t.config=="object"&&t.config!==null?t.config:void 0}catch{return}}function Go(e,n,t){let r=`${e}.tmp-${process.pid}`,s;try{(0,z.mkdirSync)((0,Pe.join)(e,".."),{recursive:!0,mode:448}),s=(0,z.openSync)(r,"wx",384),(0,z.writeSync)(s,JSON.stringify({key:n,config:t})),(0,z.closeSync)(s),s=void 0,(0,z.renameSync)(r,e)}catch{s!==void 0&&(0,z.closeSync)(s);try{(0,z.unlinkSync)(r)}catch{}}}function Ar(e,n,t,r){let s=Uo(e,n,t.codeId),o=Ho(e,t),i=Wo(o,s);if(i)return i;let c=r();return Go(o,s,c),c}function V(e,n=1/0){let t=e.replace(/\s+/g," ").trim();return t.length>n?`${t.slice(0,n-1)}\u2026`:t}var Qn={"must-fix":0,"should-fix":1,nit:2};function fr(e){let n={"must-fix":0,"should-fix":0,nit:0};for(let t of e)n[t.severity]+=1;return n}function jn(e){return e.file===""?"(no file)":e.line_start===null?e.file:e.line_end!==null&&e.line_end!==e.line_start?`${e.file}:${e.line_start}-${e.line_end}`:`${e.file}:${e.line_start}`}var wr=require("node:fs"),pr=require("node:path");function gr(e,n){let t=2166136261,r=16777619;for(let s=0;s<n;s++){let o=e(s);t=Math.imul(t^o,16777619),r=Math.imul(r^o,1540483477)}return(t>>>0).toString(16).padStart(8,"0")+(r>>>0).toString(16).padStart(8,"0")}function mr(e){return gr(n=>e.charCodeAt(n),e.length)}function hr(e,n){let t;try{t=(0,wr.readFileSync)((0,pr.join)(e,n))}catch{return null}return gr(r=>t[r],t.length)}function wn(e){return mr(`${e.file}\0${e.title.trim().toLowerCase()}`).slice(0,8)}function Zn(e,n){return e.claudeSessionId!==n?!1:n!==void 0||e.origin==="auto"}function Jo(e,n,t){let r=e.contentHashes?.[n.file];return n.file===""||r===void 0?!0:t(n.file)===r}function Pr(e,n,t){let r=n.claudeSessionId?e.wake?.[n.claudeSessionId]?.rejected:void 0;return n.findings.filter(s=>!(n.wokenAt&&s.severity==="must-fix")&&!(r&&wn(s)in r)&&Jo(n,s,t))}function yr(e,n,t,r){let s=[];for(let o of e.reviews){if(o.status!=="done"||o.deliveredAt||!Zn(o,n))continue;o.deliveredAt=C(t);let i=Pr(e,o,r);i.length>0&&s.push({...o,findings:i})}return s}function vr(e,n){return e.reviews.some(t=>t.status==="done"&&!t.deliveredAt&&Zn(t,n))}function kr(e,n){let t=e.flatMap(i=>i.findings.map(c=>({f:c,id:i.id}))).sort((i,c)=>Qn[i.f.severity]-Qn[c.f.severity]),r=fr(t.map(({f:i})=>i)),s=[...new Set(e.flatMap(i=>i.files))],o=[`Codex reviewed your recent edits (${s.length} file${s.length===1?"":"s"}): ${r["must-fix"]} must-fix, ${r["should-fix"]} should-fix, ${r.nit} nit.`];for(let{f:i}of t.slice(0,n))o.push(`- [${i.severity}] ${jn(i)} ${V(i.title,100)} \u2014 ${V(i.suggested_fix||i.explanation,160)} (id ${wn(i)})`);return t.length>n&&o.push(`\u2026 ${t.length-n} more.`),o.push(`Weigh each finding critically; fix what is right (must-fix first). To reject one, write on a line of its own: codex-collab-reject <id>: <reason>. Details: codex-collab reviews show ${e.map(i=>i.id).join(" ")}`),o.join(`
`)}function br(e,n){return e.wake??={},e.wake[n]??={rounds:0,rejected:{}}}function xr(e,n,t,r){let s=br(e,n);Object.assign(s,{rounds:0,userPromptAt:C(t),locale:r}),delete s.stoppedAt,delete s.stopReason,delete s.open}var Sr="[codex-collab automatic review";var v=require("node:fs"),Hn=require("node:os"),_e=require("node:path");var Wn=5e3,qo=3e4,Ko=5e3,Yo=1e4,Xo=50,Er=4096,Qe=new Map,Dr;function pn(e){e<=0||(Dr??=new Int32Array(new SharedArrayBuffer(4)),Atomics.wait(Dr,0,0,e))}function Vo(e,n={}){let t=(0,_e.resolve)(e);if(Qe.has(t))throw new N(`This process already holds the lock ${t}.`,"This is a bug in codex-collab (a nested lock); please report it.");let r=n.timeoutMs??Wn,s=n.staleMs??qo,o=Date.now()+r,i=1;for(;;){let c=_r(t,s,!1);if(c!==null)return ei(t,c);let d=o-Date.now();if(d<=0)throw ci(t,r);let l=Math.min(d,i*(.5+Math.random())),a=Date.now();pn(l),n.onSleep?.(l,Date.now()-a),i=Math.min(i*2,Xo)}}function zr(e,n,t={}){let r=Vo(e,t);try{return n()}finally{r()}}function ei(e,n){Qe.set(e,n);let t=!1;return()=>{t||(t=!0,Qe.get(e)===n&&Qe.delete(e),Ir(e,n))}}function _r(e,n,t){let r=Un(e);if(r!==null)return r;let s=je(e);if(s===null)return Un(e);if(!si(e,s,n))return null;if(t)ii(e,s);else{let o=`${e}.takeover`,i=_r(o,Yo,!0);if(i===null)return null;try{Cr(je(e),s)&&(s.notFile?ce(e):gn(e))}finally{Ir(o,i)}}return Un(e)}function Un(e){let n={pid:process.pid,host:(0,Hn.hostname)(),token:`${process.pid}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`,at:C()},t;try{t=ni(e)}catch(r){if(Ae(r)==="EEXIST")return null;throw new N(`Cannot create the lock file ${e}: ${r.message}`,`Check that ${(0,_e.dirname)(e)} exists and is writable.`)}try{(0,v.writeSync)(t,JSON.stringify(n))}catch(r){throw(0,v.closeSync)(t),gn(e),new N(`Cannot write the lock file ${e}: ${r.message}`,`Check free space and permissions of ${(0,_e.dirname)(e)}.`)}return(0,v.closeSync)(t),n.token}function ni(e){try{return L(e,"exclusive")}catch(n){if(Ae(n)!=="ENOENT")throw n;return(0,v.mkdirSync)((0,_e.dirname)(e),{recursive:!0,mode:448}),L(e,"exclusive")}}function je(e){let n;try{n=(0,v.openSync)(e,v.constants.O_RDONLY|(v.constants.O_NOFOLLOW??0)|(v.constants.O_NONBLOCK??0))}catch(t){if(Ae(t)==="ENOENT")return null;if(Ae(t)==="ELOOP"||Ae(t)==="ENXIO")return ti(e);throw new N(`Cannot read the lock file ${e}: ${t.message}`,`Check the permissions of ${e}.`)}try{let t=(0,v.fstatSync)(n);if(!t.isFile())return{holder:null,raw:"",ino:t.ino,mtimeMs:0,notFile:!0};let r=Buffer.alloc(Er),s=r.subarray(0,(0,v.readSync)(n,r,0,Er,0)).toString("utf8");return{holder:ri(s),raw:s,ino:t.ino,mtimeMs:t.mtimeMs}}finally{(0,v.closeSync)(n)}}function ti(e){try{return{holder:null,raw:"",ino:(0,v.lstatSync)(e).ino,mtimeMs:0}}catch{return null}}function ri(e){try{let n=JSON.parse(e);if(n&&Number.isInteger(n.pid)&&n.pid>0&&typeof n.token=="string"&&typeof n.host=="string")return{pid:n.pid,host:n.host,token:n.token,at:typeof n.at=="string"?n.at:""}}catch{}return null}function si(e,n,t){let r=Date.now()-n.mtimeMs,s=n.holder;if(s===null)return r>Math.min(t,Ko);if(s.host===(0,Hn.hostname)()){if(s.pid===process.pid)return Qe.get(e)!==s.token;if(!Gn(s.pid))return!0}return r>t}function Gn(e){try{process.kill(e,0)}catch(n){return Ae(n)!=="ESRCH"}return!oi(e)}function oi(e){if(process.platform!=="linux")return!1;try{let n=(0,v.readFileSync)(`/proc/${e}/stat`,"utf8");return n[n.lastIndexOf(")")+2]==="Z"}catch{return!1}}function Cr(e,n){return e!==null&&e.ino===n.ino&&e.mtimeMs===n.mtimeMs&&e.raw===n.raw}function ii(e,n){let t=`${e}.stale-${process.pid}-${Math.random().toString(36).slice(2)}`;try{(0,v.renameSync)(e,t)}catch(s){if(Ae(s)==="ENOENT")return;throw s}let r=je(t);if(!Cr(r,n))try{(0,v.linkSync)(t,e)}catch{}r?.notFile||gn(t)}function Ir(e,n){let t;try{t=je(e)}catch{return}t?.holder?.token===n&&gn(e)}function gn(e){try{(0,v.unlinkSync)(e)}catch(n){if(Ae(n)!=="ENOENT")throw n}}var Ze=class extends N{};function ci(e,n){let t="";try{let r=je(e)?.holder;r&&(t=` (held by pid ${r.pid} on ${r.host} since ${r.at})`)}catch{}return new Ze(`Timed out after ${n/1e3} s waiting for the lock ${e}${t}.`,`Another codex-collab process is busy; try again. If none is running, delete ${e}.`)}function Ae(e){return e?.code}var ai=5e3;function $r(e,n){return e?n.getTime()-Date.parse(e.heartbeatAt)<3*ai&&Gn(e.pid):!1}var mn=require("node:fs"),Or=require("node:path");var li=512*1024;function hn(e,n,t=li){try{ae((0,Or.dirname)(e));try{(0,mn.lstatSync)(e).size>=t&&(0,mn.renameSync)(e,`${e}.1`)}catch{}Dn(e,`${n}
`,r=>`${C()} ${r}
`)}catch{}}var Lr=require("node:path");var Tr=require("node:fs"),fe=require("node:path");function Ce(e=process.cwd()){let n=(0,fe.resolve)(e),t=n;for(;;){if((0,Tr.existsSync)((0,fe.join)(t,".git")))return t;let r=(0,fe.dirname)(t);if(r===t)return n;t=r}}var Ue=".codex-collab";function Rr(e){return(0,fe.join)(e,Ue)}function D(e){return(0,fe.join)(e,".codex-collab.d")}function Br(e,n){let t=r=>hn((0,Lr.join)(D(n),"hooks.log"),`${C()} ${r}`);return Promise.resolve().then(()=>js(require("node:child_process"),1)).then(({spawn:r})=>{let s=r(process.execPath,[e,"review-worker","--project",n],{cwd:n,detached:!0,stdio:"ignore",env:{...process.env,NODE_EXTRA_CA_CERTS:void 0}});s.on("error",o=>t(`worker spawn failed: ${o.message}`)),s.unref()}).catch(r=>t(`worker spawn failed: ${r?.message??String(r)}`))}var R=require("node:fs"),He=require("node:path");var M=require("node:fs"),jr=require("node:module"),ee=require("node:path");var Pn=`${Ue}.d`,Nr=".committed-";function Fr(e){let{spawnSync:n}=(0,jr.createRequire)((0,ee.join)(e,"noop.js"))("node:child_process"),t=n("git",["ls-files","-z","-c","-m","-t","--",Ue,Pn],{cwd:e,encoding:"utf8",timeout:2e3,stdio:["ignore","pipe","ignore"]});if(t.status!==0||typeof t.stdout!="string")return null;let r=new Set,s=new Set;for(let i of t.stdout.split("\0"))i.length<3||(i[0]==="C"?s:r).add(i.slice(2));let o=[...r].filter(i=>!s.has(i));return{state:o.includes(Ue),dirFiles:o.filter(i=>i.startsWith(`${Pn}/`)),tracked:[...r].sort()}}function Mr(e){return e!==null&&(e.state||e.dirFiles.length>0)}function Qr(e){try{return(0,M.statSync)(e).mtimeMs}catch{return}}function Jn(e){return(0,ee.join)(D(e),"git-checked")}function di(e,n){let t=(0,ee.join)(e,".git");if(!(0,M.existsSync)(t))return!1;let r=s=>{if(!(0,M.lstatSync)(t).isDirectory())return!1;let o=Qr((0,ee.join)(t,"index")),i=Qr(s);return i!==void 0&&(o===void 0||i>o)};return n.text!==null?n.text!==n.copy||!r(n.copyPath):(0,M.existsSync)((0,ee.join)(e,Pn))?!(Zr((0,ee.join)(e,Pn))&&ui(Jn(e))&&r(Jn(e))):!1}function Zr(e){try{return(0,M.lstatSync)(e).isDirectory()}catch{return!1}}function ui(e){try{return(0,M.lstatSync)(e).isFile()}catch{return!1}}function qn(e){Ur(Jn(e))}function Ur(e){try{let n=L(e,"append");try{let t=new Date;(0,M.futimesSync)(n,t,t)}finally{(0,M.closeSync)(n)}}catch{}}function Hr(e){let n;return{suspect(){if(n!==void 0)return n;n=!1;let t=null;try{t=he(e.statePath,e.maxBytes)}catch{}let r=e.readCopy(e.copyPath);return di(e.root,{text:t,copy:r,copyPath:e.copyPath})?(n=Mr(Fr(e.root)),!n&&t!==null&&t===r?Ur(e.copyPath):!n&&t===null&&Zr(D(e.root))&&qn(e.root),n):!1},disownLocked(){let t=Fr(e.root);if(n=!1,!Mr(t))return;let r="is committed to this repository (git tracks it), and a repository's state is never trusted";if(t.state){let s=e.quarantine(e.statePath,Nr);e.warn(`${e.statePath} ${r}; moved it to ${(0,ee.basename)(s)} and started a fresh state (git rm --cached it).`)}if(t.dirFiles.length>0){let s=D(e.root),o=ce(s,Nr);e.warn(`${s} ${r} (${t.dirFiles.join(", ")}); moved it to ${(0,ee.basename)(o)} and started afresh (git rm -r --cached it).`)}}}}function We(e){return(0,He.join)(D(e),"edits.jsonl")}function yn(e,n){if(n.length===0)return;let t=We(e),r=n.map(o=>JSON.stringify(o)+`
`).join(""),s=!(0,R.existsSync)(D(e));ae(D(e)),s&&qn(e);for(let o=0;o<100;o++){let i=Ai(t);try{if(me(i,r),fi(i,t))return}finally{(0,R.closeSync)(i)}}throw new Error(`could not append to ${t}: it was drained 100 times in a row`)}function Ai(e){try{return L(e,"append")}catch(n){if(!(n instanceof b))throw n;return ce(e),L(e,"append")}}function fi(e,n){try{return(0,R.lstatSync)(n).ino===(0,R.fstatSync)(e).ino}catch{return!1}}function Gr(e){let n=[];for(let t of e.split(`
`)){if(!t)continue;let r;try{r=JSON.parse(t)}catch{continue}let s=pi(r);s&&n.push(s)}return n}var we=e=>typeof e=="string",wi=new Set(["simple","medium","complex"]);function pi(e){if(typeof e!="object"||e===null)return null;let n=e;if(n.kind===void 0||n.kind==="edit"){let t=n.kind==="edit"?n.edit:n;return!t||!we(t.path)||!we(t.hash)||!we(t.at)||!we(t.tool)||t.claudeSessionId!==void 0&&!we(t.claudeSessionId)?null:{kind:"edit",edit:{path:t.path,hash:t.hash,at:t.at,tool:t.tool,...t.claudeSessionId!==void 0?{claudeSessionId:t.claudeSessionId}:{}}}}if(n.kind==="classification"){let t=n.value;if(!we(n.key)||!t||!wi.has(t.level)||typeof t.score!="number"||!Number.isFinite(t.score)||!we(t.at))return null;let r=t.locale==="en"||t.locale==="zh"?{locale:t.locale}:{};return{kind:"classification",key:n.key,value:{level:t.level,score:t.score,at:t.at,...r}}}return n.kind==="stage"&&we(n.session)?{kind:"stage",session:n.session}:null}var Jr=".draining-";function qr(e){let n=(0,He.basename)(We(e))+Jr;try{return(0,R.readdirSync)(D(e)).filter(t=>t.startsWith(n)).map(t=>(0,He.join)(D(e),t))}catch{return[]}}function Kn(e){try{return he(e)??""}catch{return""}}function Kr(e){let n=Kn(We(e));return Gr([...qr(e).map(Kn),n].join(`
`))}function Yr(e){try{return(0,R.lstatSync)(We(e)).size}catch{return 0}}var Wr={simple:0,medium:1,complex:2};function Yn(e){if(e>=1&&e<=3)return 4;if(e===5||e===7)return 6}function gi(e,n){return e.pendingEdits.some(t=>t.path===n.path&&t.hash===n.hash)?!1:(e.pendingEdits.push(n),!0)}function Xn(e,n){let t=0;for(let r of n)if(r.kind==="edit")gi(e,r.edit)&&t++;else if(r.kind==="classification"){let s=e.classifications[r.key];(s===void 0||Wr[r.value.level]>Wr[s.level])&&(e.classifications[r.key]=r.value)}else{let s=e.sessions[r.session];s&&(s.stage=Yn(s.stage)??s.stage)}return t}function Xr(e){let n=We(e),t=`${n}${Jr}${process.pid}-${Math.random().toString(36).slice(2)}`,r=qr(e);try{(0,R.renameSync)(n,t),r=[...r,t]}catch{}if(r.length===0)return{entries:[],commit:()=>{},abort:()=>{}};let s=Gr(r.map(Kn).join(`
`)),o=()=>{for(let i of r)try{(0,R.unlinkSync)(i)}catch{}};return{entries:s,commit:o,abort:()=>{yn(e,s),o()}}}var Z=String.raw`[+\- ]?(?:(?:\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(?:[.,]\d{1,9})?Z?|\d\d:\d\d:\d\d(?:[.,]\d{1,9})?)[ \t]+(?:\[?(?:TRACE|DEBUG|INFO|NOTICE|WARN|WARNING|ERROR|FATAL)\]?[ \t]+)?)?[ \t]*(?:(?:>|\*|#|;|\/\/|--)[ \t]?(?![-*#/>;])[ \t]*){0,2}`,Ma=new RegExp(`^${Z}`);function Vr(e){return e.replace(/([a-z0-9])([A-Z])/g,"$1 $2").replace(/([A-Z]+)([A-Z][a-z])/g,"$1 $2").split(/[\s_.\-]+/).filter(n=>n!=="").map(n=>n.toLowerCase())}function es(e){if(/^\d{1,4}$/.test(e))return!0;let n=/^([A-Za-z]+)\d{0,3}$/.exec(e);if(!n)return!1;let t=n[1];if(t===t.toLowerCase()||t===t.toUpperCase()||/^[A-Z][a-z]+$/.test(t))return!0;let r=t.replace(/([a-z])([A-Z])/g,"$1 $2").replace(/([A-Z]+)([A-Z][a-z])/g,"$1 $2").split(" ");return r.length*3<=t.length&&r.every(s=>/^(?:[A-Z]?[a-z]+|[A-Z]+)$/.test(s))}function Ie(e){return e.split(/[^A-Za-z0-9]+/).every(n=>n===""||es(n))}var hi=new Set(["password","passwd","passphrase","mnemonic"]),Pi=new Set(["pass","pwd","pw"]),yi=new Set(["secret","token","credential","credentials","creds","apikey","secretkey","accesskey","privatekey","pat"]);var vi=new Set(["cache","idempotency","public","sort","partition","primary","foreign","lookup","dedup","dedupe","encoded","object","map","i18n","translation","row","composite","unique","index","hash","group","route","react"]),ki=new Set(["sdk","api","access","private","secret","signing","encryption","master","account","shared","client","app","license","subscription","auth","session","hmac","jwt","ssh","deploy","admin","root","service"]),bi=new Set(["name","names","type","types","file","files","path","paths","dir","directory","url","uri","urls","endpoint","host","hostname","id","ids","length","len","size","count","min","max","ttl","expiry","expires","expiration","expired","timeout","at","version","arn","ref","header","headers","prefix","suffix","field","fields","env","var","label","placeholder","hint","regex","pattern","policy","rule","rules","required","enabled","disabled","visible","input","error","errors","message","msg","text","title","description","format","provider","source","store","manager","generator","validator","schema","kind","mode","strategy","location","index","idx","param","params","option","options","handler","callback","fn","func","method","class","component","module","reset","changed","updated","created","limit","limits","usage","used","budget","encoding","algorithm","alg","column","status","flag","exists","valid","invalid","strength","icon","button","link","page","view","route","form","dialog","modal","test","tests","spec","mock","fixture","example","sample","template","keys"]);function ts(e){if(e==="_auth"||e==="_authToken")return"secret";let n=Vr(e),t=n[n.length-1];if(t===void 0||bi.has(t))return null;if(n.some(r=>hi.has(r)||/(?:password|passwd|passphrase)$/.test(r))||Pi.has(t)&&!(n.length===1&&t==="pwd")||n.length>1&&n[0]==="pwd")return"password";if(n.some(r=>yi.has(r)||/(?:secret|token|apikey)$/.test(r)))return"secret";for(let r=1;r<n.length;r++)if(n[r]==="key"&&ki.has(n[r-1]))return"secret";return n.some(r=>vi.has(r))?null:t==="key"||t==="auth"||t==="login"?"weak":null}var Ha=new RegExp(`^${Z}(?:(?:export|set|setx|declare|local|readonly|ENV|ARG)[ \\t]+|-[ \\t]+)?["']?$`);var ie=String.raw`(?<q>['"]?)(?<secret>(?<=')[^'\n]{1,256}(?=')|(?<=")[^"\n]{1,256}(?=")|(?<!['"])[^\s'"][^\s]{0,255})\k<q>`,$e=e=>{let n=ts(e??"");return n==="password"||n==="secret"};var Ge=e=>e!==void 0&&e.length>=4&&!/^[a-z]+$/.test(e),rs=e=>Ge(e)&&!Ie(e),pe=(e,n)=>new RegExp(String.raw`(?<pre>(?<![\w-])(?:${e})\b[^\n]{0,200}?[ \t](?:${n}))${ie}`,"g"),Ka=[{needle:/mysql|mariadb/,re:new RegExp(String.raw`(?<pre>(?<![\w-])(?:mysql|mysqldump|mysqladmin|mysqlimport|mysqlsh|mariadb|mariadb-dump)\b[^\n]{0,200}?[ \t]-p)${ie}`,"g")},{needle:/sshpass/,re:pe("sshpass",String.raw`-p[ \t]*`)},{needle:/login/,re:pe(String.raw`(?:docker|podman|buildah|skopeo|helm|oras|nerdctl)(?:[ \t]+registry)?[ \t]+login`,String.raw`(?:-p|--password)(?:[ \t]+|=)`)},{needle:/cqlsh|mongo/,re:pe("cqlsh|mongo|mongosh",String.raw`(?:-p|--password)[ \t]+`)},{needle:/redis-cli/,re:pe("redis-cli",String.raw`-a[ \t]+`)},{needle:/sqlcmd|bcp|osql/,re:pe("sqlcmd|bcp|osql",String.raw`-P[ \t]*`)},{needle:/ldap/,re:pe(String.raw`ldap(?:search|add|modify|delete|whoami|passwd|compare)`,String.raw`-w[ \t]+`)},{needle:/pass/,re:pe("keytool|jarsigner",String.raw`-(?:src|dest)?(?:store|key)pass[ \t]+`)},{needle:/pass:/,re:new RegExp(String.raw`(?<pre>(?<![\w-])-pass(?:in|out)?[ \t]+pass:)${ie}`,"g")},{needle:/zip|7z/,re:pe(String.raw`zip|unzip|7z|7za`,String.raw`-P[ \t]*|-p(?=\S)`)},{needle:/smbclient|-U/,re:new RegExp(String.raw`(?<pre>(?<![\w-])smbclient\b[^\n]{0,200}?[ \t]-U[ \t]*['"]?[^\s%'"]{1,64}%)(?<secret>[^\s'"]{1,256})`,"g")},{needle:/\/user:/i,re:new RegExp(String.raw`(?<pre>(?<![\w-])net[ \t]+use\b[^\n]{0,200}?/user:\S{1,128}[ \t]+)${ie}`,"gi")},{needle:/htpasswd/,re:new RegExp(String.raw`(?<pre>(?<![\w-])htpasswd[ \t]+-[a-zA-Z]*b[a-zA-Z]*[ \t]+\S{1,256}[ \t]+\S{1,128}[ \t]+)${ie}`,"g")},{needle:/rabbitmqctl/,re:new RegExp(String.raw`(?<pre>(?<![\w-])rabbitmqctl[ \t]+(?:add_user|change_password)[ \t]+\S{1,128}[ \t]+)${ie}`,"g")},{needle:/--from-literal|--set/,re:new RegExp(String.raw`(?<pre>(?:--from-literal=|--set(?:-string)?[ \t]+)(?<name>[\w.-]{1,128})=)${ie}`,"g"),accept:e=>$e(e.name?.split(".").pop())&&Ge(e.secret)},{needle:/\bset\b/,re:new RegExp(String.raw`(?<pre>(?<![\w-])set[ \t]+(?<name>[A-Za-z_][\w.-]{0,127})[ \t]+)${ie}`,"g"),accept:e=>$e(e.name)&&Ge(e.secret)},{needle:/:/,re:new RegExp(String.raw`(?<pre>(?:^${Z}|(?<=["'\x60]))[A-Za-z0-9.*_\[\]-]{1,253}:(?:\d{1,5}|\*):[^\s:"'\x60]{1,128}:[^\s:"'\x60]{1,128}:)(?<secret>(?:[^\s:\\"'\x60]|\\.){1,256})(?=[ \t]*$|["'\x60])`,"gm")},{needle:/ENV|ARG/,re:new RegExp(String.raw`(?<pre>^${Z}(?:ENV|ARG)[ \t]+(?<name>[A-Za-z_]\w{0,127})[ \t]+)(?<secret>[^\s=\\][^\n\\]{0,255}?)[ \t]*\\?[ \t]*$`,"gm"),accept:e=>$e(e.name)&&Ge(e.secret)},{needle:/value=/,re:new RegExp(String.raw`(?<pre>key=(?<kq>["'])(?<name>[^"'\n]{1,64})\k<kq>[ \t]+value=(?<q>["']))(?<secret>[^"'\n]{1,512})\k<q>`,"g"),accept:e=>$e(e.name)&&Ge(e.secret)},{needle:/,/,re:new RegExp(String.raw`(?<pre>(?<nq>["'])(?<name>[A-Za-z_][\w.-]{0,63})\k<nq>[ \t]*,[ \t]*(?<q>["']))(?<secret>[^\s"'\n]{4,512})\k<q>`,"g"),accept:e=>$e(e.name)&&rs(e.secret)},{needle:/set|with|use/,re:new RegExp(String.raw`(?<pre>(?<![\w$])(?:set|with|use)(?<name>[A-Z]\w{0,63})[ \t]*\([ \t]*(?<q>["']))(?<secret>[^"'\n]{1,512})\k<q>[ \t]*\)`,"g"),accept:e=>$e(e.name)&&rs(e.secret)},{needle:/SecureString/i,re:new RegExp(String.raw`(?<pre>ConvertTo-SecureString[ \t]+(?:-String[ \t]+)?)${ie}`,"gi")},{needle:/hmac/i,re:new RegExp(String.raw`(?<pre>(?:hmac\.new|hmac\.HMAC|HMAC\.new|createHmac\([ \t]*["'][\w-]{1,16}["'][ \t]*,)[ \t]*\(?[ \t]*b?(?<q>["']))(?<secret>[^"'\n]{8,512})\k<q>`,"gi")}];var ol=64*1024;var il=new RegExp(String.raw`^${Z}(?:[A-Za-z0-9+/=]+|(?:Proc-Type|DEK-Info|Comment|Version|Hash):.*)?[ \t]*\r?$`);var gl=new RegExp(String.raw`[ \t]*(?:\+[ \t]*)?(?:\\[ \t]*)?(?:\r?\n${Z}(?:\+[ \t]*)?)?`,"y"),ml=new RegExp(String.raw`[ \t]*,[ \t]*(?:\r?\n${Z})?`,"y");var S=require("node:fs"),H=require("node:path");var is=require("node:fs");function cs(e,n){let t=n.timeoutMs??Wn,{deadline:r}=n,s={requests:0,waitMs:0,sleptMs:0,queuedMs:0,pastDeadlineMs:0},o=0,i=(d,l)=>{s.sleptMs+=d,o+=Math.max(0,l-d)};return{run:d=>{s.requests++;let l=Date.now(),a=o,A=r===void 0?null:os(),w=!1,g=()=>{let y=Date.now();if(s.waitMs+=y-l,r===void 0)return;let k=os(),O=A!==null&&k!==null?k-A:o-a;s.queuedMs+=O,s.pastDeadlineMs=Math.max(s.pastDeadlineMs,Math.round(y-Math.max(l,r)-O))},P=r===void 0?t:Math.max(0,Math.min(t,r-Date.now()));try{return zr(e,()=>(w=!0,g(),d()),{timeoutMs:P,onSleep:i})}finally{w||g()}},stats:s}}function os(){try{let e=(0,is.readFileSync)("/proc/thread-self/schedstat","latin1").split(" "),n=Number(e[1]);return Number.isFinite(n)?n/1e6:null}catch{return null}}var Je=1,U={sessions:60,historyPerSession:30,reviews:60,pendingEdits:500,classifications:200,wakeLoops:200};function xi(){let e=x({input_tokens:p(h(),0),cached_input_tokens:p(h(),0),output_tokens:p(h(),0),reasoning_output_tokens:p(h(),0)}),n=h().check(Re(),cn(0),Vt(7)),t=x({at:u(),kind:u(),title:u(),outcome:B(["ok","failed","timeout","cancelled"]),stage:f(n),tokens:f(h()),threadId:f(u()),usage:f(e),model:f(u()),costUsd:f(h()),promptBytes:f(h()),answerBytes:f(h())}),r=x({threadId:Se(u()),bytes:p(h(),0),tokens:p(h(),0),turns:p(h(),0),startedAt:u(),endedAt:f(u()),endReason:f(u()),handoffFrom:f(u())}),s=x({at:u(),kind:u(),stage:f(n),text:u()}),o=x({name:u(),threadId:Se(u()),claudeSessionId:f(u()),task:f(u()),cwd:f(u()),createdAt:u(),updatedAt:u(),turns:p(h(),0),usage:e,stage:p(n,0),history:p(F(t),[]),costUsd:f(h()),thread:f(r),chain:f(F(r)),decisions:f(F(s))}),i=B(["must-fix","should-fix","nit"]),c=x({severity:i,file:u(),line_start:Se(h()),line_end:Se(h()),title:u(),explanation:u(),suggested_fix:u(),confidence:h()}),d=x({path:u(),hash:u(),at:u(),tool:u(),claudeSessionId:f(u()),attempts:f(h()),retryAt:f(u()),lastError:f(u())}),l=x({id:u(),sessionName:u(),claudeSessionId:f(u()),diffHash:u(),files:F(u()),status:B(["running","done","failed","skipped"]),startedAt:u(),finishedAt:f(u()),verdict:f(u()),summary:f(u()),note:f(u()),answer:f(B(["structured","prose"])),origin:f(B(["auto","manual"])),contentHashes:f(de(u(),u())),findings:p(F(c),[]),usage:f(e),error:f(u()),skipReason:f(u()),deliveredAt:f(u()),stopBlockedAt:f(u()),tree:f(u()),threadId:f(u()),base:f(u()),since:f(u()),promptBytes:f(h()),sentFiles:f(h()),wokenAt:f(u())}),a=x({rounds:p(h(),0),userPromptAt:f(u()),locale:f(B(["en","zh"])),waiter:f(x({pid:h(),since:u()})),rejected:p(de(u(),u()),{}),stoppedAt:f(u()),stopReason:f(u()),open:f(F(u()))}),A=x({level:B(["simple","medium","complex"]),score:h(),at:u(),locale:f(B(["en","zh"]))}),w=x({pid:h(),startedAt:u(),heartbeatAt:u()}),g=x({version:Xt(Je),sessions:p(de(u(),o),{}),pendingEdits:p(F(d),[]),reviews:p(F(l),[]),classifications:p(de(u(),A),{}),worker:p(Se(w),null),wake:f(de(u(),a))});return{Usage:e,Stage:n,HistoryEntry:t,ThreadSize:r,Decision:s,Session:o,Severity:i,Finding:c,PendingEdit:d,ReviewRecord:l,WakeLoop:a,Classification:A,WorkerInfo:w,StateFile:g}}var et;function vn(){return et||(en(),et=xi())}function Oe(){return{version:Je,sessions:{},pendingEdits:[],reviews:[],classifications:{},worker:null}}var kn=class extends N{constructor(n,t){super(`${n} was written by a newer codex-collab (state version ${t}; this one understands ${Je}).`,"Upgrade codex-collab (every copy used in this project) to the latest version.")}};function Si(e){return`${e}.lock`}function Ei(e){return(0,H.join)(D(e),"state.validated.json")}function ls(e,n={}){let t=Rr(e),r=Si(t),s=n.onWarning??(g=>console.error(`codex-collab: ${g}`)),o=cs(r,{timeoutMs:n.lockTimeoutMs,deadline:n.deadline}),i=o.run,c=n.syncDirectory??!0,d=Ei(e),l=()=>zi(t,d),a=()=>{let g=l();if(g.ok)return g.state??Oe();let P=as(t);return s(`${t} was unusable (${g.reason}); moved it to ${(0,H.basename)(P)} and started a fresh state.`),Oe()},A=()=>{let g=l();if(g.ok)return g.state??Oe();try{return i(a)}catch(P){if(P instanceof kn)throw P;return s(`${t} was unusable (${g.reason}) and could not be moved aside (${V(P.message)}); using an empty state.`),Oe()}},w=Hr({root:e,statePath:t,copyPath:d,maxBytes:nt,readCopy:ds,quarantine:as,warn:s});return{path:t,get lockWait(){let{requests:g,waitMs:P,sleptMs:y,queuedMs:k,pastDeadlineMs:O}=o.stats;return{requests:g,waitMs:Math.round(P),sleptMs:Math.round(y),queuedMs:Math.round(k),pastDeadlineMs:O}},withLock:i,read(){if(w.suspect())try{i(w.disownLocked)}catch(y){return s(`${t} or ${D(e)} is committed to this repository and could not be moved aside (${V(y.message)}); using an empty state.`),Oe()}let g=Kr(e),P=A();return Xn(P,g),P},update(g){return i(()=>{w.suspect()&&w.disownLocked();let P=Xr(e);try{let y=a();Xn(y,P.entries);let k=Ci(y),O=g(y);if(O instanceof Promise)throw new N("store.update() was given an async function.","This is a bug in codex-collab; please report it.");Di(y);let W=Ii(y,k);if(!W.success)throw new N(`Refusing to write an invalid state to ${t}: ${ps(W.issues)}`,"This is a bug in codex-collab; please report it.");fs(t);let G=JSON.stringify(W.state);return ws(t,G,c),_i(d,G,s),P.commit(),O}catch(y){throw P.abort(),y}})}}}function Di(e){let n=Object.values(e.sessions);if(n.length>U.sessions){let s=qe(n,U.sessions,o=>o.updatedAt);e.sessions=Object.fromEntries(s.map(o=>[o.name,o]))}for(let s of Object.values(e.sessions))s.history.length>U.historyPerSession&&(s.history=s.history.slice(-U.historyPerSession));e.reviews=qe(e.reviews,U.reviews,s=>s.startedAt),e.pendingEdits=qe(e.pendingEdits,U.pendingEdits,s=>s.at);let t=Object.entries(e.classifications);t.length>U.classifications&&(e.classifications=Object.fromEntries(qe(t,U.classifications,([,s])=>s.at)));let r=Object.entries(e.wake??{});r.length>U.wakeLoops&&(e.wake=Object.fromEntries(qe(r,U.wakeLoops,([,s])=>s.userPromptAt??s.waiter?.since??"")))}function qe(e,n,t){if(e.length<=n)return e;let r=e.map((o,i)=>({k:t(o),i}));r.sort((o,i)=>o.k<i.k?1:o.k>i.k?-1:i.i-o.i);let s=new Set(r.slice(0,n).map(o=>o.i));return e.filter((o,i)=>s.has(i))}var nt=8*1024*1024;function zi(e,n){let t;try{t=he(e,nt)}catch(i){return{ok:!1,reason:i instanceof b?`${i.why}, never read or written through`:V(i.message)}}if(t===null)return{ok:!0,state:null};let r;try{r=JSON.parse(t)}catch(i){return{ok:!1,reason:`not valid JSON: ${V(i.message)}`}}let s=typeof r=="object"&&r!==null?r.version:void 0;if(typeof s=="number"&&s>Je)throw new kn(e,s);if(t===ds(n))return{ok:!0,state:r};let o=Be(vn().StateFile,r);return o.success?{ok:!0,state:o.data}:{ok:!1,reason:`invalid content: ${ps(o.error.issues)}`}}function ds(e){try{return((0,S.lstatSync)(e).mode&63)!==0?void 0:he(e,nt)??void 0}catch{return}}function _i(e,n,t){try{ae((0,H.dirname)(e),t),fs(e),ws(e,n,!1)}catch{}}function us(){return Object.keys(vn().StateFile.shape)}function Ci(e){return new Map(us().map(n=>[n,JSON.stringify(e[n])]))}function Ii(e,n){let t={},r=[];for(let s of us()){let o=e[s];if(n.get(s)===JSON.stringify(o)){t[s]=o;continue}let i=Be(vn().StateFile.shape[s],o);i.success?t[s]=i.data:r.push(...i.error.issues.map(c=>({path:[s,...c.path],message:c.message})))}return r.length>0?{success:!1,issues:r}:{success:!0,state:t}}function as(e,n=".corrupt-"){let t=C().replace(/:/g,""),r=`${e}${n}${t}`;for(let s=1;(0,S.existsSync)(r);s++)r=`${e}${n}${t}-${s}`;try{(0,S.renameSync)(e,r)}catch(s){throw new N(`Cannot move the unusable ${e} aside: ${s.message}`,`Move or delete ${e} by hand.`)}return r}var As=".tmp-";function fs(e){let n=(0,H.basename)(e)+As,t=(0,H.dirname)(e),r;try{r=(0,S.readdirSync)(t)}catch{return}for(let s of r)if(s.startsWith(n))try{(0,S.unlinkSync)((0,H.join)(t,s))}catch{}}function ws(e,n,t){let r=`${e}${As}${process.pid}-${Math.random().toString(36).slice(2)}`,s;try{s=L(r,"exclusive"),me(s,n),(0,S.fsyncSync)(s),(0,S.closeSync)(s),s=void 0,$i(r,e)}catch(o){s!==void 0&&(0,S.closeSync)(s);try{(0,S.unlinkSync)(r)}catch{}throw new N(`Cannot write ${e}: ${o.message}`,`Check free space and the permissions of ${(0,H.dirname)(e)}.`)}t&&Oi((0,H.dirname)(e))}function $i(e,n){for(let t=0;;t++)try{(0,S.renameSync)(e,n);return}catch(r){let s=r.code;if(!(process.platform==="win32"&&(s==="EPERM"||s==="EBUSY"||s==="EACCES"))||t>=10)throw r;pn(10+t*10)}}function Oi(e){let n;try{n=(0,S.openSync)(e,"r"),(0,S.fsyncSync)(n)}catch{}finally{n!==void 0&&(0,S.closeSync)(n)}}function ps(e){let n=e.slice(0,3).map(t=>`${t.path.map(String).join(".")||"(root)"}: ${t.message}`);return V(n.join("; ")+(e.length>3?` (+${e.length-3} more)`:""))}var xn=require("node:fs"),Ss=require("node:path");var ne=require("node:fs"),ot=require("node:path");var bn=require("node:fs");function tt(e){try{let n=(0,bn.readFileSync)(`/proc/${e}/stat`,"latin1");return n.slice(n.lastIndexOf(")")+2).split(" ")}catch{return null}}function gs(){let e;try{e=(0,bn.readdirSync)("/proc")}catch{return null}let n=[];for(let t of e){if(!/^\d+$/.test(t))continue;let r=tt(t);r&&n.push({pid:Number(t),ppid:Number(r[1]),pgid:Number(r[2]),state:r[0]??""})}return n}function Ti(){let e=process.getBuiltinModule;return e?.("node:child_process")?.spawnSync}function Ri(e,n){let t=Ti();if(!t)return null;let r=t("ps",["-o",`${n}=`,"-p",String(e)],{encoding:"utf8"}),s=typeof r.stdout=="string"?r.stdout.trim():"";return r.status===0&&s!==""?s:null}function rt(e){if(!Number.isInteger(e)||e<=0)return null;if(process.platform==="linux"){let n=tt(e);return n?`t${n[19]}`:null}return process.platform==="win32"?null:Ri(e,"lstart")}function ms(e,n){if(n===null)return!1;if(process.platform==="linux"){let t=tt(e);return t!==null&&t[0]!=="Z"&&`t${t[19]}`===n}return rt(e)===n}function hs(e){try{return process.kill(-e,0),!0}catch(n){return n.code==="EPERM"}}var vs=2e3;function Ps(e){return(0,ot.join)(D(e),"codex-runs")}function Li(e,n){st(e);let t=L(e,"exclusive");try{me(t,JSON.stringify(n))}finally{(0,ne.closeSync)(t)}}function Bi(e){try{if(!(0,ne.lstatSync)(e).isFile())return null;let n=JSON.parse((0,ne.readFileSync)(e,"utf8"));return!Number.isInteger(n.pgid)||n.pgid<=1||!Number.isInteger(n.ownerPid)?null:{pgid:n.pgid,leaderStart:typeof n.leaderStart=="string"?n.leaderStart:null,ownerPid:n.ownerPid,ownerStart:typeof n.ownerStart=="string"?n.ownerStart:null,startedAt:typeof n.startedAt=="string"?n.startedAt:"",...typeof n.termAt=="number"?{termAt:n.termAt}:{}}}catch{return null}}function st(e){try{(0,ne.unlinkSync)(e)}catch{}}function Ni(e){let n=gs(),t=i=>i.state!=="Z",r=rt(e.pgid);if(r!==null&&r!==e.leaderStart)return[];if(!(n?n.some(i=>i.pgid===e.pgid&&t(i)):hs(e.pgid)))return[];let o=new Set([e.pgid]);if(n){let i=new Map;for(let a of n)i.set(a.ppid,[...i.get(a.ppid)??[],a.pid]);let c=new Map(n.map(a=>[a.pid,a])),d=n.filter(a=>a.pgid===e.pgid).map(a=>a.pid),l=new Set(d);for(;d.length>0;)for(let a of i.get(d.shift())??[]){if(l.has(a))continue;l.add(a),d.push(a);let A=c.get(a)?.pgid;A!==void 0&&A>1&&t(c.get(a))&&o.add(A)}}return[...o]}function ys(e,n){for(let t of e)try{process.kill(-t,n)}catch{}}function ks(e,n=Date.now()){if(process.platform==="win32")return 0;let t;try{t=(0,ne.readdirSync)(Ps(e))}catch{return 0}let r=0;for(let s of t){if(!/^\d+\.json$/.test(s))continue;let o=(0,ot.join)(Ps(e),s),i=Bi(o);if(i===null||i.ownerStart===null||i.leaderStart===null){st(o);continue}if(ms(i.ownerPid,i.ownerStart))continue;let c=Ni(i);if(c.length===0){st(o);continue}if(r++,i.termAt!==void 0&&n-i.termAt>=vs){ys(c,"SIGKILL");continue}if(ys(c,"SIGTERM"),i.termAt===void 0)try{Li(o,{...i,termAt:n})}catch{}}return r}var md=vs+3e3;var Fi={session_id:"string",transcript_path:"string",cwd:"string",permission_mode:"string"},Mi={SessionStart:{source:"string"},UserPromptSubmit:{},PostToolUse:{},Stop:{stop_hook_active:"boolean"}},bs={SessionStart:{},UserPromptSubmit:{prompt:"string"},PostToolUse:{tool_name:"string"},Stop:{}};function Qi(e){return typeof e=="string"&&Object.hasOwn(bs,e)}function xs(e){if(typeof e!="object"||e===null||Array.isArray(e))return null;let n=e,t=n.hook_event_name;if(!Qi(t))return null;for(let[r,s]of Object.entries({...Fi,...Mi[t]}))if(n[r]!==void 0&&typeof n[r]!==s)return null;for(let[r,s]of Object.entries(bs[t]))if(typeof n[r]!==s)return null;return n}var ji=8*1024*1024;function Zi(){let e=[],n=0,t=Buffer.alloc(65536);for(;;){let r;try{r=(0,xn.readSync)(0,t,0,t.length,null)}catch(s){let o=s.code;if(o==="EAGAIN"){Es();continue}if(o==="EOF")break;throw s}if(r===0||(n+=r,e.push(Buffer.from(t.subarray(0,r))),n>ji))break}return Buffer.concat(e).toString("utf8")}function te(e,n){hn((0,Ss.join)(D(e),"hooks.log"),`${new Date().toISOString()} ${n}`)}function Es(){Atomics.wait(new Int32Array(new SharedArrayBuffer(4)),0,0,5)}function Ui(e){if(!e)return;let n=Buffer.from(JSON.stringify(e),"utf8");for(let t=0;t<n.length;)try{t+=(0,xn.writeSync)(1,n,t,n.length-t)}catch(r){if(r.code!=="EAGAIN")throw r;Es()}}function Hi(e){try{ks(e)}catch(n){te(e,`ending orphaned codex runs: ${n?.message??String(n)}`)}}var Ds=2e3;function zs(e,n){let t=Date.now(),r=process.env,s=r.CLAUDE_PROJECT_DIR||process.cwd(),o;try{try{if(r.CODEX_COLLAB_DISABLE==="1")return;let i=Zi(),c;try{c=JSON.parse(i)}catch{te(Ce(s),`${e}: stdin was not JSON (${i.length} bytes); ignored`);return}let d=xs(c);if(d===null||d.hook_event_name!==e){te(Ce(s),`${e}: unexpected input shape; ignored`);return}s=Ce(r.CLAUDE_PROJECT_DIR||d.cwd||process.cwd()),o=n({started:t,input:d,root:s,env:r})}catch(i){te(Ce(s),`${e}: internal error: ${i?.stack??String(i)}`),o={systemMessage:`codex-collab: ${e} hook skipped (internal error; see .codex-collab.d/hooks.log)`}}try{Ui(o)}catch(i){te(Ce(s),`${e}: could not write the output: ${i?.message??String(i)}`)}Hi(s)}finally{process.exitCode=0}}var Wi="#nocodex";function Gi(e,n,t){try{return{config:n.configCache?Ar(e,t,n.configCache,()=>Mn(e,t)):Mn(e,t)}}catch(r){te(e,`config: ${r.message}`);let s=r instanceof ue?r.file.replace(`${e}/`,""):".claude/codex-collab.json";return{config:De(),warning:`codex-collab: ${s} is invalid; using defaults (run codex-collab doctor)`}}}function Ji(e){return e.input.session_id||e.env.CLAUDE_CODE_SESSION_ID||void 0}function qi(e){return n=>hr(e,n)}function Ki(e,n,t){let r=n.filter(o=>!!o).join(`

`),s={};return r&&(s.hookSpecificOutput={hookEventName:e,additionalContext:r}),t&&(s.systemMessage=t),r||t?s:null}function Yi(e,n){return ls(e,{onWarning:t=>te(e,t),syncDirectory:!1,deadline:n})}function Xi(e,n=Ds){return(e.started??Date.now())+n}function Vi(e,n,t,r,s,o){let i=o,c=!1;try{i=r()}catch(w){if(!(w instanceof Ze))throw w;s(),c=!0}let{waitMs:d,sleptMs:l,queuedMs:a,pastDeadlineMs:A}=t.lockWait;return(d>0||c)&&te(e,`${n}: waited ${d} ms for the state lock (slept ${l} ms between attempts; past the deadline: ${A} ms; waiting for a CPU meanwhile: ${a} ms)${c?"; busy past the deadline, write journaled":""}`),i}var _s={simple:0,medium:1,complex:2},ec=32*1024;function Cs(e,n){return e===void 0||_s[n]>_s[e.level]}function nc(e,n){return n.CLAUDE_PLUGIN_ROOT?e.replace(/(^|[^\w:/-])\/codex-(?!collab:)/g,"$1/codex-collab:codex-"):e}function Is(e,n){let{prompt:t}=e.input;if(t.includes(Wi)||t.includes(Sr))return null;let{config:r,warning:s}=Gi(e.root,n,e.env),o=n.now?.()??new Date,i=Ji(e),c=i??"default",d=Yi(e.root,Xi(e)),l=d.read(),a=l.classifications[c],A,w=r.hooks.classify&&!t.trimStart().startsWith("/")?Wt(t,r.classify):void 0,g=w!==void 0&&Cs(a,w.level),P=w?.level==="simple"&&a!==void 0&&a.level!=="simple";w&&!P&&(A=nc(Kt(w,r.locale??Tn(t)),e.env));let y=r.hooks.autoReview&&l.pendingEdits.length>0&&!$r(l.worker,o),k=[],O=i?l.wake?.[i]:void 0,W=O!==void 0&&(O.waiter!==void 0||O.rounds>0||O.stoppedAt!==void 0),G=Tn(t),J=w&&{level:w.level,score:w.score,at:o.toISOString(),locale:G},ye=vr(l,i),Ke=d.lockWait.requests===0&&Yr(e.root)<ec;g&&!ye&&!W&&J&&Ke?yn(e.root,[{kind:"classification",key:c,value:J}]):(g||W||ye)&&(k=Vi(e.root,"UserPromptSubmit",d,()=>d.update(q=>(J&&Cs(q.classifications[c],J.level)&&(q.classifications[c]=J),i&&q.wake?.[i]&&xr(q,i,o,G),yr(q,i,o,qi(e.root)))),()=>J&&g&&yn(e.root,[{kind:"classification",key:c,value:J}]),[])),y&&Br(n.cliPath,e.root),w&&te(e.root,`classified: ${Gt(w)}`);let ve=k.length>0?kr(k,r.review.maxFindingsInContext):void 0;return Ki("UserPromptSubmit",[A,ve],s)}zs("UserPromptSubmit",e=>Is(e,ht(__dirname,__filename)));
