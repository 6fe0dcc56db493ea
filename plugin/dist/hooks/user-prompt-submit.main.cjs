"use strict";var qs=Object.create;var Fn=Object.defineProperty;var Js=Object.getOwnPropertyDescriptor;var Xs=Object.getOwnPropertyNames;var Ys=Object.getPrototypeOf,Vs=Object.prototype.hasOwnProperty;var ei=(e,t,n,r)=>{if(t&&typeof t=="object"||typeof t=="function")for(let o of Xs(t))!Vs.call(e,o)&&o!==n&&Fn(e,o,{get:()=>t[o],enumerable:!(r=Js(t,o))||r.enumerable});return e};var ti=(e,t,n)=>(n=e!=null?qs(Ys(e)):{},ei(t||!e||!e.__esModule?Fn(n,"default",{value:e,enumerable:!0}):n,e));var Qs=require("node:path");var P=require("node:fs"),ie=require("node:path"),wt=448,Tt=384,ni=".unsafe-",pt=P.constants.O_NOFOLLOW??0,Nn=P.constants.O_NONBLOCK??0,D=class extends Error{constructor(n,r){super(`${n} ${r}; codex-collab never writes through it.`);this.path=n;this.why=r}path;why;code="EUNSAFE"};function se(e){return e?.code}function mt(e){try{return(0,P.lstatSync)(e)}catch(t){if(se(t)==="ENOENT")return null;throw t}}function ue(e,t=ni){let n=new Date().toISOString().replace(/:/g,""),r=`${e}${t}${n}`;for(let o=1;mt(r)!==null;o++)r=`${e}${t}${n}-${o}`;return(0,P.renameSync)(e,r),r}function De(e,t){for(let n=0;;n++){let r=mt(e);if(r?.isDirectory()){if((r.mode&511)!==wt&&r.uid===process.getuid?.())try{(0,P.chmodSync)(e,wt)}catch{}return}let o;if(r!==null&&!r.isSymbolicLink())throw new D(e,"is not a directory");if(r!==null){let s;try{s=ue(e)}catch(i){if(se(i)==="ENOENT"&&n<2)continue;throw i}o=`${e} is a symbolic link; moved it aside to ${(0,ie.basename)(s)} and created a fresh directory (nothing was written through it).`,t?.(o)}try{(0,P.mkdirSync)(e,{mode:wt})}catch(s){if(se(s)==="EEXIST"&&n<2)continue;throw s}(0,P.chmodSync)(e,wt),o!==void 0&&Lt((0,ie.join)(e,"hooks.log"),`${new Date().toISOString()} ${o}
`);return}}var ri={append:P.constants.O_WRONLY|P.constants.O_CREAT|P.constants.O_APPEND,exclusive:P.constants.O_WRONLY|P.constants.O_CREAT|P.constants.O_EXCL};function R(e,t){if(pt===0&&mt(e)?.isSymbolicLink())throw new D(e,"is a symbolic link");let n;try{n=(0,P.openSync)(e,ri[t]|pt|Nn,Tt)}catch(r){throw se(r)==="ELOOP"?new D(e,"is a symbolic link"):se(r)==="ENXIO"?new D(e,"is not a regular file"):r}try{let r=(0,P.fstatSync)(n);if(!r.isFile())throw new D(e,"is not a regular file");if(r.nlink>1)throw new D(e,"has other hard links");return(r.mode&511)!==Tt&&(0,P.fchmodSync)(n,Tt),n}catch(r){throw(0,P.closeSync)(n),r}}function Lt(e,t,n){let r,o="";try{r=R(e,"append")}catch(s){if(!(s instanceof D))throw s;let i=ue(e);o=n?.(`${s.message} Moved it aside to ${(0,ie.basename)(i)}.`)??"",r=R(e,"append")}try{ze(r,o+t)}finally{(0,P.closeSync)(r)}}function ze(e,t){let n=Buffer.from(t,"utf8");for(let r=0;r<n.length;)r+=(0,P.writeSync)(e,n,r)}var oi=1024*1024;function Bn(e){if(pt===0&&mt(e)?.isSymbolicLink())throw new D(e,"is a symbolic link");let t;try{t=(0,P.openSync)(e,P.constants.O_RDONLY|pt|Nn)}catch(n){if(se(n)==="ENOENT"||se(n)==="ENOTDIR")return null;throw se(n)==="ELOOP"?new D(e,"is a symbolic link"):se(n)==="ENXIO"?new D(e,"is not a regular file"):n}if(!(0,P.fstatSync)(t).isFile())throw(0,P.closeSync)(t),new D(e,"is not a regular file");return t}function jn(e,t,n,r){if((0,P.fstatSync)(e).size>n&&!r)throw new D(t,`is larger than ${n} bytes`);let o=Buffer.alloc(Math.min((0,P.fstatSync)(e).size,n)+1),s=0;for(let i;s<o.length&&(i=(0,P.readSync)(e,o,s,o.length-s,null))>0;)s+=i;if(s>n&&!r)throw new D(t,`is larger than ${n} bytes`);return o.subarray(0,Math.min(s,n))}function ke(e,t){let n=Bn(e);if(n===null)return null;try{return t===void 0?(0,P.readFileSync)(n,"utf8"):jn(n,e,t,!1).toString("utf8")}finally{(0,P.closeSync)(n)}}function Ft(e,t={}){let n=Bn(e);if(n===null)return null;try{if(t.ownPrivate&&process.getuid){let r=(0,P.fstatSync)(n);if(r.uid!==process.getuid())throw new D(e,"is not owned by you");if((r.mode&63)!==0)throw new D(e,"is readable or writable by others (codex-collab writes it 0600)")}return jn(n,e,t.maxBytes??oi,t.head??!1)}finally{(0,P.closeSync)(n)}}var Qn=new Set([".","!","?",";",":",`
`,"\u3002","\uFF01","\uFF1F","\uFF1B","\uFF1A","\uFF0C",","]);function ee(e){return e!==void 0&&(e>="a"&&e<="z"||e>="0"&&e<="9"||e==="_")}function te(e){if(e.length===0)return!1;for(let t of e)if(t<"0"||t>"9")return!1;return!0}function de(e){let t=e.charCodeAt(0);return t>=13312&&t<=19903||t>=19968&&t<=40959||t>=63744&&t<=64255}function Wn(e){let t=[],n=[],r=[],o=[],s=e.length,i=0,a=0;for(;a<s;){if(!ee(e[a])){a++;continue}let u=a;for(;ee(e[u]);)u++;for(;(e[u]==="'"||e[u]==="."||e[u]==="+")&&ee(e[u+1]);)for(u++;ee(e[u]);)u++;for(;e[u]==="+";)u++;let l=t.length===0;for(let c=i;!l&&c<a;c++)l=Qn.has(e[c]??"");t.push(e.slice(a,u)),n.push(a),r.push(u),o.push(l),i=u,a=u}return{text:e,tokens:t,start:n,end:r,sentenceStart:o}}function Un(e){return e.split("-").join(" ").split(" ").filter(Boolean).map(t=>t==="#"?{num:"major"}:t==="#4xx"?{num:"status"}:t.endsWith("*")?{word:t.slice(0,-1),stem:!0}:{word:t,stem:!1})}function si(e){let t=e.startsWith("^"),n=t?e.slice(1):e,r=[],o=[];for(let s=0;s<n.length;)if(n[s]===" ")s++;else{let i=n[s]==="("?n.indexOf(")",s)+1:n.indexOf(" ",s),a=i<=0?n.length:i;o.push(n.slice(s,a)),s=a}for(let s of o)if(s.startsWith(".."))r.push({gap:Number(s.slice(2))});else if(s.startsWith("("))r.push({alts:s.slice(1,-1).split("|").map(Un)});else for(let i of Un(s))r.push({alts:[[i]]});return{parts:r,anchored:t}}function ii(e,t){return t==="status"?e.length===3&&(e[0]==="4"||e[0]==="5")&&te(e):te(e.startsWith("v")?e.slice(1):e)}function ai(e,t){return t===void 0?!1:"num"in e?ii(t,e.num):e.stem?t.startsWith(e.word):t===e.word}function Bt(e,t,n,r){let o=t[n];if(!o)return r;if("gap"in o){for(let s=0;s<=o.gap&&r+s<=e.length;s++){let i=Bt(e,t,n+1,r+s);if(i>=0)return i}return-1}for(let s of o.alts)if(s.every((i,a)=>ai(i,e[r+a]))){let i=Bt(e,t,n+1,r+s.length);if(i>=0)return i}return-1}function ci(e){let t=e.endsWith("*")?e.slice(0,-1):e;if(t.length===0)return!1;for(let n of t)if(!ee(n)&&n!=="'"&&n!=="."&&n!=="+")return!1;return!0}function Hn(e,t=[]){let n={words:new Set,wordStems:[],exact:new Map,stems:new Map,numeric:[],zh:[],zhStart:[],regexps:[],literals:[],unlessAfterEn:new Set(e.unlessAfter?.en??[]),unlessAfterZh:e.unlessAfter?.zh??[]};for(let r of e.en){if(ci(r)){r.endsWith("*")?n.wordStems.push(r.slice(0,-1)):n.words.add(r);continue}let o=si(r),s=o.parts[0];if(!s||"gap"in s)throw new Error(`word list entry must start with a word: ${r}`);for(let i of s.alts){let a=i[0];if(!a)throw new Error(`word list entry must not start with an optional part: ${r}`);if("num"in a)n.numeric.push(o);else if(a.stem){let u=a.word[0]??"",l=n.stems.get(u)??[];l.some(c=>c.entry===o&&c.stem===a.word)||l.push({stem:a.word,entry:o}),n.stems.set(u,l)}else{let u=n.exact.get(a.word)??[];u.includes(o)||u.push(o),n.exact.set(a.word,u)}}}for(let r of e.zh)typeof r!="string"?n.regexps.push(new RegExp(r.source,r.flags.includes("g")?r.flags:`${r.flags}g`)):r.startsWith("^")?n.zhStart.push(r.slice(1)):n.zh.push(r);for(let r of t){let o=r.trim().toLowerCase();o&&n.literals.push(o)}return n}function Nt(e,t,n,r){if(t.anchored&&!n.sentenceStart[r])return e;let o=Bt(n.tokens,t.parts,0,r);return o>e?o:e}function Ie(e,t){let n=[],{tokens:r,text:o}=t;for(let l=0;l<r.length;l++){let c=r[l]??"",d=e.words.has(c)||e.wordStems.some(x=>c.startsWith(x))?l+1:-1,f=e.exact.get(c);if(f)for(let x of f)d=Nt(d,x,t,l);for(let x of e.numeric)d=Nt(d,x,t,l);let A=e.stems.get(c[0]??"");if(A)for(let x of A)c.startsWith(x.stem)&&(d=Nt(d,x.entry,t,l));if(d<0||e.unlessAfterEn.size>0&&[r[l-1],r[l-2]].some(x=>x!==void 0&&e.unlessAfterEn.has(x)))continue;let p=t.start[l]??0,g=t.end[d-1]??p;n.push({start:p,end:g,text:o.slice(p,g)}),l=d-1}let s=n.slice(),i=(l,c)=>{let d=0,f=s.length;for(;d<f;){let g=d+f>>1;(s[g]?.start??0)<l+c?d=g+1:f=g}if(d>0&&(s[d-1]?.end??0)>l)return!1;if(e.unlessAfterZh.length===0)return!0;let A=l;for(;A>0&&l-A<9&&!Qn.has(o[A-1]??"");)A--;let p=o.slice(A,l);return!e.unlessAfterZh.some(g=>p.includes(g))};for(let l of e.zh)for(let c=o.indexOf(l);c>=0;c=o.indexOf(l,c+1))if(i(c,l.length)){n.push({start:c,end:c+l.length,text:l});break}let a=o.length-o.trimStart().length;for(let l of e.zhStart)o.startsWith(l,a)&&n.push({start:a,end:a+l.length,text:l});for(let l of e.regexps){l.lastIndex=0;for(let c=l.exec(o);c;c=l.exec(o)){if(c[0]===""){l.lastIndex++;continue}if(i(c.index,c[0].length)){n.push({start:c.index,end:c.index+c[0].length,text:c[0]});break}}}for(let l of e.literals)for(let c=o.indexOf(l);c>=0;c=o.indexOf(l,c+1)){let d=!ee(o[c-1]),f=!ee(o[c+l.length]);if(d&&f&&i(c,l.length)){n.push({start:c,end:c+l.length,text:l});break}}n.sort((l,c)=>l.start-c.start||c.end-l.end);let u=[];for(let l of n)(u.length===0||l.start>=(u[u.length-1]?.end??0))&&u.push(l);return u}function Gn(e){let t=n=>e.entries[n];return{words:new Set(e.words),wordStems:e.wordStems,exact:new Map(e.exact.map(([n,r])=>[n,r.map(t)])),stems:new Map(e.stems.map(([n,r])=>[n,r.map(([o,s])=>({stem:o,entry:t(s)}))])),numeric:e.numeric.map(t),zh:e.zh,zhStart:e.zhStart,regexps:e.regexps.map(([n,r])=>new RegExp(n,r)),literals:e.literals,unlessAfterEn:new Set(e.unlessAfterEn),unlessAfterZh:e.unlessAfterZh}}function li(e){return e.length>4&&e.endsWith("ies")?`${e.slice(0,-3)}y`:e.length>3&&e.endsWith("s")&&!e.endsWith("ss")&&!e.endsWith("us")&&!e.endsWith("'s")?e.slice(0,-1):e}function ui(e,t){let n="";for(let r of e){if(r.includes(".")||r.length>24){n="";continue}let o=te(r)?"#":li(r);t.set(`w:${o}`,1),n&&t.set(`w:${n} ${o}`,1),n=o}}function di(e,t){let n="";for(let r of e){if(!de(r)){n="";continue}t.set(`c:${r}`,1),n&&t.set(`c:${n}${r}`,1),n=r}}function Kn(e){let t=new Map;for(let n of e.signals)t.set(`s:${n.id}`,(t.get(`s:${n.id}`)??0)+n.weight);return ui(e.tokens,t),di(e.prose,t),t.set("x:bias",1),t}var qn=`c:\u4E00
c:\u4E00\u4E0B
c:\u4E00\u4E2A
c:\u4E00\u6210
c:\u4E00\u6BB5
c:\u4E00\u76F4
c:\u4E00\u81F4
c:\u4E00\u8D77
c:\u4E07
c:\u4E09
c:\u4E09\u4E2A
c:\u4E09\u65B9
c:\u4E0A
c:\u4E0A\u4E00
c:\u4E0A\u4F20
c:\u4E0A\u5931
c:\u4E0A\u6D4B
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
c:\u4E0D\u80FD
c:\u4E0D\u8981
c:\u4E14
c:\u4E22
c:\u4E24
c:\u4E24\u4E2A
c:\u4E24\u904D
c:\u4E2A
c:\u4E2A\u4EBA
c:\u4E2A\u524D
c:\u4E2A\u5DF2
c:\u4E2A\u63A5
c:\u4E2A\u6587
c:\u4E2A\u670D
c:\u4E2A\u6D4B
c:\u4E2A\u7248
c:\u4E2A\u7EC4
c:\u4E2A\u8DEF
c:\u4E2A\u9519
c:\u4E2A\u9636
c:\u4E2A\u9875
c:\u4E2D
c:\u4E2D\u5FC3
c:\u4E2D\u82F1
c:\u4E3A
c:\u4E3A\u4E0D
c:\u4E3B
c:\u4E48
c:\u4E48\u4E0D
c:\u4E48\u505A
c:\u4E49
c:\u4E49\u4E2D
c:\u4E4B
c:\u4E4B\u540E
c:\u4E4B\u95F4
c:\u4E5F
c:\u4E5F\u8981
c:\u4E71
c:\u4E71\u7801
c:\u4E86
c:\u4E86\u89E3
c:\u4E8B
c:\u4E8B\u4EF6
c:\u4E8B\u52A1
c:\u4E8E
c:\u4E92
c:\u4E9B
c:\u4EA4
c:\u4EBA
c:\u4EC0
c:\u4EC0\u4E48
c:\u4ECE
c:\u4ED6
c:\u4ED8
c:\u4ED8\u56DE
c:\u4EE3
c:\u4EE3\u7801
c:\u4EE4
c:\u4EE4\u52A0
c:\u4EE5
c:\u4EEC
c:\u4EEC\u8981
c:\u4EF6
c:\u4EF6\u5B58
c:\u4EF6\u5E93
c:\u4EF6\u6539
c:\u4EF6\u663E
c:\u4EF6\u6A21
c:\u4EF6\u6D4B
c:\u4EF6\u91CC
c:\u4EFD
c:\u4F18
c:\u4F1A
c:\u4F1A\u53D1
c:\u4F20
c:\u4F46
c:\u4F46\u4E0D
c:\u4F4D
c:\u4F4F
c:\u4F53
c:\u4F53\u7CFB
c:\u4F60
c:\u4F7F
c:\u4F7F\u7528
c:\u4F8B
c:\u4F9B
c:\u4F9D
c:\u4F9D\u8D56
c:\u4FA7
c:\u4FA7\u8FB9
c:\u4FDD
c:\u4FDD\u5B58
c:\u4FDD\u6301
c:\u4FE1
c:\u4FE1\u606F
c:\u4FEE
c:\u4FEE\u4E00
c:\u4FEE\u4E86
c:\u4FEE\u590D
c:\u4FEE\u6539
c:\u5019
c:\u503C
c:\u505A
c:\u505A\u56FD
c:\u505C
c:\u505C\u670D
c:\u5065
c:\u5065\u5EB7
c:\u5076
c:\u5076\u5C14
c:\u50A8
c:\u50A8\u7528
c:\u5143
c:\u5143\u6D4B
c:\u5148
c:\u5148\u4E86
c:\u5149
c:\u5149\u6807
c:\u5165
c:\u5168
c:\u5168\u90E8
c:\u5171
c:\u5173
c:\u5176
c:\u5176\u4ED6
c:\u5177
c:\u5177\u51FD
c:\u517C
c:\u517C\u5BB9
c:\u5185
c:\u5185\u5B58
c:\u518C
c:\u518D
c:\u5199
c:\u5199\u5355
c:\u5199\u6B7B
c:\u5199\u6D4B
c:\u51B2
c:\u51B2\u7A81
c:\u51B3
c:\u51B5
c:\u51CF
c:\u51E0
c:\u51E0\u4E2A
c:\u51FA
c:\u51FA\u6765
c:\u51FA\u683C
c:\u51FD
c:\u51FD\u6570
c:\u5206
c:\u5206\u5E03
c:\u5206\u8868
c:\u5206\u9000
c:\u5206\u949F
c:\u5206\u9875
c:\u5207
c:\u5207\u6362
c:\u5212
c:\u5217
c:\u5217\u51FA
c:\u5217\u8868
c:\u521A
c:\u5220
c:\u5220\u6389
c:\u5220\u9664
c:\u522B
c:\u522B\u5B57
c:\u5230
c:\u5230\u4E86
c:\u5236
c:\u5237
c:\u524D
c:\u524D\u540E
c:\u524D\u7AEF
c:\u529B
c:\u529F
c:\u529F\u80FD
c:\u52A0
c:\u52A0\u4E00
c:\u52A0\u4E0A
c:\u52A0\u4E2A
c:\u52A0\u5BA1
c:\u52A0\u5BC6
c:\u52A0\u7684
c:\u52A0\u7C7B
c:\u52A1
c:\u52A1\u4E0D
c:\u52A1\u4E4B
c:\u52A1\u6709
c:\u52A8
c:\u52A8\u65F6
c:\u52A8\u7AEF
c:\u5305
c:\u5305\u62EC
c:\u5316
c:\u533A
c:\u533A\u5206
c:\u5347
c:\u5347\u7EA7
c:\u534F
c:\u5355
c:\u5355\u5143
c:\u5355\u6D4B
c:\u5355\u70B9
c:\u5355\u72B6
c:\u5355\u7684
c:\u5355\u91CC
c:\u539F
c:\u539F\u56E0
c:\u539F\u6765
c:\u539F\u751F
c:\u53C2
c:\u53C2\u6570
c:\u53CA
c:\u53CC
c:\u53D1
c:\u53D1\u7684
c:\u53D1\u7968
c:\u53D1\u9001
c:\u53D1\u95EE
c:\u53D6
c:\u53D6\u6D88
c:\u53D8
c:\u53D8\u91CF
c:\u53E0
c:\u53E3
c:\u53E3\u548C
c:\u53E3\u73B0
c:\u53E3\u8FD4
c:\u53E3\u90FD
c:\u53EA
c:\u53EA\u8FFD
c:\u53EF
c:\u53EF\u4EE5
c:\u53EF\u914D
c:\u53F7
c:\u53F7\u548C
c:\u5404
c:\u5404\u4E2A
c:\u5404\u81EA
c:\u540C
c:\u540C\u4E00
c:\u540C\u65F6
c:\u540C\u6B65
c:\u540D
c:\u540E
c:\u540E\u4E00
c:\u540E\u7684
c:\u540E\u7AEF
c:\u542F
c:\u542F\u52A8
c:\u547D
c:\u547D\u4EE4
c:\u547D\u540D
c:\u548C
c:\u548C\u4E00
c:\u548C\u591A
c:\u548C\u65F6
c:\u548C\u6D4B
c:\u548C\u73B0
c:\u548C\u884C
c:\u54C1
c:\u54C1\u5217
c:\u54CD
c:\u54CD\u5E94
c:\u54EA
c:\u54EA\u4E2A
c:\u54EA\u4E9B
c:\u54EA\u91CC
c:\u5546
c:\u5546\u54C1
c:\u5668
c:\u56DB
c:\u56DE
c:\u56DE\u4E86
c:\u56DE\u586B
c:\u56DE\u6EDA
c:\u56DE\u7A7A
c:\u56DE\u8C03
c:\u56E0
c:\u56E2
c:\u56E2\u961F
c:\u56FD
c:\u56FD\u5BB6
c:\u56FD\u9645
c:\u56FE
c:\u56FE\u7247
c:\u5728
c:\u5728\u4E00
c:\u5728\u7684
c:\u5728\u7EBF
c:\u5730
c:\u5730\u5740
c:\u5740
c:\u5757
c:\u578B
c:\u57FA
c:\u57FA\u4E8E
c:\u5883
c:\u5883\u53D8
c:\u589E
c:\u5904
c:\u5904\u7406
c:\u590D
c:\u590D\u7528
c:\u591A
c:\u591A\u4E2A
c:\u591A\u4EBA
c:\u591A\u5E01
c:\u591A\u884C
c:\u5927
c:\u5927\u6982
c:\u5927\u91CF
c:\u5929
c:\u592A
c:\u5931
c:\u5931\u8D25
c:\u5934
c:\u5957
c:\u5957\u9910
c:\u597D
c:\u597D\u7684
c:\u5B50
c:\u5B57
c:\u5B57\u6BB5
c:\u5B58
c:\u5B58\u4E00
c:\u5B58\u50A8
c:\u5B58\u5230
c:\u5B58\u5728
c:\u5B58\u91CF
c:\u5B8C
c:\u5B9A
c:\u5B9A\u4E49
c:\u5B9A\u65F6
c:\u5B9E
c:\u5B9E\u65F6
c:\u5B9E\u73B0
c:\u5BA1\u6279
c:\u5BA1\u8BA1
c:\u5BA2
c:\u5BA2\u6237
c:\u5BB6
c:\u5BB9
c:\u5BBD
c:\u5BC6
c:\u5BC6\u5B58
c:\u5BC6\u7801
c:\u5BF9
c:\u5C0F
c:\u5C0F\u5DE5
c:\u5C0F\u65F6
c:\u5C11
c:\u5C14
c:\u5C14\u4F1A
c:\u5C31
c:\u5C31\u62A5
c:\u5C42
c:\u5D4C
c:\u5D4C\u5957
c:\u5DE5
c:\u5DE5\u5177
c:\u5DEE
c:\u5DF2
c:\u5DF2\u53D1
c:\u5DF2\u7ECF
c:\u5E01
c:\u5E01\u79CD
c:\u5E03
c:\u5E03\u5F0F
c:\u5E26
c:\u5E26\u4E0A
c:\u5E2E
c:\u5E2E\u5FD9
c:\u5E2E\u6211
c:\u5E38
c:\u5E42
c:\u5E42\u7B49
c:\u5E76
c:\u5E76\u4E14
c:\u5E76\u4FEE
c:\u5E76\u53D1
c:\u5E76\u5B9E
c:\u5E76\u884C
c:\u5E8F
c:\u5E93
c:\u5E93\u548C
c:\u5E93\u5B58
c:\u5E93\u91CC
c:\u5E94
c:\u5E94\u8BE5
c:\u5E95
c:\u5EA6
c:\u5EB7
c:\u5EB7\u68C0
c:\u5EFA
c:\u5EFA\u65F6
c:\u5F00
c:\u5F02
c:\u5F02\u6B65
c:\u5F0F
c:\u5F0F\u4E8B
c:\u5F0F\u5316
c:\u5F15
c:\u5F15\u64CE
c:\u5F39
c:\u5F55
c:\u5F55\u540E
c:\u5F55\u9875
c:\u5F71
c:\u5FAE
c:\u5FAE\u4FE1
c:\u5FAE\u670D
c:\u5FC3
c:\u5FD7
c:\u5FD7\u9875
c:\u5FD9
c:\u5FD9\u770B
c:\u6001
c:\u6001\u8981
c:\u600E
c:\u600E\u4E48
c:\u601D
c:\u6027
c:\u606F
c:\u60C5
c:\u60C5\u51B5
c:\u60C5\u9875
c:\u60F3
c:\u610F
c:\u610F\u601D
c:\u6162
c:\u6210
c:\u6210\u4E00
c:\u6210\u51E0
c:\u6210\u529F
c:\u6210\u5FAE
c:\u6211
c:\u6211\u4EEC
c:\u6211\u628A
c:\u6211\u770B
c:\u6237
c:\u6237\u4F1A
c:\u6237\u5217
c:\u6240
c:\u6240\u6709
c:\u624B
c:\u624D
c:\u6253
c:\u6253\u5F00
c:\u6263
c:\u6263\u6B3E
c:\u626B
c:\u6279
c:\u627E
c:\u628A
c:\u628A\u8FD9
c:\u6296
c:\u6298
c:\u62A5
c:\u62A5\u8868
c:\u62A5\u8FD9
c:\u62BD
c:\u62BD\u6210
c:\u62C6
c:\u62C6\u6210
c:\u62D6
c:\u62D6\u62FD
c:\u62E9
c:\u62E9\u5668
c:\u62EC
c:\u62FC
c:\u62FD
c:\u62FF
c:\u62FF\u5230
c:\u6301
c:\u6301\u4E00
c:\u6301\u4E2D
c:\u6301\u79BB
c:\u6302
c:\u6302\u4E86
c:\u6307
c:\u6307\u6570
c:\u6309
c:\u6309\u56FD
c:\u6309\u6BD4
c:\u6309\u7528
c:\u6309\u94AE
c:\u6362
c:\u6362\u6210
c:\u636E
c:\u636E\u5E93
c:\u6389
c:\u6392
c:\u6392\u5E8F
c:\u63A5
c:\u63A5\u5165
c:\u63A5\u53E3
c:\u63A7
c:\u63A8
c:\u63D0
c:\u63D0\u4EA4
c:\u63D0\u4F9B
c:\u63D0\u793A
c:\u641C
c:\u641C\u7D22
c:\u64CE
c:\u652F
c:\u652F\u4ED8
c:\u652F\u6301
c:\u6539
c:\u6539\u4E00
c:\u6539\u4E3A
c:\u6539\u5B8C
c:\u6539\u6210
c:\u6539\u7528
c:\u653E
c:\u6548
c:\u6570
c:\u6570\u4ECE
c:\u6570\u636E
c:\u6570\u7EC4
c:\u6570\u9000
c:\u6574
c:\u6574\u4E2A
c:\u6574\u4F53
c:\u6587
c:\u6587\u4EF6
c:\u6587\u7AE0
c:\u65B0
c:\u65B0\u7684
c:\u65B9
c:\u65B9\u5404
c:\u65B9\u6848
c:\u65E0
c:\u65E5\u5FD7
c:\u65E5\u671F
c:\u65E7
c:\u65F6
c:\u65F6\u5019
c:\u65F6\u533A
c:\u65F6\u53D1
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
c:\u6709\u4E9B
c:\u6709\u4EC0
c:\u6709\u5927
c:\u6709\u5E76
c:\u6709\u6D4B
c:\u6709\u7684
c:\u670D
c:\u670D\u52A1
c:\u671F
c:\u671F\u65F6
c:\u671F\u683C
c:\u671F\u95F4
c:\u672C
c:\u672C\u53F7
c:\u672C\u5730
c:\u673A
c:\u6740
c:\u6743
c:\u6743\u9650
c:\u6761
c:\u6761\u4EF6
c:\u6765
c:\u6765\u7684
c:\u677F
c:\u6784
c:\u6784\u4E00
c:\u6790
c:\u679C
c:\u67E5
c:\u67E5\u4E00
c:\u67E5\u63A5
c:\u67E5\u6570
c:\u6807
c:\u680F
c:\u6821
c:\u6821\u9A8C
c:\u683C
c:\u683C\u5F0F
c:\u6846
c:\u6848
c:\u68C0
c:\u68C0\u67E5
c:\u695A
c:\u695A\u7684
c:\u6982
c:\u6A21
c:\u6A21\u5757
c:\u6A21\u578B
c:\u6A21\u677F
c:\u6B21
c:\u6B21\u767B
c:\u6B3E
c:\u6B63
c:\u6B65
c:\u6B7B
c:\u6BB5
c:\u6BB5\u65F6
c:\u6BCF
c:\u6BCF\u4E2A
c:\u6BD4
c:\u6BD4\u4F8B
c:\u6BD4\u8F83
c:\u6C42
c:\u6CA1
c:\u6CA1\u6709
c:\u6CD5
c:\u6CE8
c:\u6CE8\u5165
c:\u6CE8\u518C
c:\u6CE8\u91CA
c:\u6D3B
c:\u6D41
c:\u6D41\u7A0B
c:\u6D41\u91CF
c:\u6D4B
c:\u6D4B\u8BD5
c:\u6D88
c:\u6D88\u606F
c:\u6D89
c:\u6D89\u53CA
c:\u6DA8
c:\u6E05
c:\u6E05\u695A
c:\u6E05\u7406
c:\u6EAF
c:\u6EDA
c:\u6EDA\u52A8
c:\u6EE4
c:\u6EE4\u6389
c:\u70B9
c:\u70B9\u767B
c:\u7247
c:\u7248
c:\u7248\u672C
c:\u7269
c:\u72B6
c:\u72B6\u6001
c:\u73AF
c:\u73AF\u5883
c:\u73B0
c:\u73B0\u5728
c:\u73B0\u6709
c:\u7406
c:\u751F
c:\u7528
c:\u7528\u4E86
c:\u7528\u4F8B
c:\u7528\u5230
c:\u7528\u6237
c:\u7528\u73B0
c:\u7528\u7684
c:\u7531
c:\u7565
c:\u7565\u56FE
c:\u767B
c:\u767B\u5F55
c:\u767D
c:\u7684
c:\u7684\u4E09
c:\u7684\u4FEE
c:\u7684\u5B57
c:\u7684\u5C0F
c:\u7684\u60C5
c:\u7684\u63A5
c:\u7684\u65F6
c:\u7684\u6743
c:\u7684\u6D4B
c:\u7684\u7528
c:\u7684\u8001
c:\u7684\u8868
c:\u7684\u9519
c:\u7684\u9875
c:\u76D6
c:\u76EE
c:\u76EE\u524D
c:\u76EE\u5F55
c:\u76EE\u7684
c:\u76F4
c:\u76F8
c:\u76F8\u5173
c:\u770B
c:\u771F
c:\u771F\u6B63
c:\u77E5
c:\u77ED
c:\u7801
c:\u786E
c:\u786E\u8BA4
c:\u793A
c:\u7968
c:\u7981
c:\u7981\u7528
c:\u79BB
c:\u79BB\u7EBF
c:\u79CD
c:\u79CD\u60C5
c:\u79D2
c:\u79FB
c:\u79FB\u52A8
c:\u79FB\u671F
c:\u79FB\u811A
c:\u7A0B
c:\u7A0B\u548C
c:\u7A0E
c:\u7A7A
c:\u7A81
c:\u7A97
c:\u7AD9
c:\u7AE0
c:\u7AEF
c:\u7AEF\u52A0
c:\u7AEF\u63D0
c:\u7AEF\u7528
c:\u7AEF\u7684
c:\u7AEF\u90FD
c:\u7B2C
c:\u7B2C\u4E09
c:\u7B49
c:\u7B49\u952E
c:\u7B7E
c:\u7B80
c:\u7B80\u5355
c:\u7B97
c:\u7BB1
c:\u7C7B
c:\u7C7B\u578B
c:\u7CFB
c:\u7CFB\u7EDF
c:\u7D22
c:\u7D22\u5F15
c:\u7EA7
c:\u7EA7\u5230
c:\u7EBF
c:\u7EBF\u4F7F
c:\u7EBF\u671F
c:\u7EBF\u72B6
c:\u7EC4
c:\u7EC4\u4EF6
c:\u7ECF
c:\u7ED3
c:\u7ED9
c:\u7EDF\u4E00
c:\u7EED
c:\u7F13
c:\u7F13\u5B58
c:\u7F16
c:\u7F16\u8F91
c:\u7F29
c:\u7F29\u7565
c:\u7F3A
c:\u7F3A\u4E86
c:\u7F51
c:\u7F6E
c:\u7F6E\u9875
c:\u8001
c:\u8001\u9879
c:\u800C
c:\u800C\u4E0D
c:\u804A
c:\u8054
c:\u80FD
c:\u80FD\u505C
c:\u811A
c:\u811A\u672C
c:\u81EA
c:\u81EA\u52A8
c:\u81EA\u5B9A
c:\u81F4
c:\u82F1
c:\u884C
c:\u884C\u4E3A
c:\u884C\u7684
c:\u8865
c:\u8865\u4E0A
c:\u8865\u5168
c:\u8865\u6D4B
c:\u8868
c:\u8868\u52A0
c:\u8868\u5355
c:\u8868\u548C
c:\u8868\u5934
c:\u8868\u683C
c:\u8868\u91CC
c:\u8868\u9875
c:\u8981
c:\u8981\u505A
c:\u8981\u5168
c:\u8981\u6539
c:\u8981\u6821
c:\u8981\u80FD
c:\u8981\u8FC1
c:\u8986
c:\u8986\u76D6
c:\u89C6
c:\u89D2
c:\u89D2\u6807
c:\u89E3
c:\u89E3\u4E00
c:\u89E3\u51B3
c:\u8A00
c:\u8BA1
c:\u8BA1\u65E5
c:\u8BA1\u8D39
c:\u8BA2
c:\u8BA2\u5355
c:\u8BA4
c:\u8BA4\u503C
c:\u8BB0
c:\u8BB0\u4F4F
c:\u8BB0\u5F55
c:\u8BBE
c:\u8BBE\u7F6E
c:\u8BBE\u8BA1
c:\u8BC1
c:\u8BD5
c:\u8BD5\u548C
c:\u8BD5\u7528
c:\u8BD5\u8981
c:\u8BD5\u90FD
c:\u8BE5
c:\u8BE5\u662F
c:\u8BE6
c:\u8BE6\u60C5
c:\u8BED
c:\u8BED\u8A00
c:\u8BEF
c:\u8BEF\u4FE1
c:\u8BF4
c:\u8BF4\u7684
c:\u8BF7
c:\u8BF7\u6C42
c:\u8BFB
c:\u8C03
c:\u8C03\u6574
c:\u8C03\u7528
c:\u8D25
c:\u8D25\u8981
c:\u8D25\u91CD
c:\u8D27
c:\u8D39
c:\u8D44\u6E90
c:\u8D56
c:\u8D77
c:\u8D77\u4FEE
c:\u8D85
c:\u8D85\u65F6
c:\u8D85\u8FC7
c:\u8DD1
c:\u8DEF
c:\u8DEF\u7531
c:\u8DF3
c:\u8F6C
c:\u8F83
c:\u8F91
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
c:\u8FC7\u6EE4
c:\u8FD4
c:\u8FD4\u56DE
c:\u8FD8
c:\u8FD8\u6709
c:\u8FD8\u8981
c:\u8FD9
c:\u8FD9\u4E00
c:\u8FD9\u4E09
c:\u8FD9\u4E2A
c:\u8FD9\u79CD
c:\u8FDB
c:\u8FDC
c:\u8FDC\u7AEF
c:\u8FDE
c:\u8FFD
c:\u8FFD\u52A0
c:\u9000
c:\u9000\u6B3E
c:\u9000\u907F
c:\u9001
c:\u9009
c:\u9009\u62E9
c:\u901A
c:\u901A\u77E5
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
c:\u90E8\u5206
c:\u90E8\u6539
c:\u90FD
c:\u90FD\u6539
c:\u90FD\u8981
c:\u914D
c:\u914D\u7F6E
c:\u91CA
c:\u91CC
c:\u91CC\u52A0
c:\u91CC\u663E
c:\u91CC\u6709
c:\u91CC\u7528
c:\u91CC\u7684
c:\u91CD
c:\u91CD\u5199
c:\u91CD\u542F
c:\u91CD\u590D
c:\u91CD\u6784
c:\u91CD\u8BD5
c:\u91CF
c:\u91CF\u6570
c:\u91D1
c:\u91D1\u989D
c:\u949F
c:\u94AE
c:\u94FE
c:\u94FE\u63A5
c:\u9500
c:\u9501
c:\u9519
c:\u9519\u522B
c:\u9519\u8BEF
c:\u952E
c:\u957F
c:\u95EE
c:\u95EE\u9898
c:\u95F4
c:\u95F4\u4ECE
c:\u961F
c:\u961F\u5217
c:\u9632
c:\u9632\u6296
c:\u9636
c:\u9636\u6BB5
c:\u9644
c:\u9645
c:\u9645\u5316
c:\u964D\u7EA7
c:\u9650
c:\u9650\u6D41
c:\u9664
c:\u96C6
c:\u9700\u8981
c:\u9762
c:\u9875
c:\u9875\u52A0
c:\u9875\u7684
c:\u9875\u9762
c:\u9876
c:\u9876\u90E8
c:\u9879
c:\u9879\u76EE
c:\u987A
c:\u9884
c:\u9898
c:\u989D
c:\u989D\u548C
c:\u98CE
c:\u9910
c:\u9996
c:\u9996\u9875
c:\u9A71
c:\u9A71\u52A8
c:\u9A8C
c:\u9A8C\u7B7E
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
w:# action
w:# airflow
w:# and
w:# attempt
w:# day
w:# endpoint
w:# file
w:# handler
w:# if
w:# in
w:# instead
w:# js
w:# line
w:# min
w:# node
w:# not
w:# place
w:# redi
w:# retry
w:# screen
w:# second
w:# service
w:# slim
w:# sql
w:# test
w:# to
w:# update
w:# vue
w:# vuex
w:# when
w:# with
w:# year
w:280px
w:2h
w:300m
w:3s
w:50m
w:5xx
w:a
w:a #
w:a big
w:a clear
w:a copy
w:a double
w:a fake
w:a fallback
w:a loading
w:a lot
w:a migration
w:a new
w:a package
w:a project
w:a race
w:a retry
w:a server
w:a simple
w:a single
w:a small
w:a test
w:a toast
w:a toggle
w:a unit
w:a versioned
w:a websocket
w:about
w:about #
w:above
w:accept
w:accepting
w:access
w:account
w:account by
w:account with
w:across
w:across the
w:action
w:add
w:add a
w:add an
w:add keyboard
w:add one
w:add remove
w:add retry
w:add test
w:add the
w:address
w:address form
w:admin
w:admin endpoint
w:after
w:after #
w:after a
w:airflow
w:airflow dag
w:alert
w:all
w:alongside
w:already
w:also
w:amount
w:an
w:an admin
w:an append
w:an audit
w:analytic
w:and
w:and #
w:and a
w:and add
w:and an
w:and backend
w:and do
w:and fix
w:and from
w:and handle
w:and implement
w:and keep
w:and make
w:and migrate
w:and moving
w:and never
w:and one
w:and redi
w:and remember
w:and replace
w:and return
w:and run
w:and show
w:and some
w:and take
w:and task
w:and tax
w:and test
w:and the
w:and update
w:and use
w:android
w:android #
w:anything
w:api
w:api and
w:api client
w:api get
w:api key
w:api return
w:api ui
w:api with
w:app
w:app from
w:app router
w:app with
w:append
w:append only
w:apply
w:approach
w:approval
w:are
w:aria
w:around
w:around dst
w:arrow
w:as
w:as a
w:as csv
w:asking
w:assign
w:async
w:at
w:at least
w:at startup
w:at the
w:attempt
w:audit
w:audit log
w:audit trail
w:auth
w:autosave
w:aware
w:aws
w:b
w:back
w:backend
w:backfill
w:background
w:backoff
w:backoff and
w:backoff for
w:backup
w:backward
w:badge
w:base
w:base url
w:based
w:be
w:be #
w:be lost
w:because
w:because the
w:before
w:before we
w:behaviour
w:behind
w:between
w:between our
w:big
w:billing
w:binlog
w:block
w:body
w:bom
w:boot
w:both
w:box
w:break
w:break the
w:bucket
w:build
w:build test
w:build time
w:bump
w:bundle
w:bus
w:but
w:but not
w:button
w:button in
w:button on
w:button test
w:button to
w:by
w:by one
w:by the
w:cache
w:cache layer
w:cached
w:caching
w:call
w:call in
w:call site
w:can
w:can be
w:can you
w:cancel
w:cannot
w:cannot invoke
w:capture
w:card
w:card payment
w:carry
w:cart
w:case
w:cent
w:chain
w:change
w:change and
w:change the
w:channel
w:charge
w:chargeback
w:chart
w:chart on
w:chat
w:chatwindow
w:check
w:check the
w:checkout
w:checkout button
w:checkout reducer
w:ci
w:class
w:class with
w:cleanup
w:clear
w:clear message
w:cli
w:cli's
w:click
w:client
w:client in
w:clipboard
w:close
w:code
w:code block
w:codebase
w:color
w:column
w:come
w:command
w:comment
w:commit
w:component
w:component test
w:component to
w:component with
w:compose
w:concurrently
w:config
w:config file
w:config to
w:configurable
w:configurable via
w:confirm
w:confirmation
w:conflict
w:conflict resolution
w:constant
w:content
w:context
w:controller
w:convert
w:convert the
w:cookie
w:copy
w:core
w:count
w:cover
w:cover the
w:coverage
w:crashe
w:crdt
w:create
w:create the
w:created
w:csv
w:csv export
w:csv json
w:current
w:currently
w:cursor
w:cursor based
w:custom
w:custom middleware
w:customer
w:cutover
w:dag
w:dark
w:dark mode
w:dashboard
w:data
w:database
w:date
w:day
w:db
w:db and
w:dbt
w:dead
w:debounce
w:default
w:delete
w:delete after
w:deleted
w:deleted_at
w:deleting
w:deleting a
w:deletion
w:delivery
w:denial
w:denial reading
w:deploy
w:deprecated
w:deprecation
w:design
w:design and
w:detail
w:difference
w:differently
w:discount
w:django
w:do
w:do the
w:do we
w:doc
w:docker
w:docker compose
w:dockerfile
w:document
w:doe
w:doesn't
w:domain
w:don't
w:double
w:down
w:downtime
w:drf
w:drizzle
w:drop
w:dropdown
w:dry
w:dry run
w:dst
w:duplicate
w:during
w:during the
w:each
w:each other
w:ecs
w:ecs service
w:editor
w:effective
w:elasticsearch
w:email
w:emailservice
w:empty
w:en
w:encoding
w:encoding utf
w:encrypt
w:encryption
w:end
w:end to
w:endpoint
w:endpoint that
w:endpoint to
w:engine
w:enter
w:enterprise
w:enterprise customer
w:entry
w:env
w:envelope
w:environment
w:error
w:error message
w:eu
w:event
w:event bus
w:every
w:every mutation
w:everywhere
w:exactly
w:excel
w:exception
w:exception main
w:exist
w:existing
w:existing row
w:expired
w:expired token
w:expiry
w:explain
w:exponential
w:exponential backoff
w:export
w:export and
w:export to
w:expose
w:express
w:external
w:extract
w:extract a
w:extract the
w:fail
w:failed
w:fake
w:fake timer
w:fall
w:fall back
w:fallback for
w:fastify
w:fatal
w:fatal exception
w:feature
w:feature flag
w:feed
w:fetch
w:fetchuser
w:ffmpeg
w:field and
w:field in
w:figure
w:figure out
w:file
w:file and
w:file from
w:file in
w:file with
w:filter
w:finance
w:find
w:first
w:fix
w:fix it
w:fix the
w:flag
w:flag to
w:flaky
w:flask
w:flink
w:flow
w:footer
w:for
w:for #
w:for a
w:for all
w:for both
w:for enterprise
w:for our
w:for the
w:force
w:form
w:form test
w:format
w:format csv
w:formatdate
w:formik
w:found
w:free
w:from
w:from #
w:from a
w:from rest
w:from the
w:frontend
w:frontend and
w:fulfilment
w:function
w:function is
w:generation
w:get
w:getting
w:getting thi
w:gin
w:git
w:go
w:go out
w:goe
w:goe to
w:good
w:grafana
w:grafana panel
w:graphql
w:group
w:grpc
w:guarantee
w:hand
w:hand written
w:handle
w:handler
w:handler and
w:handler in
w:handling
w:handling for
w:happen
w:hardcoded
w:has
w:has no
w:has to
w:have
w:have a
w:have to
w:header
w:header and
w:header to
w:healthcheck
w:helmet
w:helper
w:history
w:hold
w:homegrown
w:hook
w:hook form
w:hook it
w:how
w:how do
w:html
w:http
w:http client
w:httptest
w:i
w:i need
w:i want
w:i'm
w:i18n
w:id
w:id field
w:idempotency
w:idempotency key
w:idempotent
w:identity
w:if
w:if the
w:image
w:immediately
w:immediately and
w:implement
w:implement a
w:implement it
w:import
w:in
w:in #
w:in an
w:in ci
w:in our
w:in playwright
w:in production
w:in python
w:in redi
w:in src
w:in the
w:in util
w:including
w:including the
w:index
w:infinite
w:infinite scroll
w:init
w:inline
w:input
w:install
w:instead
w:instead of
w:interceptor
w:interface
w:internal
w:internal payment
w:into
w:into a
w:into one
w:into per
w:into smaller
w:into the
w:introduce
w:introduce a
w:invalidate
w:invoice
w:invoke
w:is
w:is down
w:is missing
w:is null
w:is slow
w:is the
w:isn't
w:iso
w:iso #
w:isweekend
w:it
w:it as
w:it fix
w:it has
w:it in
w:it into
w:it out
w:it should
w:it to
w:it's
w:it's #
w:its
w:its own
w:java
w:jest
w:jest #
w:job
w:js
w:json
w:just
w:jwt
w:kafka
w:keep
w:keep the
w:key
w:key #
w:key and
w:keyboard
w:keyboard navigation
w:language
w:last
w:last #
w:latency
w:layer
w:layout
w:lazy
w:leak
w:least
w:leave
w:legacy
w:let's
w:level
w:lib
w:library
w:like
w:like a
w:limit
w:line
w:line #
w:line of
w:link
w:link to
w:lint
w:list
w:list the
w:listing
w:live
w:load
w:loader
w:loading
w:local
w:locale
w:locking
w:locking and
w:log
w:log for
w:log page
w:logging
w:logic
w:login
w:loop
w:lost
w:lot
w:lot of
w:lru
w:lru cache
w:luxon
w:main
w:make
w:make it
w:make sure
w:make the
w:makefile
w:manager
w:manifest
w:map
w:mapping
w:mark
w:marketing
w:match
w:match the
w:max
w:me
w:me what
w:mean
w:memory
w:merge
w:message
w:message and
w:metadata
w:method
w:metric
w:microservice
w:middleware
w:migrate
w:migrate all
w:migrate from
w:migrate the
w:migration
w:migration api
w:min
w:minute
w:minute and
w:missing
w:mobile
w:mobile app
w:mobile app's
w:modal
w:mode
w:model
w:module
w:money
w:monolith
w:month
w:monthly
w:more
w:most
w:move
w:move our
w:move the
w:move to
w:moving
w:moving existing
w:multi
w:must
w:must never
w:must stay
w:must still
w:mutation
w:mysql
w:n
w:name
w:native
w:navigation
w:navigation and
w:need
w:need a
w:need an
w:need to
w:negative
w:nested
w:network
w:never
w:new
w:newline
w:next
w:nightly
w:no
w:no behaviour
w:node
w:node #
w:node_module
w:nonce
w:not
w:not #
w:not found
w:nothing
w:notification
w:now
w:npm
w:npm run
w:null
w:nullpointerexception
w:number
w:object
w:of
w:of #
w:of nested
w:of our
w:of the
w:of them
w:off
w:off the
w:offline
w:oidc
w:oidc for
w:ok
w:old
w:old one
w:older
w:oldfetchuser
w:on
w:on a
w:on both
w:on every
w:on mobile
w:on the
w:onboarding
w:once
w:one
w:online
w:only
w:only table
w:open
w:open the
w:optimistic
w:option
w:or
w:order
w:order and
w:order can
w:order product
w:ordering
w:orm
w:other
w:our
w:our #
w:our api
w:out
w:out what
w:output
w:output must
w:over
w:overhaul
w:override
w:own
w:p99
w:p99 latency
w:package
w:page
w:page size
w:paginate
w:pagination
w:panel
w:panel with
w:parallel
w:parseconfig
w:party
w:pass
w:passport
w:password
w:password reset
w:path
w:pattern
w:payload
w:payment
w:payment webhook
w:pdf
w:per
w:per client
w:per field
w:per tenant
w:per user
w:permission
w:permission denial
w:phase
w:photo
w:photo picker
w:php
w:picker
w:picker api
w:pinia
w:pipeline
w:place
w:place that
w:plaintext
w:plan
w:plan and
w:platform
w:playwright
w:please
w:please add
w:please plan
w:plus
w:plus a
w:policy
w:policy and
w:polling
w:pool
w:port
w:portal
w:post
w:postgre
w:postgre redi
w:postgre tsvector
w:presence
w:preview
w:price
w:pricing
w:pricing page
w:primary
w:print
w:process
w:product
w:product page
w:product report
w:production
w:profile
w:profile the
w:project
w:project name
w:prometheus
w:prompt
w:proof
w:properly
w:property
w:protection
w:provider
w:provider and
w:provisioning
w:proxy
w:public
w:push
w:python
w:quantity
w:query
w:queue
w:quote
w:rabbitmq
w:rabbitmq #
w:race
w:rail
w:rate
w:raw
w:re
w:react
w:react hook
w:react native
w:read
w:readable
w:reading
w:readme
w:real
w:real time
w:rebuild
w:rebuild the
w:receipt
w:reconciliation
w:reconnect
w:reconnect loop
w:redi
w:redi #
w:redirect
w:redo
w:redo the
w:reducer
w:redux
w:redux zustand
w:refactor
w:refactor the
w:reference
w:refund
w:region
w:reindex
w:release
w:rely
w:rely on
w:remember
w:remove
w:remove the
w:rename
w:rename the
w:replace
w:replace our
w:replace the
w:report
w:report for
w:repository
w:request
w:require
w:reservation
w:reset
w:resolution
w:resource
w:respect
w:response
w:rest
w:rest grpc
w:rest polling
w:rest to
w:restart
w:result
w:retry
w:retry #
w:retry after
w:retry with
w:return
w:return #
w:return the
w:return value
w:reuse
w:reuse the
w:review
w:rework
w:rework the
w:rewrite
w:rewrite the
w:right
w:right now
w:role
w:rolled
w:rounding
w:route
w:router
w:row
w:row level
w:rule
w:rule per
w:run in
w:running
w:rust
w:s3
w:safe
w:safely
w:sale
w:same
w:saved
w:saved to
w:scheduler
w:schema
w:scim
w:screen
w:script
w:script that
w:scroll
w:search
w:second
w:secret
w:section
w:secure
w:security
w:see
w:select
w:semicolon
w:send
w:send template
w:sender
w:sent
w:sentry
w:serve
w:server
w:server side
w:service
w:service and
w:service in
w:service with
w:service worker
w:session
w:session cookie
w:set
w:set up
w:setting
w:setting page
w:setup
w:shard
w:shard the
w:share
w:shared
w:shared api
w:shipping
w:short
w:should
w:should be
w:show
w:show a
w:show it
w:show the
w:side
w:sidebar
w:sign
w:sign up
w:signature
w:signed
w:signed url
w:signin
w:simple
w:since
w:single
w:site
w:size
w:skip
w:slim
w:slow
w:small
w:smaller
w:smtp
w:snapshot
w:snapshot test
w:so
w:so the
w:so they
w:so we
w:soft
w:soft delete
w:some
w:sometime
w:sort
w:source
w:source map
w:split
w:split the
w:spring
w:spring boot
w:sql
w:sql query
w:sqlite
w:src
w:src api
w:src lib
w:sso
w:stack
w:start
w:startup
w:state
w:statement
w:status
w:status and
w:status in
w:stay
w:step
w:still
w:stop
w:storage
w:store
w:stored
w:stored as
w:stored in
w:strategy
w:streaming
w:strict
w:string
w:string in
w:strip
w:stripe
w:style
w:subscription
w:support
w:support and
w:sure
w:survive
w:switch to
w:switcher
w:sync
w:sync with
w:system
w:table
w:table add
w:table and
w:table with
w:tag
w:take
w:target
w:task
w:tax
w:team
w:tell
w:tell me
w:template
w:template to
w:tenant
w:terraform
w:test
w:test and
w:test case
w:test for
w:test in
w:test it
w:test must
w:test that
w:test the
w:test using
w:test with
w:testenvironment
w:testenvironment fake
w:text
w:than
w:that
w:that a
w:that format
w:that mean
w:that return
w:that the
w:that's
w:the
w:the #
w:the admin
w:the analytic
w:the api
w:the app
w:the auth
w:the autosave
w:the checkout
w:the cli's
w:the client
w:the code
w:the component
w:the csv
w:the current
w:the dashboard
w:the data
w:the database
w:the db
w:the deploy
w:the design
w:the doc
w:the editor
w:the email
w:the existing
w:the file
w:the form
w:the frontend
w:the go
w:the hand
w:the http
w:the image
w:the invoice
w:the java
w:the jest
w:the last
w:the layout
w:the legacy
w:the list
w:the log
w:the login
w:the missing
w:the mobile
w:the monolith
w:the new
w:the number
w:the old
w:the one
w:the open
w:the order
w:the output
w:the page
w:the payment
w:the permission
w:the pricing
w:the primary
w:the product
w:the profile
w:the project
w:the query
w:the queue
w:the refund
w:the report
w:the repository
w:the request
w:the return
w:the same
w:the search
w:the server
w:the service
w:the session
w:the setting
w:the shared
w:the sidebar
w:the state
w:the sync
w:the table
w:the test
w:the three
w:the transition
w:the two
w:the ui
w:the user
w:the v2
w:the websocket
w:the whole
w:the worker
w:their
w:their own
w:them
w:them add
w:theme
w:then
w:there
w:there are
w:there's
w:there's a
w:they
w:thi
w:third
w:third party
w:thread
w:three
w:three form
w:thumbnail
w:ticket
w:time
w:time zone
w:timeout
w:timer
w:timezone
w:to
w:to #
w:to a
w:to an
w:to aws
w:to end
w:to get
w:to graphql
w:to login
w:to our
w:to redi
w:to support
w:to the
w:to typescript
w:to understand
w:to use
w:to v2
w:to var
w:to vue
w:toast
w:toast #
w:todolist
w:todolist map
w:toggle
w:toggle in
w:token
w:too
w:tool
w:tracking
w:tracking per
w:traffic
w:trail
w:transaction
w:transition
w:trial
w:true
w:tsvector
w:ttl
w:ttl and
w:twice
w:twice when
w:two
w:type
w:typed
w:typeorm
w:typescript
w:typescript with
w:ui
w:ui test
w:under
w:understand
w:undo
w:unit
w:unit test
w:up
w:up to
w:update
w:update it
w:update the
w:upgrade
w:upgrade from
w:upload
w:url
w:usage
w:use
w:use it
w:use react
w:use the
w:usecart
w:usecart hook
w:used
w:used in
w:user
w:user and
w:user id
w:user order
w:user table
w:usevariant
w:usevariant checkout
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
w:value of
w:var
w:variable
w:variant
w:verified
w:version
w:versioned
w:via
w:via a
w:view
w:view #
w:view view
w:vite
w:vue
w:vue #
w:vuex
w:want
w:want to
w:warehouse
w:warn
w:warning
w:way
w:we
w:we already
w:we can
w:we don't
w:we have
w:we need
w:we use
w:we're
w:web
w:web app
w:webhook
w:webpack
w:websocket
w:what
w:what doe
w:what's
w:what's the
w:when
w:when a
w:when i
w:when it
w:when the
w:when to
w:where
w:which
w:while
w:while offline
w:whole
w:whole frontend
w:widget
w:width
w:with
w:with #
w:with a
w:with an
w:with backoff
w:with expiry
w:with exponential
w:with google
w:with idempotency
w:with strict
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
w:write test
w:write the
w:written
w:yaml
w:yaml v1
w:year
w:yes
w:yet
w:you
w:you add
w:you to
w:zh
w:zod
w:zone
w:zustand
x:bias`,Jn="HAARANP///8eAOP/FwD0//T/AAADAP7/AAD+/wIA8v8PAP7///8CAP///f8EAP/////8/wUA+/8GAP///P8LAPr//////wIA+f8SAPX//f8EAP//+/8NAPj//f8EAP///v8CAAAADQD4//v/BQAYAOP/AAD7/wUA/f8EAP//DwD2//z//v/7/wcA/f8IAPv/AwD+//////8EAPz/EAD3//j/AAD4/wgA//8CAP//+/8KAPz//////wIA+/8FAAAA/f8BAAIA//8DAP3/GAD9/+z/AwAEAPn/AAD+/wIA//8DAP7/BAD9/wAA//8HAPr////9/wQACgD2/wAA///9/wUAAAD+/wIABgD8//7/AwAAAP3//v8CAAAAAAD8/wQA+/8EAAEA//8CAP7/AAD8/wUABQAFAPb/AAACAP//AAD+/wMAGgDx//b/AwD+////BQD9//7/BgD7////AAD+/wIA/P8DAAEA/P8EAP///////wIA+f8LAPz/+P8HAAEAAwD9/wAAAwD9/wAAAQAWAOn/CQD7//3/AwD9/wAAAAD9/wMAAwD///3//v/7/wcAAAACAP///f8FAP7/CAD5////AQD8/wMAEgD1//n/EgD1//n/BADy/wsA/f8FAP7/BAD5/wMABAD7/wEABQD8////BQD8/////v8CAAAA/v8DAP//AAAIAPj/AAD9/wMAAAD8/wQA+v8TAPP/AAD+/wIAAAD9/wMA/f8DAAAA//8DAP7/AAD+/wIAAAACAP//CQD+//r/AQABAP7//v/+/wMABQABAPr//v8BAAEA+/8NAPj/BAD7/wAABAD8////BAD9////+P8NAPv//P/6/woAAAD+/wIABAD9/////f///wQA/f///wQABQD3/wQA//8EAP3//f8CAAEA/f8CAAEA/v8HAPz//v8HAPz/+f8EAAQA//8DAP7/+v8CAAUA/P/9/wcA/f8AAAMA//8HAPr/9f8QAPv//f8DAAAABgD6/wAABwD6//////8FAPz/AQD5/wYA///z/w8AAAD8/wUA/v/6/wgA/v/8/wYA/v8DAP///v8DAP////8EAP3///8EAP3/AAD8/wQAAAD+/wIABgD6/wAABgD6/wAABQABAPr/BAD9/////v/7/wYA/v/6/wgA8P8OAAMA5v8aAAAA///9/wQA///9/wMA+f8FAAIA/v8EAP7//f8FAP7//f8GAPz//f8FAP7/AAADAP7/AAADAP7/9v8KAAAA9/8JAAAA/v8EAP7/AwD+/////P8KAPn/+f8HAP//AAD+/wMA+v8SAPT/AAD9/wMAAAD9/wMA///7/wYADwDy////BgD2/wQA/v8GAP3/+v8GAP//+v8LAPz///8CAP///v8DAP//+P8KAP7/+P8KAP7/7/8AABEAAwD///7/7v/5/xkAAAD+/wIA/f8HAPv/AwAEAPn//v8BAAIA/v8DAP//CAD6//3/+/8NAPj///8CAP///v8MAPb/CQD9//n/AgAEAPr/CgD5//3/9/8MAP3/AQD8/wMAAQD7/wQA8P/y/x4A/f8EAP7//v8CAAAA///9/wMAAgAFAPn//v8AAAIA+/8EAAAA/v8DAP7/+f8HAAAA+f8DAAQA8f8lAOn/EAD4//j/9/8GAAMAAAACAP7/AAD8/wQAAAD+/wIAAAD7/wYA/f8DAAAAAAD9/wMAAAD//wIA/////wIAAwD///3/7v8eAPT///8DAP////8EAPz////5/wgAAAD7/wUA/f/9/wcA/f8FAP7//v8DAP//8f/7/xQA9P/1/xcAAAD+/wIA9//2/xIABgD6/wAA+P8LAP7//f/7/wkAAAD+/wIA///+/wMA//8EAP3/+f8HAAAA/f8DAAAA/f8FAP7/AAD+/wMA/v8EAP3//v8EAP3/AAD8/wQAAAD+/wIA9f8QAPv///8EAP3/AAD+/wIA/P8HAP3////+/wMA//8EAP3/AAACAP7/+/8KAPr///8DAP//9/8NAPz/8v8bAPP///8HAPn//f8FAP7//v8GAPz/AAD8/wQAAgD9/wEAAAD7/wYAAAAJAPf/AAAIAPj/AAACAP7/AgD///7///8DAP///v8AAAIA///9/wQAAAACAP/////1/wwA///+/wMA/////wIA/v/6/wgA/f8LAPj/7P8PAAUA/v8DAP//AAD9/wMA9v8HAAIA/v8GAPz///8CAP7/BQD8/////v8BAAAABwD7//7/7v8QAAIABgD9//3//v/7/wcA/f8DAAAA/v8DAP//AAD9/wMAAAACAP7//P8BAAMA//8EAP3/AgD+/wAAAgD/////AgAHAPj/CAD8//v///8CAP//+P8JAAAA/P8BAAMA/P8BAAMA+v8JAP7//P8EAAAAEQD3//j//v8CAAAAAAD+/wIACQD9//v/CQD3/wAABAD6/wIA+/8GAP//BgD+//z/BgD+//z/AAD6/wYAAAD+/wIAAAD8/wUA9f8SAPn/AAAFAPz/9P8OAP//AAADAP3/AAD+/wIA/v/6/wgA//8EAP3/AgAAAP7/AgAAAP7//v8AAAIA7f8RAAIA/v/6/wgA/v/6/wgA/f8FAP3///8DAP/////+/wMAAAD+/wIA/f8AAAIAAgAFAPn//v8HAPz/+P8BAAcAAAD8/wQA/v/6/wgAAAD8/wQA+/8KAPv//f/7/wgA///+/wQAAAD8/wQA/P8GAP7/+/8LAPr/+v8CAAMA+P8DAAUAAgADAPr/+/8HAP3/AAD9/wMABgD///z/AgAAAP7/+/8KAPv/BwD5/wAA/v8EAP7/6/8NAAgA9/8KAP//AAD8/wQAAAD9/wMA/f8GAP3/AAD//wIA//8DAP7/BQD+//3/BgD7////AAACAP7////0/w0A/v/5/wgAAAD6/wYAAAD+/wIA//8CAP7//f/9/wYA/f/9/wYAAAD+/wIA/f///wQAAAACAP7/AgD9/wAAAAD//wIAAwD///7/BQD9//7/BQAEAPf/AAACAP7/CAD+//r/BQD8//////8EAP3///8DAP3/CAABAPf///8DAP///f8DAAAA+/8KAPr/+/8KAPr//f8GAP3//f8GAPz//f8EAAAAAQAIAPb///8EAP3/BQD9//7/AAD8/wQAAAD8/wQAAwAAAP3/AwD///7/+P8MAPv//v8DAP//+P8NAPv//P8FAP///P8HAP3/AwAAAP3//v///wIA/v///wIA8f8KAAUA+/8IAP3//P8EAAAA/v8AAAMAAAD9/wMA/v8CAAAA//8GAPv//P/6/wsA/f8EAAAAAAD8/wQAAAD//wIABQD+//3/AwAAAP3////+/wMAAQAFAPr//v8DAP///v8DAP//+//9/wcA/f8DAAAAAAAFAPv/AAD9/wQAAAD8/wQABAAAAPz/AwD///3///8DAP7//f/7/wgAAAD+/wIA+v8KAPz//P8FAP//+v8JAP3/AgABAPz/AAD9/wMAAAD9/wMAAAD+/wIAAAD//wIA//8CAP7///8DAP7///8HAPr//P8FAP///f8DAAAA9/8BAAgAAAD+/wIACAD7//3/CAD8//3/BAD9/////////wIA6//6/xsADgD0//7/DwDy//////8CAP//BQD9//7/BAD9////BAD9//////8DAP7/CAAGAPL/AAACAP//+/8KAPv/AAAEAPz/AAD//wIA/f8EAP//AAD9/wMAAgD/////AgD/////8v8LAAQA/f8DAAAAAAADAP3//P8BAAMA/P8BAAMAAwD9/wAAAwAHAPb//v8EAP7///8CAP///P/9/wcAAAD9/wMAAAD+/wIAAAD9/wMA+P8IAAAABwACAPf/BAD8/wAA/f8EAP//9/8NAPz//f8IAPz///8DAP////8CAP///v8EAP7///8EAP3/9/8OAPv/+v8NAPn//P8HAPz///8DAP7//P8EAP///f8EAAAAAAD7/wUA/v/7/wYA//8DAP7/AAACAP7/AAACAP7/9P8AAAsA//8DAP//AAD8/wUA/v/9/wUA/P8GAP7//v8DAP//AAACAP7/AAADAP7/AwAJAPT/AAD+/wIAAAD8/wQA/f8GAP3/BgAAAPr/BQD6/wEACADy/wYA+f8BAAUA/P8AAAMABwD///r///8CAP////8EAP3/9v8OAPz/+//8/wgA8f8ZAPb/AAD+/wIACAD8//z/BgACAPf/CAD4//////8EAP3///8GAPv/9P8IAAMA9P8IAAMAAAD+/wIA///1/w0ABAD5/wMA+f/7/wwAAgAFAPn///8DAP7/CQD9//r///8DAP7/CQD6//3/8/8CAAsA//8CAP////8CAP///v8HAPr/AgD/////+f8BAAUA/f8DAAAAAAADAP7/+v/6/w0AAAD5/wgA/P/8/wcA//8IAPn///8IAPn/AAACAP7//f8NAPb/AwD8/wAAAwD9/wAAAAACAP//AwD///3/9P8NAP////8DAP7/+v8FAAEA//8CAAAA+P8SAPX///8FAPz///8CAP///v8DAP//BgD///v/AgANAPH/BgD8//3//f8OAPX//f8OAPX//v8LAPf//v8MAPb/AQAEAPv///8HAPr/+/8FAAAA//8DAP//AwD+////AAD9/wQA///+/wMAAAADAP3//P8EAP//+//5/wwA/f/+/wYAAQADAPz/CAD+//r////+/wMAAAD//wIA/////wIA//8CAP///v8BAAEAAAD//wIAAAD8/wQAAgD5/wUAAAD7/wYABQAAAPv/AAD+/wIAAgADAPv//f8EAP///f///wQA+f8LAPz/+/8LAPr//v///wMA9v8MAP7/9f8MAP///f8EAAAA/f8EAAAA/f8EAAAA///+/wMA/v8HAPz/+/8HAP7/+/8HAP7/+f8QAPf//v8EAP//+v8KAPz/AwD///7//v8CAAAA/v8DAP////8EAP3///8DAP7////+/wQA/v/+/wQA/v8AAAIAAAD+/wIA/////wIA/P8JAPv//f8DAAAAAAD7/wQA/P8EAAAA/v/0/w4A/f///wMA/f8DAAEAAAD+/wIAAwABAP3///8GAPv/BgD6/wAAAAD8/wQABgD9//z//v8EAP7/AQAHAPj//v8FAP3/BAD8/wAA//8EAP3///8DAP7//v8EAP7/AgD+/wAAAAD8/wQABwD6/wAAAAD9/wMABgD+//z/+v8iAOX/AwAWAOf/8P/6/xYA7v/5/xkAAAD8/wQAAAD8/wQA9v8GAAQA+/8KAPv///8EAP3/AAACAP7/AAD+/wIA//8JAPj/9v8MAP7///8DAP////8DAP//9v8DAAcA/f/7/wkA//8FAPv/AwD5/wQAAgD7/wMA//8CAP//9/8BAAgA9/8BAAgA+/8IAP3//f8FAP3/9v8KAAAA+/8EAAAA+/8IAP3//f8CAAEA/v///wMA+P/5/w8ACgD6//3/BgD6/wAAAwD9/wAA9f8NAP7///8IAPn/AAD9/wQABAD+//7/9/8KAP//9/8JAAAA//8GAPv///8GAPv//f/8/wYALADy/+P//f8EAP//CAD9//r///8DAP3/AAACAP7/EQDw/wAA+/8FAAAAAQADAPz/AAD+/wIAAQACAP3/+v8HAP/////7/wYA///7/wUA//8CAP7//P8FAP7/AwD7/wIA+f8FAAIA+v8IAP3//v8DAAAAAQD+/wEA8v8PAP//+/8HAP7/+/8HAP7///8CAP///P8EAAAA/P8EAAAA/f8BAAIA//8CAP//DgD2//v/BgACAPf/BwABAPj//v8RAPH/AAD+/wIA/v8CAP///v8CAP///f8AAAMA/f8AAAMAAgD8/wIA//8CAP//BAD4/wUADAD9//f///8EAPz/AAD9/wMAAAAEAPz/AAD8/wUAAAD+/wMA///+/wIACQD4/wAAAAD9/wMAAAADAP3/AAD8/wQAAAACAP7//P8FAP//AAACAP7/AAACAP7/+////wYAAAD+/wMA/v8EAP7/AgD+/wAA/////wIA/v///wMA///+/wMABQD8////AwD+////AwD+//////8CAP///v8FAP7/5/8ZAAAA7f8TAAAAAAD6/wYAAAD8/wQA9P8JAAMA/f/+/wUA9P/y/xoA9P/6/xEADgDt/wQA/v/9/wUAAAADAP7//v/6/wgAAgAEAPr/AgADAPv/BQD9//7/9/8LAP7/GgD0//L///8DAP7/CAD8//z/+P8IAAAA+P8IAAAA/P8FAP///f8EAAAA9/8KAP//9/8JAAAA/f8GAP3///8DAP//AAD+/wMA+P8NAPv//P8FAP///v/+/wQA///7/wYA+/8JAPz/+/8JAPz/AAACAP7//////wIA8f8AAA8AAAD//wIA//8FAPz///8FAPz//P8GAP7//P8GAP7/AAD+/wIA//8CAP//AAD8/wUA+f8WAPH//P8GAP3/AQACAP3/8v8PAP//AQABAP7/8P8SAP///v8AAAIA5f8SAAkAAAADAP3///8CAP//AAACAP7///8DAP3//f8LAPj/AAD9/wMA/v8DAP7/6v8IAA4AAAD5/wgA/f8DAAAA/P8KAPr//v8DAAAAAAD7/wUAAAD+/wIAAwD7/wIAAwD7/wIAAAADAP3/BgAAAPr/AAACAP7/CAD5////BgD9//7////8/wUA/////wIAAQD8/wMA//8DAP7/AAD9/wMA+P/7/w0A/P/5/wsADgD9//X/AgD/////9/8NAPz/+P8NAPv/AAD9/wQA/P8BAAMA/P8FAP//AAD7/wUA/////wIAAAAVAOv//f8CAAEABgD3/wMAAAACAP7//v8CAAAAAwAAAP3//v8EAP3///8CAP////8CAP//AgD9/wEA/////wIA+v8FAAEAAAD9/wMABQD8////BQD8//////8DAP7//v8DAP7//v8CAAAAAwD+/wAA/f8FAP7/AgD9/wIA+P8DAAUAAAD8/wUA/f8EAP///v/+/wMAAAD9/wMAAAADAP7//f8CAAEA/f8FAP7//f8DAAAA/v8EAP7/AQACAP3//f8EAP////8CAP//BAD+////BAD+//7//f8FAP7//f8FAP7/BgD9//z/+v8IAP7/+P8MAPz/+v8JAP3//v8DAP///v8HAPz//v8HAPz/CAD1/wMA/P/7/wkADAD5//v/AAADAP3/BwAAAPn///8DAP//AgAHAPf/AgAHAPf//P/9/wcAAAD8/wQAAAD7/wUADQD+//X/AgD//wAAAAACAP//DAD9//f///8CAP////8DAP//CAD9//v/CAD9//v/AQADAPz/AAD5/wcAAAD7/wYA9f8TAPj/AAD+/wIA/P8JAPv//P8HAP7/AwAGAPj//P8EAP//+P/+/wsA/f8CAAEA/v/7/wcA/f8EAP///f8EAP////8DAP3//P8JAPv/AgD+/wAA9/8PAPr/+f8LAPz//v8FAP7//v/9/wUAAAD+/wIAAAD+/wIA9v8HAAMA/P8GAP7//P8DAAEA/P8JAPv//P8IAPz/AwD9/wAAEgACAO3/AAACAP7/AAADAP3/AAD9/wMAAAD+/wEACgACAPT/8P8PAAEA/P/6/wkA//8DAP3///8EAP3/+/8JAPz//P8FAP//AgABAP3/AAD//wIABgD3/wMABgD3/wMA/f8HAPv/BgAAAPr/BAD+////BAAAAP3//P8HAP3////+/wMA+/8BAAMAAQD7/wQA+v8GAAAA///+/wMA/P8IAPz/AwD7/wIAAgD8/wIABgD7////BwD9//z/BgD3/wMAAAD7/wUA/f8BAAIA/f8EAP///v8BAAEA/v8BAAEA+P8NAPv/AAD8/wUAAAD8/wUAAAD9/wMA9P8MAAAAAAACAP7/9/8MAP3/AAD+/wIA///+/wIA+P8MAP3//P8TAPD//v8FAP7//P8FAP//+/8KAPv/AAADAP7/AAACAP7/+P8GAAIA+f8FAAIAAwD9////AAD8/wQABAD6/wEABgD2/wQAAAD8/wQAAAD+/wIAAAD9/wMA//8DAP7///8DAP7/AAACAP7/AAACAP7///8EAP3/BQD8////BwD7//3/BwD7//3/2P9MANz/8f8dAPL//v8RAPH/xv/j/1gA6P8qAO7/4v8WAAgACgAIAO7/o/9CABwAy/8lABAA6P8cAPz/wf8XACgA1P/a/1EAxP/3/0UAx//9/zwA3//v/zIAEgA6ALT/tf8uAB0A1/8QABkAHADw//T/CADy/wUAAAACAP7/AAD//wIA/P/7/woA//8DAP7/+/8EAAEAAAD6/wcA/P8AAAQA//8DAP3/+/8JAPv/BAD+//7//v8EAP7//f8CAAEA7v8gAPL///8CAP//BAD///7/BwD7//7//v/6/wgA/f8HAPz/AAACAP7/+v///wcACQD4/////f8DAAAADAD7//n//v8CAAAA/P8DAAEAEADz//z/BgD+//z/AwD9/wAA/f8DAAAA+P8MAPz/AwADAPr/AAD7/wUADAD2//7//f8GAP3//v/6/wgABgD3/wMAAAD8/wQA//8EAP3///8JAPj/+v8GAAAA/P8KAPr/+f8JAP3/+v8HAP//BQD6/wEA//8DAP//AAACAP7/9v8MAP7//////wIABAAAAPz////2/woA/P8FAP//+v8JAP3//v/8/wYABwD///r//P8FAP////8EAP3/AAD9/wMAAAADAP7/CAD8//z///8CAP7//v8DAP//EwDu////AAD+/wIA///9/wQA+v/3/w4A+//7/wsAAAD//wIA//8FAPz//v8FAP7/AAD+/wIACAD0/wQAAAD9/wMAAAD9/wMA///1/wwAAAD+/wIA/v8HAPv/EAAHAOn/HwD8/+X//v8GAPz/9f8NAP3/EADx/////v8DAP////8DAP7//P8KAPr/AwAEAPn//f8IAPr//v8GAPv//f8HAPz///8FAPz/8/8DAAoA/v8CAAAA8f8QAP//AAD+/wIAAAD//wIA//8GAPz/+f/7/wwAAAD9/wMADAD4//z/AAD8/wQACwD2////9P8OAP7///8CAP/////2/wsAAAD8/wQAAAD8/wUAw/8NADAAAAD8/wQACAD3/wEA9v8JAAEAAAD8/wQA/v8BAAIA///8/wYA/f/+/wUA/P/+/wYA/v/6/wgAAAD7/wUAAAD1/wsAAAD8/wUAAAD+/wIA/v/8/wYAAAD8/wQAAwAAAP3//P8GAP7/7f8aAPr///8GAPv///8DAP7///8CAP//+f8RAPf////9/wQA//8FAPz///8CAP//AAD+/wIA9/8PAPr/8/8IAAUABQABAPr//P8HAP3/AAAFAPz/AAAFAPv/BwD6////6/8XAP7//v8EAP7//P8FAP//AAACAP7/AAACAP7//f8FAP3///8CAP/////4/wkA3//r/zYA/P/9/wcA8//7/xIAAAD9/wMA///2/wsA///2/wsABgD9//3/AAD+/wIAAAD6/wYA+v8CAAQAAwD9////AAACAP7/AAACAP7/9f8NAP3/AwAHAPb////+/wIA/v8CAAAADQD5//r/AAACAP7/AAD7/wUA/////wIA///8/wQA/P8FAP//BAD4/wQA/v8GAPz/9v8HAAMA9/8VAPP/AAD+/wIA8/8CAAsAAwAAAP3/AAACAP7/AAD6/wYABwD7//3//P8IAPz//P///wUAAAD8/wQAAAD7/wUA9f8TAPj////+/wMA+P8NAPv/AAD9/wMAAAD4/wgAAwD+////AwD/////AwD/////+v/7/woABgD5/wEABwD7//7////7/wYA+v8IAP7//v8DAP///P/3/w0AAAD9/wQA+/8HAP7////+/wMABgD3/wMA///8/wUA/P8KAPr//f8EAP///v/7/wYA+v8IAP7/+v8GAAAA/v8DAP/////9/wMA9//8/w0A/////wIA+//8/wkA/v/6/wgAAAD//wIA/f8CAAIA/v8DAP///v8DAP///v8DAAAAAAACAP7/AgD+/wAA+/8GAP7//f8DAAAA/f8RAPP/BwD7//7/+v8JAP3//f8DAAAAAwD+///////9/wQABwD6////AAD8/wQA+P8LAP3//v8CAAAA/f8DAAAA///+/wMAAQAJAPf/AQABAP7///8FAPz/CwDu/wYA//8CAP7/BQD8////BgD7//7///8CAP////8CAP//AAD7/wUA9v8IAAIAAAD8/wQA//8CAP//AwD9/wAAGADr//3/AAD+/wMA/v/7/wcAFwDu//v////9/wQAGQD3//D////7/wYAAAD7/wUAAAD+/wIA/v8NAPX//v8NAPX//v/+/wQAAAADAP3//f8LAPj/9/8LAP7//v8JAPn/AAADAP3/AAACAP7/AwAGAPf/+f8BAAcA/v8DAP///P8GAP7/9v8QAPn/+v8HAP///f8EAAAAEgDv/////f8DAAAA/P///wUA//8DAP7/+v8HAP//BAD9/wAACQD2/wEA+v8IAP//AAD8/wQAAwD//////P8QAPX/BwD5/wAA/P8FAP///f8EAP7/DwD4//r/8v8lAOn///8DAP7///8CAAAA/v8DAP//AgABAP3///8JAPf/AgADAPv///8DAP7//P8FAP//CQD4////BAD+//7//P8FAP///P8EAP/////y/w8AAAD5/wcACAD6//7/AAACAP7///8CAP7//v8FAP3/9/8LAP7//f/6/wgABAD9/////f8IAPv/AAD+/wIAAgABAP3//v8HAPz//v8HAPv/AwD+/wAAAAACAP7/AAD+/wIA//8LAPb/AAALAPX////6/wcA+f8EAAMAAAD9/wQA/v8CAAAAAAD9/wMA+/8CAAMA+//9/wgA/v8CAAAA/v/5/wkA/////wIA9P/u/x4A///7/wYAAAD//wIA/v8DAP////8CAP//7f8RAAIA9f8BAAoA9//0/xUAAgAGAPj/+v8HAP//BAD9/wAA/P8EAAAAAAD8/wQA///7/wYA/f8EAP//EAD9//L/BgD+//z//////wIA/v8EAP7///8DAP///P8GAP7//P8GAP7/AAD9/wMA/v/8/wUAAAAFAPv/AAAFAPv/AAAIAPn/CwD5//z////8/wUA/v8AAAIAAAD+/wIA/v8DAAAAAgD///////8FAPv/AAD8/wQA/////wIABQD1/wYAAAD8/wQA/f/+/wUAAQAGAPn/AwAAAP3/AgABAP3/CwD9//j///8JAPj/BAAAAPz/+v8PAPf//v/5/wkAAgAAAP//BQD5/wIA+/8GAP7/AAD9/wMA/P8HAP3//P/9/wcA//8CAP//9f8PAPz/+/8GAP//+/8GAP//AAACAP7/+/8EAAEA///5/wgA///5/wgA///6/wgAAQD+/wEA/f8FAP7//f8FAP7//f8GAP3/AAD+/wIA/f/2/wwA9/8PAPr//v8FAP3/BQD8///////+/wQABgD6/wAABgD7////+P/+/woAAAD8/wUACAD1/wMAAAD8/wQA/P8NAPf//v8DAP/////7/wYAAAD6/wcA9f8OAP3////4/wkA///4/wkAAAACAP7/DAD9//j/AAD5/wcA+/8JAPz/AAALAPT/BwD8//z/AAD9/wMAAQD+/wEAAgD+/wAA+f/9/woA///3/wsA/v8BAAEAAAD8/wQA/f8AAAMAAAADAP3/AAAFAPv//f8FAP3/AQD3/wgA+P/+/woA//8CAP////8CAP/////8/wQADgD5//n///8DAP7///8DAP7/BAD7/wEA///8/wUA/P8JAPv///8HAPv/9//+/wsAAAACAP7/+f8GAAEA/f8FAP7//f8FAP//BwD7//7/8P8eAPP/+f8KAP7/+v8HAP///P8AAAQA/P8AAAQAAAACAP7/+P/8/wsAAAAFAPv/AAAFAPv//f/9/wYA/P8EAP/////5/wgA/P8FAP7/BQD9//7///8CAP/////+/wMABAD8////AAD+/wIAAAD+/wIA/f8JAPr///8CAP///v8EAP3/CAD8//z/+/8GAP7//v8AAAIAAAD8/wQA9v8JAAEA+v8EAAIA9P8TAPn/6/8VAAAA/f8HAP3/CQD8//v//v8DAAAAEwDu////+v8GAAAAAAD+/wMA/v8EAP//BAD9////AwD///7//v8CAAAAAQD8/wMAAAD8/wQA/f8EAP/////4/wkA/v///wIA+f8SAPX///8DAP7/+f8TAPT/AAACAP7/+/8UAPH//v8CAAAA//8HAPr///8FAP3//v8DAAAACAD6////AAD4/wcACwD4//3//P8CAAEA/P/+/wYADAD8//f/8v///xAA/v8AAAIA/v/5/wkA9/8RAPj/AAAEAPz////+/wMAAwACAPv/+f8UAPP/+v8SAPT/AAACAP//BQAAAPv/AwAFAPj//f8GAP3/+v8NAPn/+v8NAPn/BwD8//3///8FAPz///8FAPz//P/9/wcA/f/+/wUA/v/9/wUA///8/wUA/P8DAAEA/P8FAP//+v/8/woA/P8GAP3///8EAP3/+v8HAP//+v///wgAAAD7/wUABgD9//3/AQD5/wYA/f/2/w0A/f/8/wcA///9/wQAAAD1/wsAAwD+////AAD7/wUAAwD+////AAD6/wcA+/8IAP3//v8FAP3/DQD1//7/+/8LAPr/AAD+/wIAAAD9/wMA///5/wkA9P8RAPz///8FAP3//f8EAP//CgD5//3/AQD7/wQA//8CAP//DQD4//v/BAD///3/AAAEAP3/BgABAPn/BQAAAPv//f8CAAEACAD6//7//f8EAP//BgAGAPT/BAD9/////v/+/wQA/v/+/wQA/v8DAP//AAD9/wMA+v8LAPv/AAACAP7//P8HAP3/AAD6/wcAAAD6/wcA6/8KAAoA+f8FAAIAAAD+/wIACwD4//3/MgDu/+D/AAD9/wQA///2/wsA/v8HAPv//v/9/wQAAgACAPz///8CAP//AAD8/wQA//8DAP7/BwD///r/8P8aAPb/DQD8//b/9v/2/xQAAAD+/wMACgABAPX/9P8OAP3/9P8OAP3///8FAPz///8FAPz/CAD9//v/BwD7//7/BgADAPf/CAABAPf/AAACAP//AAD+/wIA//8FAPz/AAAEAP3/6v8GABAA+////wYA//8CAP7/AAACAP7/+f8SAPX//P8AAAMAAAD0/wwAAAD8/wQA/f8DAAAA///+/wMA//8CAP////8KAPf/+/8HAP3/+v8GAAAA//8CAP////8DAP7/AwD///3/AAD+/wMA/f8HAPz/AQACAP7/DwDy/wAAGgD//+f/BQD5/wIA/v/7/wYAAAD9/wMA//8LAPb//P8FAP//DQD0////BgD7////BwAEAPX/BQAFAPb/+v8PAPf//v/+/wMAAAD9/wMA///6/wcABAD9////+v8HAP///f/1/w0A/f8CAAEA9v8PAPv/CwD0/wEACQD///j/CAD9//z/8f8KAAUA/v8FAP7/DgD0//7/AAACAP7//v/8/wYA9f8PAPz/9f8NAP3//v8CAAAACwD1/wAAAQADAP3////9/wQA/P8BAAMA/f8MAPf//v8BAAEA9v8MAP7////8/wQABQD7/wAA9f8IAAMAAAD8/wQAAAD8/wQA+f8SAPX//////wIA/v/9/wUA/v/9/wQAAAAFAPz///8NAPP/BgD8////+v8PAPf/EwD0//n/DwD0//3/CQD6//7/BAADAPn/CAD9//z/AAADAP3//P/4/wwA8/8RAPz//P8EAAAA8/8MAAEA/////wIA//8FAPz/BQD6/wIA/v/7/wYA/P8VAO//AQACAP3/9/8UAPb////1/wwA/f8BAAIA//8SAPD//v8HAPr////7/wYA///+/wMA///+/wMA+f8HAP////8CAP//AAADAP7/AQAFAPr///8EAP3//P8KAPr/AAD+/wIABwD///r//P8FAP7////+/wIAAAAFAPv/CQD+//n////2/woABQAIAPP//f8EAAAA///5/wgA///5/wcABwD9//z/DgD0//7/AwD9////AAD+/wIA9/8KAAAABgD6/wAA/v/7/wYA//8DAP3/AAD+/wIA/v8CAAAA/v8GAPv////5/wgA/v8FAP3/9P/7/xEAAAD7/wUA/P/+/wYA//8EAP3/DAAKAOr/AAADAP7///8CAP////8EAP3/AAAEAPz/DAD7//n/+f8GAAEA/P/+/wYAAAD+/wIAAgABAP3//f8BAAIAAAD4/wgA9P8PAP3//v/5/wgA+//3/w4AAAD8/wUA/P8KAPr/CAD4/wAA/v8HAPv/7P/r/ykAAAD9/wMA/P8CAAIA///7/wYA/v/7/wYA/v/8/wYAAAD7/wUA9//8/wwA///+/wMAAAD+/wIA/P8FAP/////0/w4A/v/7/wYABwD6////AAAKAPb/AAD+/wIA9f8KAAEAAAD9/wMAAQD1/woAAAD+/wIA/v8CAAAABwD+//z/BgD6/wAA+v8SAPX///8FAPz////5/wgA/P/4/wwACAD6//7//P8KAPr////7/wYAAQAAAP7/AAAEAPz/CQAAAPj/DQD6//n/DgD4//n///8CAP//DAD1/wAABwD7//7//v8DAAAABgD7/wAA/P/1/w8AAwAAAPz/CwD4//3/CAD7//3///8DAP////8CAP//+P/6/w4A/P8FAP//CgABAPX//v8GAPz/+v8PAPf////8/wUAAAAJAPf//v8BAAEADAD1//7/BgD8//7/9v/7/w8A/////wIA//8AAAIADQD4//v/AAD8/wQA///5/wgA/P8HAP3/BQD9//7//f8HAPv/BwAKAO///P8CAAIA+v8GAP///v8MAPb/DAD2//7//v/9/wUAAAAEAPz/EQACAO3/AAD5/wcABgD1/wUA///2/wsAAgD//////f8EAP//BgD///r/DAD6//r/+v8EAAIA/v8AAAIAAAD8/wQA/v/8/wYA/P8HAP3////9/wQA/P/7/woABQD8//7/8f/w/x4AAAD9/wMAAAD5/wcABwAHAPL/AAD+/wIA/P8GAP7/AAD9/wQAAAD7/wUAAAD+/wIA//8CAAAA///3/woA///1/wwAAAD8/wUAAgADAPz/8v8qAOT/AgD+////9/8TAPb//v8CAAAA/f8JAPr//v8DAP///v/9/wUA9f8YAPP////8/wUA/P8HAP3/AAACAP7///8DAP////8CAAAAAAD+/wIA+v8GAAAA9/8KAP//AwD2/wcAAwD7/wIA+/8GAP//8P8CAA4AAAD5/wcAAAD8/wQAAAD+/wIA+f8LAPz/9f/7/w8AAAAFAPv////8/wUAAAAFAPv/AAAFAPv/AAD+/wMA//8HAPr/AAAFAPv/BQD5/wIA///1/wsA/P8BAAIA//8FAPv/AAD9/wMA/P/9/wcA///7/wYAAAD7/wUAAQADAPz//P8DAAEA/f8DAAAA///8/wUA+v8LAPr//f8EAP//AAD7/wUAAAD8/wUA/v/4/woA/////wIACwD8//n/9v/9/w0AAgAAAP7//v/+/wQA//8CAP//AAACAP///f/6/wkA//8CAP//AAD9/wQABADy/woABgD8//7/AwD5/wQAAgD/////AAACAP7/9P8LAAAA//8DAP7//P8HAP3///8CAAAA+////wYA///7/wYA+P8MAPz//P8FAP///v8GAPz///8DAP3/AAD+/wIA/v/6/wgA/////wIA//8DAP7////7/wYAAAD8/wUA///4/wkA//8CAAAACQD8//v/AAD+/wEA///9/wQA+f8IAAAA/P/+/wYA///5/wgA/v/5/wkACAD8//z/BgD9//3//v/8/wYA///8/wUA/v8GAPz//////wIAAAD+/wIA9v/0/xYA//8FAP3/AAD//wIA+P8FAAMA/P8CAAIAAQAGAPr/BQD8////+//3/w4A/f/6/wkA///4/wkAAAD7/wUAAAD9/wMAAAD7/wYA//8HAPv///8HAPv/8/8LAAIA//8EAP7/+v8NAPn/9v/8/w8A9v/8/w8AAAACAP7/+f/6/wwA///+/wMA+v8NAPn/+v8NAPn/BQD+//3/BQD8////AAD7/wUA///9/wMA+P///wkA/v/+/wMA/v/+/wMA7P8bAPn/BAD8/wAABgD5/wEACgD8//r/CQD9//r/CwDv/wYA///7/wYA+f/7/wwA+P8JAP/////9/wQA+v8HAP7/8/8UAPr/AAAFAPv/AAD+/wIA//8CAAAAAAD5/wcA/P8DAAAA//8CAP//+v///wYA+f/5/w4A/////wIA///8/wUA/P/+/wYA/v8EAP7/9P8LAAEAAwABAPz/AwD///7/AAADAP7/9/8FAAUA/P8TAPH/9P8RAPv//v8DAP////8CAP////8DAP7///8DAP7//f8FAP7//v8LAPf//v8LAPf/+P8DAAQA+P/4/w8ABAADAPn//v8GAPz/AAD5/wcAAAAJAPf/AwABAPz/AQAEAPz/8//7/xMA9v/0/xYAAAD8/wQA/f8AAAMA///6/wYA/f8DAAAA///6/wcA/////wMA///+/wQA/v8CAP//AAD5/wcAAAD9/wMA8v8GAAgA/P8HAP3/AAACAP7////+/wMAAAD9/wQA///4/wkA+v/+/wkAAgAHAPf//P8HAP3/9P8OAP3/8v8NAAEADwDz//7/AgAAAP7///8FAPz/AAD//wIA///9/wQAAAACAP////8EAP3/BAD+//7//P8KAPr//v8FAP3/+P8LAPz//v8HAPv//v8IAPr/AAD8/wQA8/8SAPr/+/8GAP//8//8/xAA///9/wQA/v8FAP3/AAD7/wUA//8EAP3/BAD0/wgABAD+//7///8FAPz///8EAP3//f8JAPv///8CAP//AQD+/wEA+//5/wwA+//6/wsA/v8AAAIA/P8FAP///P8HAP3//v/9/wUAAAD6/wYACgADAPL/BwD8//3/8f8hAO7/+/8KAPv///8HAPr//P8KAPr/+v8DAAIA+/8LAPr/BwD7//3/BwD7//7/DAD9//f/AAD//wIAAAD//wIACQD8//v///8EAP3//f8FAP//AAD6/wYA//8FAPz/BwD8//3/EwDu////DAD7//n/CQD6//3/AAADAP7/+f8SAPX/9f8PAPz/CAD6//7/CAD5//7/AwDy/wsA/f8HAPz///8DAP7//v/8/wYA/v8CAAAA/v8BAAEA/v/7/wcA/v8GAPz/BAD+//7//v8HAPv//v8HAPv/7/8KAAYA8/8DAAoA///+/wMA///9/wMACgD0/wIA/v8EAP//AAD7/wUA5/80AOX/+/8GAP//+f8TAPX/8//7/xIABwD5/wAAAwD5/wQA/P8FAP//8v8KAAQAAAD+/wIABgD9//3///8DAP7/AAD+/wIA7/8OAAMABgABAPr/+/8DAAIABwD9//z////+/wMA9f8NAP7//v///wQA/v/9/wQA//8CAP//AAAEAPz/AAD+/wIABwABAPj/BQD5/wIACAD8//3//v8AAAEADwD4//r///8DAP//AAD+/wIA/f/6/wkA//8DAP7/AAD+/wIAAAD7/wUAAAAFAPv//v8CAAAA/v/6/wgA///6/wYA9P/9/w8A5f8gAPv/AAADAP3///8NAPT////7/wYA/f8EAP///v///wMA/P8IAPz///8DAP7/AAD//wIAAQD8/wMAAwD9////AwD9/////f8EAP///v8FAP3/AAD9/wMA/f8FAP7/FQAcAM//AQD4/wgAEwDt////BAAPAO3//v8EAP3//v/9/wUA/P8IAPz/CQD5//7//P8HAP3///8CAP7/+P8TAPX/+v8HAP//+v8HAP////8CAP///P8FAP//CgD///f/AAACAP////8FAPv/AAD+/wIA/v8DAP////8CAP//BQD8////AQAdAOL/9f8NAP3///8FAP3/AAD6/wYA/P/8/wgA9f/9/w4AAQADAPz/AwAAAP3///8EAP3/EgDv///////+/wMADgD1//z//v8FAP7//f8DAP//AAD+/wIA7/8TAP7/AAD+/wIA9//5/w8A+/8BAAMAAAALAPX///8DAP7/+v8IAP///f8FAP7///8CAP//+f8OAPn/CAD9//v///8CAP//9P8GAAYA//8CAP7//P8DAAEABAD9//////8DAP7///8DAP7////6/wcACgD2/wAABwD6/wAA/v8NAPb////7/wUAAAACAP///v8DAP//+f8PAPj/BAD///3//P/8/wgA+//6/wsA/f8FAP7/AAD8/wQA/P///wUABgD9//3/BAD8////BgD///v//f8FAP3/+v8NAPn/AwD7/wIA9v/9/w0ABgD4/wIAAwD5/wQA/P8GAP7//P8GAP7/+/8GAP///v///wQA//8GAPv/BQD8/////v8FAP3//f8FAP//BQD8//7///8CAP//8/8DAAoA9P8OAP7//v8DAP///f8CAAAABAD9/////v8EAP7//v8EAP7/+/8LAPr/8/8RAPz////9/wQA+f8MAPv//P8CAAEA//8HAPv/AAD+/wIA//8CAP//AAD6/wYA9/8BAAgAAAD+/wMA//8GAPv/9f/5/xIA/f8KAPn////7/wYA///7/wYA+f8DAAQA/v8DAP////8CAP//+v///wcA/v8BAAEA/v8CAAEACAD4/wEABAD4/wQA/v8GAPz///8JAPj////8/wUA///8/wUA/v/7/wcA/v8HAPz///8EAP7/9v8LAP//AAACAP7/8v8HAAcAAAD+/wMACwDz/wIA+v8HAP///f8HAPz/FQDt////IADu//H/AAD3/wkAAAAEAP3/AAD7/wUAAAD8/wQAAAABAP7//P/+/wYAAwAAAPz/AAD3/woAAAD+/wIA///9/wQA2v8vAPf/+P8NAPv/BwD6/////f8FAP7/AAACAP7//v8FAP3/+f/+/wkADAD8//j/AgD+////CwD2////CwD2/////v8EAP7///8CAP///P8EAAAA/f8EAP///P8FAAAA/v/2/wsA/v/2/wsAAgD+/wEAAAD+/wIAAAAKAPb/AAD+/wIACAD5/wAADwD0//3/AAACAP//9v8LAP////8CAP///v8BAAEA/v8BAAEA/v/9/wUA+P8IAAAA+f8JAP7//P/9/wcA5/8bAP7/+P8NAPv////5/wgA//8CAP////8CAP//BwD6////BAD///3/DQD4//v/DQD4//v/BQABAPr///8CAP//+/8bAOn/CAD///n/AgAJAPX/+f/3/xAA/////wIA/f8KAPn//v8GAPz/AAD4/wgADQACAPH/BgAAAPr//v8DAAAA//8FAPz/AgD+/////P8EAAAA/f/1/w4A/////wIA4f8fAAAAAAD5/wcA//8HAPr//P8HAPz/AAACAP7/AAADAP3/AAADAP3/+/8NAPj//P8JAPv/+/8IAP3/BgD8//7/BgD8//7/EgD+//D////8/wQA///6/wcA/P8FAP///f8KAPn///8FAPz//f/5/wkA//8CAP//CwACAPP//P8FAP///v8EAP7/AAD+/wIAAAAHAPn/AAD+/wIAAwD6/wMAAAD8/wQA+f8LAPz//f8DAP///f8DAP//AAD+/wIA/P/4/wwA/P/4/wwA/f8CAAEAAwD+////BwD8//3/AAD9/wMA/P8GAP7///8DAP7/AwD7/wIACADr/w4A/v8CAAAA/v/8/wYAAwD9/wAA/v/+/wQA/v/4/woABQD+//7//v/8/wcA///5/wcAAAD9/wQACgD4//7/AAD+/wIA/v8FAP3/EAD6//X/BQD///z/CwD7//r/CgD8//r/7/8iAO///P8GAP3/+v8GAP//AAACAP7/+f8RAPb/AAACAP7/CAD6//7/AAD+/wIA9f8KAAEAAAD9/wMA9f/5/xIAAAD8/wQA/v8CAP//AwABAPz/9f8CAAoACAD4/wAADAD///X/AAD8/wQA9/8KAP//AAD+/wIA//8DAP7/AAD//wIA/v/8/wYA+P8NAPv///8IAPr/+P8IAAAAAAD+/wIA+P8AAAgA9v/9/w0A6/8gAPX/AAD5/wcA///7/wYAAAD8/wQABAAIAPT/CAD8//z//v8CAAAA+/8FAAAA/P8FAP////8EAP3/AAADAP3/AAD4/wgABwD8//z/BgAAAPr///8HAPr//v8CAAAABwD4/wEA///+/wQA//8CAP//AAD+/wMA+f/8/woAkwC7/7L/";var Xn=["simple","medium","complex"],fi=100;function Ai(e,t){let n=e?e.split(`
`):[],r=Buffer.from(t,"base64");return{get(o){let[s,i]=[0,n.length-1];for(;s<=i;){let a=s+i>>1,u=n[a];if(u===o)return[0,1,2].map(l=>r.readInt16LE((a*3+l)*2)/fi);u<o?s=a+1:i=a-1}}}}var wi;function pi(){return wi??=Ai(qn,Jn)}function Yn(e,t=pi(),n=[0,0,0]){let r=[...n],o=[];for(let[f,A]of e){let p=t.get(f);if(p){for(let g=0;g<Xn.length;g++)r[g]+=A*p[g];o.push({feature:f,value:A,w:p})}}let s=[0,1,2].sort((f,A)=>r[A]-r[f]),[i,a]=[s[0],s[1]],u=r[i],l=r.map(f=>Math.exp(f-u)),c=l.reduce((f,A)=>f+A,0),d=o.map(({feature:f,value:A,w:p})=>({feature:f,value:A,push:A*(p[i]-p[a])})).filter(f=>f.push!==0).sort((f,A)=>Math.abs(A.push)-Math.abs(f.push));return{level:Xn[i],probabilities:l.map(f=>f/c),contributions:d}}var Vn=`{"scope":{"words":[],"wordStems":["refactor","architect","rearchitect","migrat","redesign","rewrit","overhaul","restructur","monolith","microservice","shard","replatform","decoupl","modularis","modulariz","rework","reimplement"],"exact":[["re",[0,1,2]],["micro",[3]]],"stems":[["u",[["upgrad",4]]],["m",[["mov",4]]],["s",[["switch",4]]],["p",[["port",4]]],["g",[["go",4]]]],"numeric":[],"entries":[{"parts":[{"alts":[[{"word":"re","stem":false}]]},{"alts":[[{"word":"architect","stem":true}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"re","stem":false}]]},{"alts":[[{"word":"platform","stem":true}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"re","stem":false}]]},{"alts":[[{"word":"implement","stem":true}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"micro","stem":false}]]},{"alts":[[{"word":"service","stem":true}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"upgrad","stem":true}],[{"word":"mov","stem":true}],[{"word":"switch","stem":true}],[{"word":"port","stem":true}],[{"word":"go","stem":true}]]},{"gap":8},{"alts":[[{"word":"from","stem":false}]]},{"gap":4},{"alts":[[{"word":"to","stem":false}]]}],"anchored":false}],"zh":["\u91CD\u6784","\u67B6\u6784","\u8FC1\u79FB","\u8FC1\u5230","\u8FC1\u81F3","\u91CD\u65B0\u8BBE\u8BA1","\u91CD\u5199","\u91CD\u505A","\u6539\u9020","\u89E3\u8026","\u62C6\u5206","\u5355\u4F53","\u5FAE\u670D\u52A1","\u5206\u5E93\u5206\u8868","\u5206\u7247","\u6A21\u5757\u5316"],"zhStart":[],"regexps":[["\u4ECE[^\uFF0C\u3002,\\\\n]{1,30}(?:\u5347\u7EA7\u5230|\u5347\u5230|\u6362\u5230|\u5207\u5230|\u5207\u6362\u5230|\u8F6C\u5230|\u8F6C\u6210|\u6362\u6210)","g"]],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"shift":{"words":[],"wordStems":[],"exact":[["replaced",[0]]],"stems":[["r",[["replac",1]]],["s",[["switch",2],["split",3],["split",4]]],["p",[["port",5]]],["c",[["convert",6]]],["u",[["upgrad",7]]],["e",[["extract",8]]]],"numeric":[],"entries":[{"parts":[{"alts":[[{"word":"replaced","stem":false}]]},{"alts":[[{"word":"by","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"replac","stem":true}]]},{"gap":6},{"alts":[[{"word":"with","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"switch","stem":true}]]},{"gap":4},{"alts":[[{"word":"to","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"split","stem":true}]]},{"gap":8},{"alts":[[{"word":"into","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"split","stem":true}]]},{"gap":4},{"alts":[[{"word":"out","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"port","stem":true}]]},{"gap":3},{"alts":[[{"word":"to","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"convert","stem":true}]]},{"gap":5},{"alts":[[{"word":"to","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"upgrad","stem":true}]]},{"gap":4},{"alts":[[{"word":"to","stem":false}]]},{"alts":[[{"num":"major"}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"extract","stem":true}]]},{"gap":8},{"alts":[[{"word":"into","stem":false}]]}],"anchored":false}],"zh":["\u66FF\u6362","\u6362\u6210","\u6362\u6389","\u8FC1","\u62C6\u51FA","\u62C6\u6210","\u62BD\u6210","\u62BD\u51FA","\u62BD\u79BB","\u5347\u5230","\u6539\u5199\u6210"],"zhStart":[],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"cross":{"words":["whole","entire","across","everywhere","codebase","monorepo","globally","throughout"],"wordStems":[],"exact":[["code",[0]],["codebase",[1]],["project",[2]],["app",[3]],["system",[4]],["every",[5]],["all",[6]]],"stems":[],"numeric":[],"entries":[{"parts":[{"alts":[[{"word":"code","stem":false}]]},{"alts":[[{"word":"base","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"codebase","stem":false}]]},{"alts":[[{"word":"wide","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"project","stem":false}]]},{"alts":[[{"word":"wide","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"app","stem":false}]]},{"alts":[[{"word":"wide","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"system","stem":false}]]},{"alts":[[{"word":"wide","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"every","stem":false}]]},{"gap":2},{"alts":[[{"word":"endpoint","stem":false}],[{"word":"endpoints","stem":false}],[{"word":"service","stem":false}],[{"word":"services","stem":false}],[{"word":"file","stem":false}],[{"word":"files","stem":false}],[{"word":"module","stem":false}],[{"word":"modules","stem":false}],[{"word":"component","stem":false}],[{"word":"components","stem":false}],[{"word":"query","stem":false}],[{"word":"querys","stem":false}],[{"word":"api","stem":false}],[{"word":"apis","stem":false}],[{"word":"route","stem":false}],[{"word":"routes","stem":false}],[{"word":"page","stem":false}],[{"word":"pages","stem":false}],[{"word":"table","stem":false}],[{"word":"tables","stem":false}],[{"word":"package","stem":false}],[{"word":"packages","stem":false}],[{"word":"handler","stem":false}],[{"word":"handlers","stem":false}],[{"word":"controller","stem":false}],[{"word":"controllers","stem":false}],[{"word":"model","stem":false}],[{"word":"models","stem":false}],[{"word":"screen","stem":false}],[{"word":"screens","stem":false}],[{"word":"operation","stem":false}],[{"word":"operations","stem":false}],[{"word":"request","stem":false}],[{"word":"requests","stem":false}],[{"word":"call","stem":false}],[{"word":"calls","stem":false}],[{"word":"caller","stem":false}],[{"word":"callers","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"all","stem":false}]]},{"gap":3},{"alts":[[{"word":"endpoints","stem":false}],[{"word":"services","stem":false}],[{"word":"files","stem":false}],[{"word":"modules","stem":false}],[{"word":"components","stem":false}],[{"word":"queries","stem":false}],[{"word":"apis","stem":false}],[{"word":"routes","stem":false}],[{"word":"pages","stem":false}],[{"word":"tables","stem":false}],[{"word":"packages","stem":false}],[{"word":"repos","stem":false}],[{"word":"handlers","stem":false}],[{"word":"controllers","stem":false}],[{"word":"models","stem":false}],[{"word":"screens","stem":false}],[{"word":"callers","stem":false}],[{"word":"usages","stem":false}],[{"word":"operations","stem":false}],[{"word":"tests","stem":false}],[{"word":"clients","stem":false}],[{"word":"apps","stem":false}]]}],"anchored":false}],"zh":["\u6574\u4E2A","\u5168\u90E8","\u6240\u6709","\u5168\u5C40","\u5168\u7AD9","\u5168\u91CF","\u5404\u4E2A","\u6BCF\u4E2A","\u9010\u4E2A","\u5168\u9879\u76EE","\u5168\u9762","\u7EDF\u4E00"],"zhStart":[],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"featureStrong":{"words":["introduce","develop"],"wordStems":["implement","design","integrat"],"exact":[["build",[0]],["set",[1]]],"stems":[],"numeric":[],"entries":[{"parts":[{"alts":[[{"word":"build","stem":false}]]},{"alts":[[{"word":"a","stem":false}],[{"word":"an","stem":false}],[{"word":"the","stem":false}],[{"word":"our","stem":false}],[{"word":"new","stem":false}],[{"word":"out","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"set","stem":false}]]},{"alts":[[{"word":"up","stem":false}]]}],"anchored":false}],"zh":["\u5B9E\u73B0","\u8BBE\u8BA1","\u642D\u5EFA","\u5F00\u53D1","\u96C6\u6210","\u63A5\u5165"],"zhStart":[],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"feature":{"words":["add","adding","write","create","support","i18n","localisation","localization","enable","allow"],"wordStems":["internationalis","internationaliz"],"exact":[],"stems":[],"numeric":[],"entries":[],"zh":["\u65B0\u589E","\u65B0\u5EFA","\u52A0\u4E00\u4E2A","\u52A0\u4E2A","\u505A\u4E00\u4E2A","\u505A\u4E2A","\u652F\u6301","\u589E\u52A0","\u6DFB\u52A0","\u5199\u4E00\u4E2A","\u5199\u4E2A","\u56FD\u9645\u5316","\u591A\u8BED\u8A00"],"zhStart":[],"regexps":[["\u7ED9[^\uFF0C\u3002,\uFF1B;\\\\n]{1,24}?\u52A0","g"]],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"systemNoun":{"words":["system","subsystem","platform","framework","engine","pipeline","infrastructure","scheduler","gateway","protocol","layer"],"wordStems":[],"exact":[["service",[0]],["services",[0]],["module",[0]],["modules",[0]],["sdk",[0]],["sdks",[0]],["queue",[0]],["queues",[0]],["worker",[0]],["workers",[0]]],"stems":[],"numeric":[],"entries":[{"parts":[{"alts":[[{"word":"service","stem":false}],[{"word":"services","stem":false}],[{"word":"module","stem":false}],[{"word":"modules","stem":false}],[{"word":"sdk","stem":false}],[{"word":"sdks","stem":false}],[{"word":"queue","stem":false}],[{"word":"queues","stem":false}],[{"word":"worker","stem":false}],[{"word":"workers","stem":false}]]}],"anchored":false}],"zh":["\u7CFB\u7EDF","\u6A21\u5757","\u5E73\u53F0","\u6846\u67B6","\u5F15\u64CE","\u4E2D\u95F4\u4EF6","\u961F\u5217","\u8C03\u5EA6","\u7F51\u5173","\u534F\u8BAE","\u65B9\u6848"],"zhStart":[],"regexps":[["\u670D\u52A1(?!\u7AEF|\u5668)","g"]],"literals":[],"unlessAfterEn":["existing","current"],"unlessAfterZh":["\u73B0\u6709","\u5DF2\u6709","\u73B0\u5728"]},"artifact":{"words":["cron","middleware","cache","caching","class","classes","validation"],"wordStems":[],"exact":[["endpoint",[0]],["endpoints",[0]],["api",[0]],["apis",[0]],["route",[0]],["routes",[0]],["page",[0]],["pages",[0]],["screen",[0]],["screens",[0]],["component",[0]],["components",[0]],["command",[0]],["commands",[0]],["flag",[0]],["flags",[0]],["option",[0]],["options",[0]],["field",[0]],["fields",[0]],["column",[0]],["columns",[0]],["table",[0]],["tables",[0]],["form",[0]],["forms",[0]],["button",[1]],["buttons",[1]],["toggle",[1]],["toggles",[1]],["script",[1]],["scripts",[1]],["job",[1]],["jobs",[1]],["webhook",[1]],["webhooks",[1]],["handler",[1]],["handlers",[1]],["plugin",[1]],["plugins",[1]],["workflow",[1]],["workflows",[1]],["dialog",[1]],["dialogs",[1]],["modal",[1]],["modals",[1]],["shortcut",[1]],["shortcuts",[1]],["function",[1]],["functions",[1]]],"stems":[],"numeric":[],"entries":[{"parts":[{"alts":[[{"word":"endpoint","stem":false}],[{"word":"endpoints","stem":false}],[{"word":"api","stem":false}],[{"word":"apis","stem":false}],[{"word":"route","stem":false}],[{"word":"routes","stem":false}],[{"word":"page","stem":false}],[{"word":"pages","stem":false}],[{"word":"screen","stem":false}],[{"word":"screens","stem":false}],[{"word":"component","stem":false}],[{"word":"components","stem":false}],[{"word":"command","stem":false}],[{"word":"commands","stem":false}],[{"word":"flag","stem":false}],[{"word":"flags","stem":false}],[{"word":"option","stem":false}],[{"word":"options","stem":false}],[{"word":"field","stem":false}],[{"word":"fields","stem":false}],[{"word":"column","stem":false}],[{"word":"columns","stem":false}],[{"word":"table","stem":false}],[{"word":"tables","stem":false}],[{"word":"form","stem":false}],[{"word":"forms","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"button","stem":false}],[{"word":"buttons","stem":false}],[{"word":"toggle","stem":false}],[{"word":"toggles","stem":false}],[{"word":"script","stem":false}],[{"word":"scripts","stem":false}],[{"word":"job","stem":false}],[{"word":"jobs","stem":false}],[{"word":"webhook","stem":false}],[{"word":"webhooks","stem":false}],[{"word":"handler","stem":false}],[{"word":"handlers","stem":false}],[{"word":"plugin","stem":false}],[{"word":"plugins","stem":false}],[{"word":"workflow","stem":false}],[{"word":"workflows","stem":false}],[{"word":"dialog","stem":false}],[{"word":"dialogs","stem":false}],[{"word":"modal","stem":false}],[{"word":"modals","stem":false}],[{"word":"shortcut","stem":false}],[{"word":"shortcuts","stem":false}],[{"word":"function","stem":false}],[{"word":"functions","stem":false}]]}],"anchored":false}],"zh":["\u63A5\u53E3","\u9875\u9762","\u7EC4\u4EF6","\u547D\u4EE4","\u53C2\u6570","\u5B57\u6BB5","\u8868\u5355","\u6309\u94AE","\u5F00\u5173","\u811A\u672C","\u4EFB\u52A1","\u7F13\u5B58","\u63D2\u4EF6","\u529F\u80FD","\u5DE5\u4F5C\u6D41","\u5F39\u7A97","\u6821\u9A8C","\u51FD\u6570","\u7C7B"],"zhStart":[],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"modify":{"words":["change","update","modify","make","adjust","tweak","improve","handle","remove","delete","rename","cleanup","persist","show","expose","use","raise","split","move","moving","extract","keep","switch","upgrade"],"wordStems":["fix","convert","replace"],"exact":[["clean",[0]]],"stems":[],"numeric":[],"entries":[{"parts":[{"alts":[[{"word":"clean","stem":false}]]},{"alts":[[{"word":"up","stem":false}]]}],"anchored":false}],"zh":["\u4FEE","\u6539","\u5199","\u5220","\u53BB\u6389","\u8C03\u6574","\u5904\u7406","\u6362","\u8865","\u52A0","\u505A","\u8C03\u5927","\u8C03\u5C0F","\u62C6","\u62BD","\u8FC1"],"zhStart":[],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"bug":{"words":["bug","bugs","broken","break","breaks","fail","fails","failing","failure","hang","hangs","flaky","sometimes","randomly","regression","wrong","incorrect","investigate","debug"],"wordStems":["crash","freez","intermittent","leak","diagnos","reproduc"],"exact":[["doesn't",[0]],["doesnt",[1]],["not",[2]],["stopped",[3]],["blank",[4]],["find",[5]],["root",[6]],["keep",[7]],["keeps",[7]],["return",[8]],["returns",[8]],["internal",[9]]],"stems":[],"numeric":[],"entries":[{"parts":[{"alts":[[{"word":"doesn't","stem":false}]]},{"alts":[[{"word":"work","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"doesnt","stem":false}]]},{"alts":[[{"word":"work","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"not","stem":false}]]},{"alts":[[{"word":"working","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"stopped","stem":false}]]},{"alts":[[{"word":"working","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"blank","stem":false}]]},{"alts":[[{"word":"screen","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"find","stem":false}]]},{"alts":[[{"word":"out","stem":false}]]},{"alts":[[{"word":"why","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"root","stem":false}]]},{"alts":[[{"word":"cause","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"keep","stem":false}],[{"word":"keeps","stem":false}]]},{"alts":[[{"word":"growing","stem":false}],[{"word":"failing","stem":false}],[{"word":"crashing","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"return","stem":false}],[{"word":"returns","stem":false}]]},{"alts":[[{"word":"a","stem":false}],[{"word":"an","stem":false}],[]]},{"alts":[[{"num":"status"}],[{"word":"error","stem":false}],[{"word":"errors","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"internal","stem":false}]]},{"alts":[[{"word":"server","stem":false}]]},{"alts":[[{"word":"error","stem":false}]]}],"anchored":false}],"zh":["bug","\u62A5\u9519","\u51FA\u9519","\u5931\u8D25","\u6302\u4E86","\u4F1A\u6302","\u5D29\u6E83","\u5361\u6B7B","\u767D\u5C4F","\u4E71\u7801","\u6B7B\u5FAA\u73AF","\u4E0D\u751F\u6548","\u4E0D\u5DE5\u4F5C","\u6CA1\u53CD\u5E94","\u5076\u5C14","\u6709\u65F6\u5019","\u65F6\u4E0D\u65F6","\u6CC4\u6F0F","\u6CC4\u9732","\u6392\u67E5","\u5B9A\u4F4D","\u539F\u56E0","\u590D\u73B0","\u5F02\u5E38","\u4E0D\u5BF9","\u6709\u95EE\u9898","\u51FA\u95EE\u9898"],"zhStart":[],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"performance":{"words":["performance","perf","latency","throughput","bottleneck","bottlenecks","profile","profiling","n+1","memory","cpu","faster","laggy","lag","oom"],"wordStems":["slow","optimis","optimiz","jank"],"exact":[["p90",[0]],["p95",[0]],["p99",[0]],["p999",[0]],["speed",[1]],["under",[2]],["high",[3]],["load",[4]]],"stems":[],"numeric":[],"entries":[{"parts":[{"alts":[[{"word":"p90","stem":false}],[{"word":"p95","stem":false}],[{"word":"p99","stem":false}],[{"word":"p999","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"speed","stem":false}]]},{"alts":[[{"word":"up","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"under","stem":false}]]},{"alts":[[{"word":"heavy","stem":false}],[]]},{"alts":[[{"word":"load","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"high","stem":false}]]},{"alts":[[{"word":"load","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"load","stem":false}]]},{"alts":[[{"word":"test","stem":true}]]}],"anchored":false}],"zh":["\u6162","\u5F88\u5361","\u5361\u987F","\u592A\u5361","\u6709\u70B9\u5361","\u6027\u80FD","\u5EF6\u8FDF","\u8017\u65F6","\u4F18\u5316","\u74F6\u9888","\u5185\u5B58","\u541E\u5410","\u52A0\u901F","\u63D0\u901F","\u9AD8\u5E76\u53D1","\u538B\u6D4B"],"zhStart":[],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"tests":{"words":["test","tests","spec","specs","coverage","e2e"],"wordStems":[],"exact":[["unit",[0]],["integration",[1]],["test",[2]]],"stems":[],"numeric":[],"entries":[{"parts":[{"alts":[[{"word":"unit","stem":false}]]},{"alts":[[{"word":"test","stem":false}],[{"word":"tests","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"integration","stem":false}]]},{"alts":[[{"word":"test","stem":false}],[{"word":"tests","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"test","stem":false}]]},{"alts":[[{"word":"case","stem":false}],[{"word":"cases","stem":false}]]}],"anchored":false}],"zh":["\u6D4B\u8BD5","\u5355\u6D4B","\u7528\u4F8B","\u8986\u76D6\u7387"],"zhStart":[],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"trivial":{"words":["typo","typos","spelling","rename","renaming","bump","docstring","docstrings","jsdoc","wording","label","prettier","whitespace","readme","license","changelog","gitignore","copyright","env.example","console.log"],"wordStems":["misspell","reformat","indent"],"exact":[["add",[0]],["comment",[1]],["comments",[1]],["code",[2]],["copy",[3]],["lint",[4]],["eslint",[4]],["tsc",[4]],["type",[4]],["format",[5]],["unused",[6]],["commented",[7]],["dead",[8]],["log",[9,10]],["print",[11,12]],["debug",[13]]],"stems":[],"numeric":[],"entries":[{"parts":[{"alts":[[{"word":"add","stem":false}]]},{"alts":[[{"word":"a","stem":false}],[{"word":"an","stem":false}],[]]},{"alts":[[{"word":"comment","stem":false}],[{"word":"comments","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"comment","stem":false}],[{"word":"comments","stem":false}]]},{"alts":[[{"word":"above","stem":false}],[{"word":"on","stem":false}],[{"word":"for","stem":false}],[{"word":"explaining","stem":false}],[{"word":"to","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"code","stem":false}]]},{"alts":[[{"word":"comment","stem":false}],[{"word":"comments","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"copy","stem":false}]]},{"alts":[[{"word":"text","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"lint","stem":false}],[{"word":"eslint","stem":false}],[{"word":"tsc","stem":false}],[{"word":"type","stem":false}]]},{"alts":[[{"word":"error","stem":false}],[{"word":"errors","stem":false}],[{"word":"warning","stem":false}],[{"word":"warnings","stem":false}],[{"word":"issue","stem":false}],[{"word":"issues","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"format","stem":false}]]},{"alts":[[{"word":"the","stem":false}],[{"word":"this","stem":false}],[]]},{"alts":[[{"word":"file","stem":false}],[{"word":"code","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"unused","stem":false}]]},{"alts":[[{"word":"import","stem":false}],[{"word":"imports","stem":false}],[{"word":"variable","stem":false}],[{"word":"variables","stem":false}],[{"word":"code","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"commented","stem":false}]]},{"alts":[[{"word":"out","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"dead","stem":false}]]},{"alts":[[{"word":"code","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"log","stem":false}]]},{"alts":[[{"word":"message","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"log","stem":false}]]},{"alts":[[{"word":"level","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"print","stem":false}]]},{"alts":[[{"word":"statement","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"print","stem":false}]]},{"alts":[[{"word":"statements","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"debug","stem":false}]]},{"alts":[[{"word":"log","stem":false}],[{"word":"logs","stem":false}],[{"word":"print","stem":false}],[{"word":"prints","stem":false}],[{"word":"output","stem":false}]]}],"anchored":false}],"zh":["\u9519\u522B\u5B57","\u62FC\u5199","\u91CD\u547D\u540D","\u6539\u540D","\u6587\u6848","\u6CE8\u91CA","\u683C\u5F0F\u5316","\u7248\u672C\u53F7","\u65E5\u5FD7\u7EA7\u522B","\u7AEF\u53E3\u53F7","\u7F29\u8FDB","\u7A7A\u683C","\u6CA1\u7528\u7684","\u65E0\u7528\u7684","\u591A\u4F59\u7684","\u8C03\u8BD5\u65E5\u5FD7","\u6253\u5370\u8BED\u53E5"],"zhStart":[],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"operation":{"words":[],"wordStems":[],"exact":[["run",[0]],["execute",[1]],["commit",[2]],["push",[3]],["print",[4]],["show",[5]],["list",[6]],["open",[7]],["check",[8]]],"stems":[],"numeric":[],"entries":[{"parts":[{"alts":[[{"word":"run","stem":false}]]}],"anchored":true},{"parts":[{"alts":[[{"word":"execute","stem":false}]]}],"anchored":true},{"parts":[{"alts":[[{"word":"commit","stem":false}]]}],"anchored":true},{"parts":[{"alts":[[{"word":"push","stem":false}]]}],"anchored":true},{"parts":[{"alts":[[{"word":"print","stem":false}]]}],"anchored":true},{"parts":[{"alts":[[{"word":"show","stem":false}]]},{"alts":[[{"word":"me","stem":false}]]}],"anchored":true},{"parts":[{"alts":[[{"word":"list","stem":false}]]}],"anchored":true},{"parts":[{"alts":[[{"word":"open","stem":false}]]}],"anchored":true},{"parts":[{"alts":[[{"word":"check","stem":false}]]},{"alts":[[{"word":"the","stem":false}],[]]},{"alts":[[{"word":"status","stem":false}],[{"word":"version","stem":false}],[{"word":"branch","stem":false}]]}],"anchored":true}],"zh":[],"zhStart":["\u8DD1\u4E00\u4E0B","\u8DD1\u4E0B","\u8FD0\u884C","\u6267\u884C","\u63D0\u4EA4","\u63A8\u9001","\u5E2E\u6211\u770B\u4E0B\u5F53\u524D","\u770B\u4E0B\u5F53\u524D"],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"sequence":{"words":["first","firstly","then","next","afterwards","finally","lastly","additionally","plus"],"wordStems":[],"exact":[["after",[0]],["as",[1]]],"stems":[],"numeric":[],"entries":[{"parts":[{"alts":[[{"word":"after","stem":false}]]},{"alts":[[{"word":"that","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"as","stem":false}]]},{"alts":[[{"word":"well","stem":false}]]}],"anchored":false}],"zh":["\u9996\u5148","\u7136\u540E","\u63A5\u7740","\u5176\u6B21","\u6700\u540E","\u540C\u65F6","\u987A\u4FBF","\u53E6\u5916","\u5E76\u4E14","\u8FD8\u8981","\u4EE5\u53CA"],"zhStart":[],"regexps":[["\u518D(?!\u6B21|\u89C1|\u8BF4)","g"]],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"explainOnly":{"words":[],"wordStems":[],"exact":[["just",[0]],["only",[1]],["don't",[2]],["dont",[2]],["do",[3]],["no",[4]],["without",[5]]],"stems":[],"numeric":[],"entries":[{"parts":[{"alts":[[{"word":"just","stem":false}]]},{"alts":[[{"word":"explain","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"only","stem":false}]]},{"alts":[[{"word":"explain","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"don't","stem":false}],[{"word":"dont","stem":false}]]},{"alts":[[{"word":"change","stem":false}],[{"word":"modify","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"do","stem":false}]]},{"alts":[[{"word":"not","stem":false}]]},{"alts":[[{"word":"change","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"no","stem":false}]]},{"alts":[[{"word":"code","stem":false}]]},{"alts":[[{"word":"change","stem":false}],[{"word":"changes","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"without","stem":false}]]},{"alts":[[{"word":"changing","stem":false}]]}],"anchored":false}],"zh":["\u53EA\u89E3\u91CA","\u4E0D\u8981\u6539","\u522B\u6539","\u5148\u522B\u6539","\u4E0D\u7528\u6539","\u4E0D\u8981\u52A8"],"zhStart":[],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"questionEn":{"words":[],"wordStems":[],"exact":[["what",[0]],["what's",[0]],["whats",[0]],["why",[0]],["how",[0]],["where",[0]],["when",[0]],["which",[0]],["who",[0]],["whose",[0]],["is",[0]],["are",[0]],["was",[0]],["were",[0]],["does",[0]],["do",[0]],["did",[0]],["could",[0]],["should",[0]],["would",[0]],["will",[0]],["has",[0]],["have",[0]],["any",[1]],["quick",[2]],["explain",[3]],["describe",[3]],["summarise",[3]],["summarize",[3]],["tell",[4]],["walk",[5]],["help",[6]],["can",[7]]],"stems":[],"numeric":[],"entries":[{"parts":[{"alts":[[{"word":"what","stem":false}],[{"word":"what's","stem":false}],[{"word":"whats","stem":false}],[{"word":"why","stem":false}],[{"word":"how","stem":false}],[{"word":"where","stem":false}],[{"word":"when","stem":false}],[{"word":"which","stem":false}],[{"word":"who","stem":false}],[{"word":"whose","stem":false}],[{"word":"is","stem":false}],[{"word":"are","stem":false}],[{"word":"was","stem":false}],[{"word":"were","stem":false}],[{"word":"does","stem":false}],[{"word":"do","stem":false}],[{"word":"did","stem":false}],[{"word":"could","stem":false}],[{"word":"should","stem":false}],[{"word":"would","stem":false}],[{"word":"will","stem":false}],[{"word":"has","stem":false}],[{"word":"have","stem":false}]]}],"anchored":true},{"parts":[{"alts":[[{"word":"any","stem":false}]]},{"alts":[[{"word":"idea","stem":false}]]}],"anchored":true},{"parts":[{"alts":[[{"word":"quick","stem":false}]]},{"alts":[[{"word":"question","stem":false}]]}],"anchored":true},{"parts":[{"alts":[[{"word":"explain","stem":false}],[{"word":"describe","stem":false}],[{"word":"summarise","stem":false}],[{"word":"summarize","stem":false}]]}],"anchored":true},{"parts":[{"alts":[[{"word":"tell","stem":false}]]},{"alts":[[{"word":"me","stem":false}]]}],"anchored":true},{"parts":[{"alts":[[{"word":"walk","stem":false}]]},{"alts":[[{"word":"me","stem":false}]]},{"alts":[[{"word":"through","stem":false}]]}],"anchored":true},{"parts":[{"alts":[[{"word":"help","stem":false}]]},{"alts":[[{"word":"me","stem":false}]]},{"alts":[[{"word":"understand","stem":false}]]}],"anchored":true},{"parts":[{"alts":[[{"word":"can","stem":false}]]},{"alts":[[{"word":"you","stem":false}]]},{"alts":[[{"word":"explain","stem":false}],[{"word":"tell","stem":false}]]}],"anchored":true}],"zh":[],"zhStart":[],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"imperative":{"words":[],"wordStems":[],"exact":[["fix",[0]],["implement",[0]],["add",[0]],["change",[0]],["update",[0]],["refactor",[0]],["migrate",[0]],["make",[0]],["write",[0]],["create",[0]],["build",[0]],["remove",[0]],["delete",[0]],["rename",[0]],["replace",[0]],["convert",[0]],["move",[0]],["split",[0]],["extract",[0]],["upgrade",[0]],["bump",[0]],["set",[0]],["optimise",[0]],["optimize",[0]],["improve",[0]],["handle",[0]],["rewrite",[0]],["redesign",[0]],["integrate",[0]],["debug",[0]],["investigate",[0]],["diagnose",[0]],["profile",[0]],["look",[0]],["figure",[0]],["find",[0]],["track",[0]],["and",[1]],["then",[1]],["please",[1]],["pls",[1]],["plz",[1]],["can",[2]],["could",[2]],["would",[2]],["let's",[3]],["we",[3]],["i",[3]],["help",[3]]],"stems":[],"numeric":[],"entries":[{"parts":[{"alts":[[{"word":"fix","stem":false}],[{"word":"implement","stem":false}],[{"word":"add","stem":false}],[{"word":"change","stem":false}],[{"word":"update","stem":false}],[{"word":"refactor","stem":false}],[{"word":"migrate","stem":false}],[{"word":"make","stem":false}],[{"word":"write","stem":false}],[{"word":"create","stem":false}],[{"word":"build","stem":false}],[{"word":"remove","stem":false}],[{"word":"delete","stem":false}],[{"word":"rename","stem":false}],[{"word":"replace","stem":false}],[{"word":"convert","stem":false}],[{"word":"move","stem":false}],[{"word":"split","stem":false}],[{"word":"extract","stem":false}],[{"word":"upgrade","stem":false}],[{"word":"bump","stem":false}],[{"word":"set","stem":false}],[{"word":"optimise","stem":false}],[{"word":"optimize","stem":false}],[{"word":"improve","stem":false}],[{"word":"handle","stem":false}],[{"word":"rewrite","stem":false}],[{"word":"redesign","stem":false}],[{"word":"integrate","stem":false}],[{"word":"debug","stem":false}],[{"word":"investigate","stem":false}],[{"word":"diagnose","stem":false}],[{"word":"profile","stem":false}],[{"word":"look","stem":false},{"word":"into","stem":false}],[{"word":"figure","stem":false},{"word":"out","stem":false}],[{"word":"find","stem":false},{"word":"out","stem":false}],[{"word":"track","stem":false},{"word":"down","stem":false}]]}],"anchored":true},{"parts":[{"alts":[[{"word":"and","stem":false}],[{"word":"then","stem":false}],[{"word":"please","stem":false}],[{"word":"pls","stem":false}],[{"word":"plz","stem":false}]]},{"alts":[[{"word":"fix","stem":false}],[{"word":"implement","stem":false}],[{"word":"add","stem":false}],[{"word":"change","stem":false}],[{"word":"update","stem":false}],[{"word":"refactor","stem":false}],[{"word":"migrate","stem":false}],[{"word":"make","stem":false}],[{"word":"write","stem":false}],[{"word":"create","stem":false}],[{"word":"build","stem":false}],[{"word":"remove","stem":false}],[{"word":"delete","stem":false}],[{"word":"rename","stem":false}],[{"word":"replace","stem":false}],[{"word":"convert","stem":false}],[{"word":"move","stem":false}],[{"word":"split","stem":false}],[{"word":"extract","stem":false}],[{"word":"upgrade","stem":false}],[{"word":"bump","stem":false}],[{"word":"set","stem":false}],[{"word":"optimise","stem":false}],[{"word":"optimize","stem":false}],[{"word":"improve","stem":false}],[{"word":"handle","stem":false}],[{"word":"rewrite","stem":false}],[{"word":"redesign","stem":false}],[{"word":"integrate","stem":false}],[{"word":"debug","stem":false}],[{"word":"investigate","stem":false}],[{"word":"diagnose","stem":false}],[{"word":"profile","stem":false}],[{"word":"look","stem":false},{"word":"into","stem":false}],[{"word":"figure","stem":false},{"word":"out","stem":false}],[{"word":"find","stem":false},{"word":"out","stem":false}],[{"word":"track","stem":false},{"word":"down","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"can","stem":false}],[{"word":"could","stem":false}],[{"word":"would","stem":false}]]},{"alts":[[{"word":"you","stem":false}]]},{"alts":[[{"word":"please","stem":false}],[]]},{"alts":[[{"word":"fix","stem":false}],[{"word":"implement","stem":false}],[{"word":"add","stem":false}],[{"word":"change","stem":false}],[{"word":"update","stem":false}],[{"word":"refactor","stem":false}],[{"word":"migrate","stem":false}],[{"word":"make","stem":false}],[{"word":"write","stem":false}],[{"word":"create","stem":false}],[{"word":"build","stem":false}],[{"word":"remove","stem":false}],[{"word":"delete","stem":false}],[{"word":"rename","stem":false}],[{"word":"replace","stem":false}],[{"word":"convert","stem":false}],[{"word":"move","stem":false}],[{"word":"split","stem":false}],[{"word":"extract","stem":false}],[{"word":"upgrade","stem":false}],[{"word":"bump","stem":false}],[{"word":"set","stem":false}],[{"word":"optimise","stem":false}],[{"word":"optimize","stem":false}],[{"word":"improve","stem":false}],[{"word":"handle","stem":false}],[{"word":"rewrite","stem":false}],[{"word":"redesign","stem":false}],[{"word":"integrate","stem":false}],[{"word":"debug","stem":false}],[{"word":"investigate","stem":false}],[{"word":"diagnose","stem":false}],[{"word":"profile","stem":false}],[{"word":"look","stem":false},{"word":"into","stem":false}],[{"word":"figure","stem":false},{"word":"out","stem":false}],[{"word":"find","stem":false},{"word":"out","stem":false}],[{"word":"track","stem":false},{"word":"down","stem":false}]]}],"anchored":true},{"parts":[{"alts":[[{"word":"let's","stem":false}],[{"word":"we","stem":false},{"word":"need","stem":false},{"word":"to","stem":false}],[{"word":"we","stem":false},{"word":"should","stem":false}],[{"word":"i","stem":false},{"word":"want","stem":false},{"word":"you","stem":false},{"word":"to","stem":false}],[{"word":"i","stem":false},{"word":"need","stem":false},{"word":"you","stem":false},{"word":"to","stem":false}],[{"word":"help","stem":false},{"word":"me","stem":false}]]},{"alts":[[{"word":"fix","stem":false}],[{"word":"implement","stem":false}],[{"word":"add","stem":false}],[{"word":"change","stem":false}],[{"word":"update","stem":false}],[{"word":"refactor","stem":false}],[{"word":"migrate","stem":false}],[{"word":"make","stem":false}],[{"word":"write","stem":false}],[{"word":"create","stem":false}],[{"word":"build","stem":false}],[{"word":"remove","stem":false}],[{"word":"delete","stem":false}],[{"word":"rename","stem":false}],[{"word":"replace","stem":false}],[{"word":"convert","stem":false}],[{"word":"move","stem":false}],[{"word":"split","stem":false}],[{"word":"extract","stem":false}],[{"word":"upgrade","stem":false}],[{"word":"bump","stem":false}],[{"word":"set","stem":false}],[{"word":"optimise","stem":false}],[{"word":"optimize","stem":false}],[{"word":"improve","stem":false}],[{"word":"handle","stem":false}],[{"word":"rewrite","stem":false}],[{"word":"redesign","stem":false}],[{"word":"integrate","stem":false}],[{"word":"debug","stem":false}],[{"word":"investigate","stem":false}],[{"word":"diagnose","stem":false}],[{"word":"profile","stem":false}],[{"word":"look","stem":false},{"word":"into","stem":false}],[{"word":"figure","stem":false},{"word":"out","stem":false}],[{"word":"find","stem":false},{"word":"out","stem":false}],[{"word":"track","stem":false},{"word":"down","stem":false}]]}],"anchored":true}],"zh":["\u4FEE\u590D","\u4FEE\u4E00\u4E0B","\u4FEE\u6389","\u4FEE\u597D","\u4FEE\u4E0B","\u6539\u4E00\u4E0B","\u6539\u6389","\u6539\u597D","\u52A0\u4E0A","\u52A0\u4E00\u4E2A","\u52A0\u4E2A","\u5B9E\u73B0","\u91CD\u6784","\u8FC1\u79FB","\u4F18\u5316\u4E00\u4E0B","\u5904\u7406\u4E00\u4E0B","\u8865\u4E0A","\u8865\u4E00\u4E0B","\u5199\u4E00\u4E2A","\u5199\u4E2A","\u505A\u4E00\u4E2A","\u505A\u4E2A","\u65B0\u589E","\u6392\u67E5","fix"],"zhStart":[],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"advice":{"words":["tradeoff","tradeoffs"],"wordStems":[],"exact":[["how",[0]],["what's",[1]],["what",[1]],["best",[2]],["would",[3]],["pros",[4]],["trade",[5,6]]],"stems":[],"numeric":[],"entries":[{"parts":[{"alts":[[{"word":"how","stem":false}]]},{"alts":[[{"word":"should","stem":false}]]},{"alts":[[{"word":"we","stem":false}],[{"word":"i","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"what's","stem":false}],[{"word":"what","stem":false},{"word":"is","stem":false}]]},{"alts":[[{"word":"the","stem":false}]]},{"alts":[[{"word":"best","stem":false}]]},{"alts":[[{"word":"way","stem":false}],[{"word":"approach","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"best","stem":false}]]},{"alts":[[{"word":"approach","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"would","stem":false}]]},{"alts":[[{"word":"you","stem":false}]]},{"alts":[[{"word":"recommend","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"pros","stem":false}]]},{"alts":[[{"word":"and","stem":false}]]},{"alts":[[{"word":"cons","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"trade","stem":false}]]},{"alts":[[{"word":"off","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"trade","stem":false}]]},{"alts":[[{"word":"offs","stem":false}]]}],"anchored":false}],"zh":["\u600E\u4E48\u8BBE\u8BA1","\u600E\u4E48\u67B6\u6784","\u600E\u4E48\u62C6\u5206","\u600E\u4E48\u89C4\u5212","\u600E\u4E48\u5B9E\u73B0\u6BD4\u8F83\u597D","\u5982\u4F55\u8BBE\u8BA1","\u5982\u4F55\u67B6\u6784","\u5982\u4F55\u62C6\u5206","\u5982\u4F55\u89C4\u5212","\u5982\u4F55\u5B9E\u73B0\u6BD4\u8F83\u597D","\u5E94\u8BE5\u600E\u4E48\u8BBE\u8BA1","\u5E94\u8BE5\u600E\u4E48\u67B6\u6784","\u5E94\u8BE5\u600E\u4E48\u62C6\u5206","\u5E94\u8BE5\u600E\u4E48\u89C4\u5212","\u5E94\u8BE5\u600E\u4E48\u5B9E\u73B0\u6BD4\u8F83\u597D","\u8BE5\u600E\u4E48\u8BBE\u8BA1","\u8BE5\u600E\u4E48\u67B6\u6784","\u8BE5\u600E\u4E48\u62C6\u5206","\u8BE5\u600E\u4E48\u89C4\u5212","\u8BE5\u600E\u4E48\u5B9E\u73B0\u6BD4\u8F83\u597D","\u6709\u4EC0\u4E48\u65B9\u6848","\u4EC0\u4E48\u65B9\u6848","\u6700\u4F73\u5B9E\u8DF5","\u5229\u5F0A","\u4F18\u7F3A\u70B9"],"zhStart":[],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"risk:auth":{"words":["auth","authn","authz","oauth","oauth2","oidc","openid","sso","saml","jwt","jwts","login","logins","signin","signon","password","passwords","credential","credentials","mfa","2fa","totp"],"wordStems":["authenticat","authoris","authoriz"],"exact":[["log",[0]],["sign",[1,2]],["session",[3]]],"stems":[],"numeric":[],"entries":[{"parts":[{"alts":[[{"word":"log","stem":false}]]},{"alts":[[{"word":"in","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"sign","stem":false}]]},{"alts":[[{"word":"in","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"sign","stem":false}]]},{"alts":[[{"word":"on","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"session","stem":false}]]},{"alts":[[{"word":"based","stem":false}]]}],"anchored":false}],"zh":["\u8BA4\u8BC1","\u9274\u6743","\u6388\u6743","\u767B\u5F55","\u767B\u9646","\u5355\u70B9\u767B\u5F55","\u5BC6\u7801","\u51ED\u8BC1","\u4EE4\u724C","\u4F1A\u8BDD"],"zhStart":[],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"risk:security":{"words":["security","secure","insecure","xss","csrf","ssrf","injection","secret","secrets","pii","gdpr"],"wordStems":["vulnerab","exploit","sanitiz","attack","audit"],"exact":[["cve",[0]],["api",[1,2]]],"stems":[],"numeric":[],"entries":[{"parts":[{"alts":[[{"word":"cve","stem":false}]]},{"alts":[[{"num":"major"}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"api","stem":false}]]},{"alts":[[{"word":"key","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"api","stem":false}]]},{"alts":[[{"word":"keys","stem":false}]]}],"anchored":false}],"zh":["\u5B89\u5168","\u6F0F\u6D1E","\u6CE8\u5165","\u8D8A\u6743","\u8131\u654F","\u654F\u611F\u4FE1\u606F","\u653B\u51FB","\u9690\u79C1","\u5BA1\u8BA1"],"zhStart":[],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"risk:crypto":{"words":["hashing","hmac","signature","signatures","signing","tls","ssl","certificate","certificates","argon2","bcrypt","md5","sha1","sha256","sha384","sha512"],"wordStems":["encrypt","decrypt","crypto","cipher"],"exact":[["key",[0]],["sha",[1]]],"stems":[],"numeric":[],"entries":[{"parts":[{"alts":[[{"word":"key","stem":false}]]},{"alts":[[{"word":"exchange","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"sha","stem":false}]]},{"alts":[[{"num":"major"}]]}],"anchored":false}],"zh":["\u52A0\u5BC6","\u89E3\u5BC6","\u7B7E\u540D","\u54C8\u5E0C","\u8BC1\u4E66","\u5BC6\u94A5"],"zhStart":[],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"risk:access":{"words":["permission","permissions","rbac","abac","acl","acls","privilege","privileges","tenant","tenants"],"wordStems":["multitenan"],"exact":[["access",[0]],["role",[1]],["multi",[2]]],"stems":[],"numeric":[],"entries":[{"parts":[{"alts":[[{"word":"access","stem":false}]]},{"alts":[[{"word":"control","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"role","stem":false}]]},{"alts":[[{"word":"based","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"multi","stem":false}]]},{"alts":[[{"word":"tenan","stem":true}]]}],"anchored":false}],"zh":["\u6743\u9650","\u8D8A\u6743","\u79DF\u6237","\u8BBF\u95EE\u63A7\u5236"],"zhStart":[],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"risk:concurrency":{"words":["lock","locks","locking","distributed"],"wordStems":["concurren","deadlock","mutex","atomic","threadsafe","multithread","idempoten"],"exact":[["race",[0,1]],["thread",[2]],["multi",[3]],["exactly",[4]],["at",[5]],["double",[6]]],"stems":[],"numeric":[],"entries":[{"parts":[{"alts":[[{"word":"race","stem":false}]]},{"alts":[[{"word":"condition","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"race","stem":false}]]},{"alts":[[{"word":"conditions","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"thread","stem":false}]]},{"alts":[[{"word":"safe","stem":true}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"multi","stem":false}]]},{"alts":[[{"word":"thread","stem":true}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"exactly","stem":false}]]},{"alts":[[{"word":"once","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"at","stem":false}]]},{"alts":[[{"word":"least","stem":false}]]},{"alts":[[{"word":"once","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"double","stem":false}]]},{"alts":[[{"word":"charg","stem":true}]]}],"anchored":false}],"zh":["\u5E76\u53D1","\u7ADE\u6001","\u7ADE\u4E89\u6761\u4EF6","\u6B7B\u9501","\u9501","\u539F\u5B50","\u7EBF\u7A0B\u5B89\u5168","\u591A\u7EBF\u7A0B","\u5206\u5E03\u5F0F","\u5E42\u7B49","\u591A\u5B9E\u4F8B"],"zhStart":[],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"risk:money":{"words":["payment","payments","billing","invoicing","checkout","charge","charges","charged","charging","refund","refunds","stripe","paypal","subscription","subscriptions","wallet","wallets","ledger","3dsecure"],"wordStems":[],"exact":[["3d",[0]],["3",[1,2]]],"stems":[],"numeric":[],"entries":[{"parts":[{"alts":[[{"word":"3d","stem":false}]]},{"alts":[[{"word":"secure","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"3","stem":false}]]},{"alts":[[{"word":"d","stem":false}]]},{"alts":[[{"word":"secure","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"3","stem":false}]]},{"alts":[[{"word":"dsecure","stem":false}]]}],"anchored":false}],"zh":["\u652F\u4ED8","\u4ED8\u6B3E","\u6263\u6B3E","\u9000\u6B3E","\u8BA1\u8D39","\u8D26\u5355","\u7ED3\u7B97","\u4F59\u989D","\u94B1\u5305","\u8BA2\u9605","\u6536\u6B3E","\u5BF9\u8D26"],"zhStart":[],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"risk:data":{"words":["transaction","transactions","transactional","consistency","downtime","rollback","rollout","rollouts","failover"],"wordStems":["backfill"],"exact":[["data",[0]],["zero",[1]],["existing",[2,3]],["production",[4]],["roll",[5]],["backward",[6]],["backwards",[7]],["high",[8]],["fault",[9]],["disaster",[10]]],"stems":[],"numeric":[],"entries":[{"parts":[{"alts":[[{"word":"data","stem":false}]]},{"alts":[[{"word":"loss","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"zero","stem":false}]]},{"alts":[[{"word":"downtime","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"existing","stem":false}]]},{"alts":[[{"word":"data","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"existing","stem":false}]]},{"alts":[[{"word":"users","stem":false}],[{"word":"customers","stem":false}],[{"word":"accounts","stem":false}],[{"word":"records","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"production","stem":false}]]},{"alts":[[{"word":"data","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"roll","stem":false}]]},{"alts":[[{"word":"back","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"backward","stem":false}]]},{"alts":[[{"word":"compatib","stem":true}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"backwards","stem":false}]]},{"alts":[[{"word":"compatib","stem":true}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"high","stem":false}]]},{"alts":[[{"word":"availability","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"fault","stem":false}]]},{"alts":[[{"word":"toleran","stem":true}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"disaster","stem":false}]]},{"alts":[[{"word":"recovery","stem":false}]]}],"anchored":false}],"zh":["\u4E8B\u52A1","\u4E00\u81F4\u6027","\u6570\u636E\u4E22\u5931","\u4E22\u6570\u636E","\u505C\u673A","\u56DE\u6EDA","\u5B58\u91CF","\u5386\u53F2\u6570\u636E","\u517C\u5BB9","\u8001\u6570\u636E","\u8001\u7528\u6237","\u8001\u8D26\u53F7","\u7070\u5EA6","\u9AD8\u53EF\u7528","\u5BB9\u707E","\u6545\u969C\u8F6C\u79FB"],"zhStart":[],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"risk:distributed":{"words":["realtime","websocket","websockets","offline","crdt","crdts","rabbitmq","kafka","nats","pubsub","deadletter","saga","sagas"],"wordStems":["synchronis","synchroniz","replicat"],"exact":[["real",[0]],["conflict",[1]],["eventual",[2]],["eventually",[3]],["message",[4]],["pub",[5]],["dead",[6]],["event",[7,8]]],"stems":[],"numeric":[],"entries":[{"parts":[{"alts":[[{"word":"real","stem":false}]]},{"alts":[[{"word":"time","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"conflict","stem":false}]]},{"alts":[[{"word":"resolution","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"eventual","stem":false}]]},{"alts":[[{"word":"consisten","stem":true}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"eventually","stem":false}]]},{"alts":[[{"word":"consisten","stem":true}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"message","stem":false}]]},{"alts":[[{"word":"queue","stem":false}],[{"word":"queues","stem":false}],[{"word":"broker","stem":false}],[{"word":"brokers","stem":false}],[{"word":"bus","stem":false}],[{"word":"buses","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"pub","stem":false}]]},{"alts":[[{"word":"sub","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"dead","stem":false}]]},{"alts":[[{"word":"letter","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"event","stem":false}]]},{"alts":[[{"word":"driven","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"event","stem":false}]]},{"alts":[[{"word":"sourcing","stem":false}]]}],"anchored":false}],"zh":["\u5B9E\u65F6","\u957F\u8FDE\u63A5","\u79BB\u7EBF","\u534F\u540C","\u51B2\u7A81\u89E3\u51B3","\u6D88\u606F\u961F\u5217","\u6B7B\u4FE1","\u4E8B\u4EF6\u9A71\u52A8","\u6570\u636E\u540C\u6B65","\u53CC\u5411\u540C\u6B65","\u6700\u7EC8\u4E00\u81F4"],"zhStart":[],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]}}`;var tr=/^\/[A-Za-z][\w:.-]*(?:\s|$)/,mi=["Traceback (most recent call last)","goroutine ","Caused by:","panic:","Exception in thread"],gi=new Set(["ERROR","FATAL","ENOENT","EACCES","ECONNREFUSED","EADDRINUSE","ETIMEDOUT"]);function nr(e){return e!==void 0&&(ee(e)||e>="A"&&e<="Z")}function hi(e){let t=e.endsWith(")")?e.slice(0,-1):e,n=t.lastIndexOf(":");return n>=0&&te(t.slice(n+1))}function Pi(e){let t=e.trim();if(t.startsWith("at "))return hi(t)||t.endsWith("(native)")||t.endsWith("(<anonymous>)");if(t.startsWith('File "')){let n=t.indexOf('", line ');return n>=0&&te(t.slice(n+8).split(",")[0]??"")}return mi.some(n=>t.startsWith(n))}function vi(e){for(let t=e.indexOf(":");t>=0;t=e.indexOf(":",t+1)){let n=t;for(;nr(e[n-1]);)n--;let r=e.slice(n,t);if(!r||n>0&&e[n-1]!==" "&&e[n-1]!=="	")continue;let o=r[0]??"",s=r.length>5&&(r.endsWith("Error")||r.endsWith("Exception"));if(o>="A"&&o<="Z"&&s||gi.has(r)||r.startsWith("TS")&&te(r.slice(2))&&e.slice(Math.max(0,n-6),n)==="error ")return!0}return!1}var xi=new Set("ts tsx js jsx mjs cjs py go rs java kt kts swift rb php cs c h cc cpp hpp scala ex exs erl dart lua vue svelte astro json jsonc yml yaml toml ini md mdx sql prisma graphql gql proto css scss sass less html htm xml sh bash zsh ps1 tf gradle conf cfg lock".split(" ")),yi=new Set("node next nuxt vue react express three d3 chart moment nest ember backbone angular socket.io".split(" ").map(e=>`${e}.js`)),bi=new Set(["src","lib","app","apps","test","tests","spec","server","client","web","mobile","packages","cmd","internal","pkg","scripts","config","docs","components","pages","api","services","modules","frontend","backend","infra"]);function rr(e){let t=[],n=0,r=0,o=0,s=!1;for(let i of e.split(`
`)){if(i.trimStart().startsWith("```")){s=!s;continue}if(Pi(i)){n++;continue}vi(i)&&r++,s?o+=1+Math.floor(i.length/120):t.push(i)}return{prose:t.join(`
`).toLowerCase(),traceLines:n,errorLines:r,codeLines:o}}var er=new Set([..."abcdefghijklmnopqrstuvwxyz0123456789_.-/*"]);function or(e){let t=[],n=0;for(let r=0;r<e.length;){if(!er.has(e[r]??"")){r++;continue}let o=r;for(;er.has(e[o]??"");)o++;let s=e.slice(r,o);r=o;let i=s.length;for(;i>0&&(s[i-1]==="."||s[i-1]==="-");)i--;let a=s.slice(0,i);if(a.length<3||a.length>256||a.startsWith("/")||a.startsWith("http")||t.includes(a))continue;let u=a.includes("*");a=_i(a);let l=a.split("/"),c=l[l.length-1]??"",d=0,f=c.lastIndexOf(".");if(f>0&&xi.has(c.slice(f+1))&&!u){if(l.length===1&&yi.has(c))continue;d=1}else(u||s.endsWith("/")||l.length>1&&bi.has(l[0]??""))&&(d=2);d!==0&&(t.push(s),n+=d)}return{files:n,named:t}}function _i(e){if(e.endsWith("/"))return e.slice(0,-1);let t=e.lastIndexOf("/"),n=e.slice(t+1);if(t<0||!n.startsWith("*"))return e;let r=0;for(;n[r]==="*";)r++;let o=n.slice(r);return o===""||o.startsWith(".")&&[...o.slice(1)].every(s=>nr(s))?e.slice(0,t):e}var Di=new Set([..."\u4E00\u4E8C\u4E09\u56DB\u4E94\u516D\u4E03\u516B\u4E5D\u5341"]);function sr(e){let t=0;for(let n of e.split(`
`)){let r=n.trimStart(),o=0;if(te(r.slice(0,1))){if(o=te(r.slice(1,2))?2:1,!".)\u3001".includes(r[o]??"x"))continue;o++}else if("-*\u2022".includes(r[0]??"x"))o=1;else if(Di.has(r[0]??"")&&"\u3001.".includes(r[1]??"x"))o=2;else continue;r.slice(o).trim()&&t++}return t}function ir(e){let t=0,n=0,r=!1;for(let o of e){let s=ee(o)||o==="'"||o==="-";s&&!r&&n++,r=s,!s&&de(o)&&t++}return n+Math.round(t*.8)}var zi=["\u4E3A\u4EC0\u4E48","\u4E3A\u5565","\u600E\u4E48","\u5982\u4F55","\u4EC0\u4E48","\u89E3\u91CA","\u8BB2\u8BB2","\u4ECB\u7ECD","\u8BF4\u8BF4","\u8BF7\u95EE","\u603B\u7ED3"],ki=["\u662F\u4EC0\u4E48","\u4EC0\u4E48\u610F\u601D","\u5E72\u4EC0\u4E48","\u5E72\u561B","\u505A\u4EC0\u4E48\u7684","\u4EC0\u4E48\u533A\u522B","\u7684\u533A\u522B","\u600E\u4E48\u5DE5\u4F5C","\u600E\u4E48\u56DE\u4E8B","\u600E\u6837","\u600E\u4E48\u6837","\u5728\u54EA","\u54EA\u91CC","\u662F\u5426","\u6709\u6CA1\u6709","\u591A\u5C11","\u4EC0\u4E48\u65F6\u5019\u8BE5","\u539F\u7406","\u8BB2\u8BB2","\u8BB2\u4E00\u4E0B","\u4ECB\u7ECD\u4E00\u4E0B","\u8BF4\u8BF4","\u603B\u7ED3","\u6982\u62EC","\u89E3\u91CA"],Ei=new Set(["\u5417","\u5462","\uFF1F","?"]),Si=new RegExp("(?:^|[^a-z])(?:to|->|\u6539\u6210|\u6539\u4E3A|\u5347\u7EA7\u5230|\u5347\u5230|bump \\S+ to) ?v?\\d+\\.\\d+\\.\\d+\\b"),$i=new RegExp(`\\b(?:change|set|raise|lower|increase|decrease|make|update)\\b[^.\\n]{0,60}\\bfrom ['"\u201C]?[\\w.-]{1,20}['"\u201D]? to ['"\u201C]?\\S{1,20}|\u6539\u6210|\u6539\u4E3A|\u8C03\u6210|\u8C03\u5230|\u8BBE\u4E3A|\u8BBE\u7F6E\u4E3A`),Ze=2e4,Ci,gt=new Map;function Ii(e,t){if(e.length===0&&t.length===0)return Ci??=cr([],[]);let n=JSON.stringify([e,t]),r=gt.get(n);return r||(gt.size>16&&gt.clear(),r=cr(e,t),gt.set(n,r)),r}var Zi;function lr(){return Zi??=JSON.parse(Vn)}function ar(e,t=[]){let n=lr()[e];if(!n)throw new Error(`word list ${e} is missing from precompiled.generated.ts: run npm run gen:classify`);let r=Gn(n),o=t.map(s=>s.trim().toLowerCase()).filter(Boolean);return o.length?{...r,literals:[...r.literals,...o]}:r}function cr(e,t){let n=new Map,r;return{get(o){let s=n.get(o);return s||(s=ar(o,o==="scope"?e:[]),n.set(o,s)),s},risk(){return r||(r=Object.keys(lr()).filter(s=>s.startsWith("risk:")).map(s=>({name:s.slice(5),m:ar(s)})),t.some(s=>s.trim())&&r.push({name:"custom",m:Hn({en:[],zh:[]},t)})),r}}}function jt(e){let t=[];for(let n of e){let r=n.text.split(`
`).join(" ").split("	").join(" ").split(" ").filter(Boolean),o=r.join(" "),s=r.length>3?`${r[0]} \u2026 ${r[r.length-1]}`:o.length>6&&[...o].some(de)?`${o.slice(0,1)}\u2026${o.slice(-1)}`:o;t.includes(s)||t.push(s)}return t}function Z(e,t){return jt(Ie(e,t))}function U(e){return e.slice(0,3).join(", ")}function Mi(e,t){let n=Z(t.get("explainOnly"),e)[0];if(n)return{question:!0,advice:!1,cue:n};let r=Z(t.get("questionEn"),e)[0]??"";if(!r){let i=e.text.trim(),a=1/0;for(let l of zi)i.startsWith(l)&&([a,r]=[0,l]);for(let l of ki){let c=i.indexOf(l);c>=0&&c<a&&([a,r]=[c,l])}let u=i.slice(-1);!r&&Ei.has(u)&&(r=u)}if(!r)return{question:!1,advice:!1,cue:""};let o=Ie(t.get("imperative"),e).length>0,s=Z(t.get("advice"),e)[0];return{question:!o,advice:s!==void 0,cue:s??r}}function ur(e,t={}){let n=(e.length>Ze?e.slice(0,Ze):e).trim(),r=[];if(!n)return{signals:r,prose:"",tokens:[]};let o=tr.exec(n);if(o)return{signals:r,prose:"",tokens:[],slashCommand:o[0].trim()};let s=Ii(t.extraScopeWords??[],t.extraRiskWords??[]),{prose:i,traceLines:a,errorLines:u,codeLines:l}=rr(n),c=Wn(i),d=(E,H,Ks)=>{H!==0&&r.push({id:E,weight:H,detail:Ks})},f=Ie(s.get("scope"),c),A=jt(f),p=jt(Ie(s.get("shift"),c).filter(E=>!f.some(H=>H.start<=E.start&&E.start<H.end))),g=[...A,...p];g.length&&d("scope",(A.length?3:2)+(g.length>1?1:0),U(g));let x=[];for(let E of s.risk()){let H=Z(E.m,c)[0];H&&x.push(H)}x.length&&d("risk",Math.min(6,2*x.length),U(x));let _=Z(s.get("cross"),c);_.length&&d("crossCutting",2,U(_));let S=Z(s.get("featureStrong"),c),F=S.length?S:Z(s.get("feature"),c);F.length&&d("feature",S.length?3:2,U(F));let O=Z(s.get("modify"),c);if(O.length&&d("change",1,U(O)),F.length||g.length){let E=Z(s.get("systemNoun"),c),H=E.length?[]:Z(s.get("artifact"),c);E.length?d("system",2,U(E)):H.length&&F.length&&d("artifact",1,U(H))}let{files:le,named:ut}=or(i);le>=2&&d("files",le>=5?3:le>=3?2:1,`${ut.length} ${ut.length===1?"path":"paths"} named`);let Ce=sr(i),V=Z(s.get("sequence"),c),dt=0;for(let E of i)(E===","||E==="\uFF0C"||E==="\u3001"||E===";"||E==="\uFF1B")&&dt++;let Ws=Math.max(Ce>=2?Math.min(3,Ce-1):0,dt>=6?2:dt>=3?1:0),In=Math.min(3,Ws+(V.length>=3?2:V.length>=2?1:0));if(In){let E=Ce>=2?`${Ce} list items`:V.length>=2?`steps ${U(V)}`:`${dt+1} parts`;d("steps",In,E)}a>=2?d("errorLog",2,`stack trace (${a} frames)`):a+u>0&&d("errorLog",1,"error message"),l>=15&&d("code",l>=60?2:1,`${l} lines of code pasted`);let Zn=Z(s.get("bug"),c);Zn.length&&d("bug",2,U(Zn));let Mn=Z(s.get("performance"),c);Mn.length&&d("performance",2,U(Mn));let On=Z(s.get("tests"),c);On.length&&d("tests",1,U(On));let ft=ir(i),Rn=e.length>Ze||ft>=60?3:ft>=30?2:ft>=12?1:0,Hs=e.length>Ze?`${e.length} chars (first ${Ze} scanned)`:`~${ft} words`;Rn&&d("length",Rn,Hs);let Tn=Z(s.get("trivial"),c);Tn.length?d("trivial",-3,U(Tn)):Si.test(i)&&d("trivial",-3,"version bump");let At=$i.exec(i);At&&!A.length&&d("tweak",-2,At[0].length>24?`${At[0].slice(0,24)}\u2026`:At[0]);let Gs=i.length-i.trimStart().length,Ln=Ie(s.get("operation"),c).find(E=>E.start===Gs);Ln&&d("operation",-2,Ln.text);let Rt=Mi(c,s);return Rt.question&&d("question",Rt.advice?-2:-5,Rt.cue),{signals:r,prose:i,tokens:c.tokens}}var ht={mediumThreshold:3,complexThreshold:7},dr=.5,Oi=5;function Ri(e,t,n){let r=Math.round(t*100)/100,[o,s=""]=[e.slice(0,1),e.slice(2)];if(o==="s")return{id:s,weight:r,detail:n.find(i=>i.id===s)?.detail??""};if(o==="w"||o==="c")return{id:"word",weight:r,detail:s==="#"?"a number":s}}function fr(e,t={}){let n=ur(e,t);if(n.slashCommand!==void 0){let a={id:"slashCommand",weight:0,detail:n.slashCommand};return{level:"simple",score:0,signals:[a],reasons:[a]}}if(!n.prose.trim()&&n.signals.length===0)return{level:"simple",score:0,signals:[],reasons:[]};let r=[0,-dr*((t.mediumThreshold??ht.mediumThreshold)-ht.mediumThreshold),-dr*((t.complexThreshold??ht.complexThreshold)-ht.complexThreshold)],o=Yn(Kn(n),void 0,r),s=[];for(let a of o.contributions){let u=Ri(a.feature,a.push,n.signals);if(u&&u.weight!==0&&s.push(u),s.length===Oi)break}let i=Math.round(10*(o.probabilities[1]*.5+o.probabilities[2]));return{level:o.level,score:i,signals:n.signals,reasons:s}}var Ti=new Set(["files","steps","length","errorLog","code","word","slashCommand"]);function Ut(e){return Ti.has(e.id)?e.detail:`${e.id} ${e.detail}`.trim()}function Ar(e){let t=e.reasons.map(n=>n.id==="slashCommand"?n.detail:`${Ut(n)} ${n.weight>0?"+":""}${n.weight}`);return`${e.level} (score ${e.score}): ${t.length?t.join(", "):"no signals"}`}var Li=4e3;function Qt(e){let t=e.slice(0,Li),n=0,r=0,o=!1,s=!1;for(let i=0;i<t.length;i++){if(t.startsWith("```",i)){s=!s,o=!1,i+=2;continue}if(s)continue;let a=t[i]??"";if(a==="`"){let l=t.indexOf("`",i+1),c=t.indexOf(`
`,i+1);if(l>0&&(c<0||l<c)){i=l,o=!1;continue}}let u=a>="a"&&a<="z"||a>="A"&&a<="Z";u&&!o&&r++,o=u,!u&&de(a)&&n++}return n<2?"en":n/(n+r)>=.3?"zh":"en"}var wr=64;function pr(e,t,n){let r=e.filter(o=>o.weight>0).slice(0,t).map(o=>{let s=o.detail.split(", ").slice(0,2).map(i=>i.length>16?`${i.slice(0,15)}\u2026`:i).join("/");return Ut({...o,detail:s})}).join(n);return r.length>wr?`${r.slice(0,wr-1)}\u2026`:r}function mr(e,t){if(t==="zh"){let o=pr(e.reasons,3,"\u3001"),s=`\u5F97\u5206 ${e.score}${o?`\uFF1A${o}`:""}`;return e.level==="simple"?`codex-collab\uFF1A\u7B80\u5355\u4EFB\u52A1\uFF08\u5F97\u5206 ${e.score}\uFF09\uFF0C\u76F4\u63A5\u5B8C\u6210\uFF0C\u4E0D\u9700\u8981 Codex\u3002`:e.level==="medium"?`codex-collab\uFF1A\u4E2D\u7B49\u4EFB\u52A1\uFF08${s}\uFF09\u3002\u5148\u8FD0\u884C /codex-analyze <\u4EFB\u52A1>\uFF0C\u518D\u81EA\u5DF1\u5B9E\u73B0\uFF0C\u5B8C\u6210\u540E\u8FD0\u884C /codex-review \u5E76\u5904\u7406\u5176\u53D1\u73B0\u3002\u5206\u7C7B\u662F\u542F\u53D1\u5F0F\u7684\uFF0C\u660E\u663E\u4E0D\u5BF9\u5C31\u8BF4\u660E\u5E76\u6309\u5B9E\u9645\u60C5\u51B5\u5904\u7406\u3002`:`codex-collab\uFF1A\u590D\u6742\u4EFB\u52A1\uFF08${s}\uFF09\u3002\u5728\u540C\u4E00\u4E2A Codex \u4F1A\u8BDD\u91CC\u8D70\u5B8C 7 \u6B65\uFF1A1 /codex-analyze <\u4EFB\u52A1>\uFF1B2 /codex-ask \u8BA8\u8BBA\u65B9\u6848\uFF1B3 /codex-prototype\uFF08\u53EA\u51FA diff\uFF09\uFF1B4 \u81EA\u5DF1\u5B9E\u73B0\uFF0C\u6279\u5224\u5730\u5BF9\u5F85\u539F\u578B\uFF1B5 /codex-review\uFF1B6 \u4FEE\u590D\u95EE\u9898\uFF1B7 /codex-review \u7EC8\u5BA1\u3002\u5206\u7C7B\u662F\u542F\u53D1\u5F0F\u7684\uFF0C\u660E\u663E\u4E0D\u5BF9\u5C31\u8BF4\u660E\u3002`}let n=pr(e.reasons,3,", "),r=`score ${e.score}${n?`: ${n}`:""}`;return e.level==="simple"?`codex-collab: simple task (score ${e.score}); do it directly, no Codex needed.`:e.level==="medium"?`codex-collab: medium task (${r}). Run /codex-analyze <task> first, implement it yourself, then run /codex-review and address its findings. Heuristic level: if clearly wrong, say so.`:`codex-collab: complex task (${r}). 7 stages in one Codex session: 1 /codex-analyze <task>; 2 /codex-ask to discuss the plan; 3 /codex-prototype (diff only); 4 implement it yourself, judging the prototype critically; 5 /codex-review; 6 fix the findings; 7 /codex-review as final review. Heuristic level: if clearly wrong, say so.`}var Fe=require("node:fs"),bo=require("node:module"),_o=require("node:os"),q=require("node:path");function Gt(e){let t=Object.values(e).filter(r=>typeof r=="number");return Object.entries(e).filter(([r,o])=>t.indexOf(+r)===-1).map(([r,o])=>o)}function gr(e,t){return typeof t=="bigint"?t.toString():t}var Ht=class{constructor(t){this._getter=t,this._value=void 0}get value(){let t=this._getter;return t!==void 0&&(this._value=t(),this._getter=void 0),this._value}};function hr(e){return new Ht(e)}function Pr(e){return e==null}function Kt(e){let t=e.startsWith("^")?1:0,n=e.endsWith("$")?e.length-1:e.length;return e.slice(t,n)}function vr(e,t,n){Object.defineProperty(e,t,{value:n,writable:!0,enumerable:!0,configurable:!0})}var qt="captureStackTrace"in Error?Error.captureStackTrace:(...e)=>{};function Pt(e){return typeof e=="object"&&e!==null&&!Array.isArray(e)}function Jt(e){if(Pt(e)===!1)return!1;let t=e.constructor;if(t===void 0||typeof t!="function")return!0;let n=t.prototype;return!(Pt(n)===!1||Object.prototype.hasOwnProperty.call(n,"isPrototypeOf")===!1)}function Xt(e){return Jt(e)?{...e}:Array.isArray(e)?[...e]:e instanceof Map?new Map(e):e instanceof Set?new Set(e):e}var xr=new Set(["string","number","symbol"]);function He(e){return e.replace(/[.*+?^${}()|[\]\\]/g,"\\$&")}function vt(e,t,n){let r=new e._zod.constr(t??e._zod.def);return(!t||n?.parent)&&(r._zod.parent=e),r}function $(e){let t=e;if(!t)return{};if(typeof t=="string")return{error:()=>t};if(t?.message!==void 0){if(t?.error!==void 0)throw new Error("Cannot specify both `message` and `error` params");t.error=t.message}return delete t.message,typeof t.error=="string"?{...t,error:()=>t.error}:t}function yr(e){return Object.keys(e).filter(t=>e[t]._zod.optin!==void 0&&e[t]._zod.optout==="optional")}var br={safeint:[Number.MIN_SAFE_INTEGER,Number.MAX_SAFE_INTEGER],int32:[-2147483648,2147483647],uint32:[0,4294967295],float32:[-34028234663852886e22,34028234663852886e22],float64:[-Number.MAX_VALUE,Number.MAX_VALUE]};function Ae(e,t=0){if(e.aborted===!0)return!0;for(let n=t;n<e.issues.length;n++)if(e.issues[n]?.continue!==!0)return!0;return!1}function _r(e,t=0){if(e.aborted===!0)return!0;for(let n=t;n<e.issues.length;n++)if(e.issues[n]?.continue===!1)return!0;return!1}function we(e,t){return t.map(n=>{var r;return(r=n).path??(r.path=[]),n.path.unshift(e),n})}function We(e){return typeof e=="string"?e:e?.message}function Yt(e){let t=[];for(let n of e??[]){let r=n._zod.def;if(!/_(length|size)$|_equals$/.test(r.check))break;let o=r.maximum??r.length??r.size;o>=0&&t.push([o,n])}return t}function xt(e,t,n){var r;for(let o=t;o<e.length;o++)(r=e[o]).schema??(r.schema=n)}function pe(e,t,n){var r;let o=e.inst?._zod?.traits;o?.has("$ZodType")&&(o.has("$ZodCheck")?(r=e).schema??(r.schema=e.inst):e.schema=e.inst);let s=e.schema!==e.inst?e.schema?._zod.def?.error:void 0,i=e.message?e.message:We(e.inst?._zod.def?.error?.(e))??We(s?.(e))??We(t?.error?.(e))??We(n.customError?.(e))??We(n.localeError?.(e))??"Invalid input",a={};for(let u of Object.keys(e))u==="inst"||u==="schema"||u==="continue"||u==="input"||u==="__proto__"||(a[u]=e[u]);return a.path??(a.path=[]),a.message=i,t?.reportInput&&(a.input=e.input),a}var Fi=/[\uD800-\uDBFF]/;function Dr(e){let t=e.length;if(!Fi.test(e))return t;let n=t;for(let r=0;r<t-1;r++)(e.charCodeAt(r)&64512)===55296&&(e.charCodeAt(r+1)&64512)===56320&&(n--,r++);return n}function zr(e){return Array.isArray(e)?"array":typeof e=="string"?"string":"unknown"}function kr(e,t){for(let n in t){let r=Object.getOwnPropertyDescriptor(t,n);r.get?Object.defineProperty(e,n,{...r,enumerable:!1}):Ni(e,n,r.value)}}function Ee(e,t,n,r=!0){return Object.defineProperty(e,t,{configurable:!0,writable:!0,enumerable:r,value:n}),n}function Vt(e,t,n){return Ee(e,t,n,!1)}function Ni(e,t,n){Object.defineProperty(e,t,{configurable:!0,get(){return this==null?n:Ee(this,t,n.bind(this))},set(r){Ee(this,t,r)}})}function Bi(e,t){let n=Object.getPrototypeOf(e);return t in n?void 0:n}var Wt,fe=!1,ji={configurable:!0,get(){fe=!0}};function Q(e,t,n){let r=Object.getPrototypeOf(e._zod);if(t in r&&Wt!==e._zod){Wt=void 0;return}Wt=e._zod,Object.defineProperty(r,t,{configurable:!0,get(){Object.defineProperty(this,t,ji);let o=fe;fe=!1;try{let s=n(this);return fe?delete this[t]:Object.defineProperty(this,t,{configurable:!0,writable:!0,value:s}),fe=fe||o,s}catch(s){throw delete this[t],fe=fe||o,s}},set(o){Object.defineProperty(this,t,{configurable:!0,writable:!0,value:o})}})}function Er(e,t,n,r){let o=Bi(e,t);o&&Object.defineProperty(o,t,{configurable:!0,get(){let s={configurable:!0,writable:!0,enumerable:r,value:void 0};return Object.defineProperty(this,t,s),s.value=n(this),Object.defineProperty(this,t,s),s.value},set(s){Object.defineProperty(this,t,{configurable:!0,writable:!0,enumerable:r,value:s})}})}var Sr;var en={value:void 0,enumerable:!1},$r="captureStackTrace"in Error?Error:null;function Ui(e){let t=$r;if(t){let n=t.stackTraceLimit;if(typeof n=="number"){try{t.stackTraceLimit=0}catch{return $r=null,new e}try{return new e}finally{t.stackTraceLimit=n}}}return new e}function y(e,t,n,r){let o={};function s(f){this.def=f,this.constr=d,this.traits=new Set}s.prototype=o;let i=n,a=i&&new WeakSet;function u(f,A){if(f._zod){if(f._zod.traits.has(e))return}else{en.value=new s(A);try{Object.defineProperty(f,"_zod",en)}finally{en.value=void 0}}if(f._zod.traits.add(e),t(f,A),a){let g=Object.getPrototypeOf(f),x=f._zod.constr.prototype,_=g;for(;_&&_!==x;)_=Object.getPrototypeOf(_);let S=_??g;a.has(S)||(a.add(S),kr(S,i))}let p=d.prototype;for(let g in p)Object.prototype.hasOwnProperty.call(p,g)&&(g in f||(f[g]=p[g].bind(f)))}let l=r?.Parent??Object;class c extends l{}Object.defineProperty(c,"name",{value:e});function d(f){let A=r?.Parent?Ui(c):this;u(A,f);let p=A._zod.deferred;if(p){for(let x of p)x();A._zod.deferred=void 0}let g=globalThis.__zod_globalConfig?.postProcessor;return g&&g(A),A}return Object.defineProperty(d,"init",{value:u}),Object.defineProperty(d,Symbol.hasInstance,{value:f=>r?.Parent&&f instanceof r.Parent?!0:f?._zod?.traits?.has(e)}),Object.defineProperty(d,"name",{value:e}),d}var ae=class extends Error{constructor(){super("Encountered Promise during synchronous parse. Use .parseAsync() instead.")}};(Sr=globalThis).__zod_globalConfig??(Sr.__zod_globalConfig={});var Me=globalThis.__zod_globalConfig;function me(e){return e&&Object.assign(Me,e),Me}function Qi(){let e=this._zod;return e.message??(e.message=JSON.stringify(e.def,gr,2)),e.message}function Wi(e){this._zod.message=e}var Hi={get:Qi,set:Wi,enumerable:!0,configurable:!0},nn={value:void 0,enumerable:!1},Cr=new WeakSet([Object.prototype,Error.prototype]),Ir=(e,t)=>{e.name="$ZodError",nn.value=t,Object.defineProperty(e,"issues",nn),nn.value=void 0,Object.defineProperty(e,"message",Hi);let n=Object.getPrototypeOf(e);Cr.has(n)||(Cr.add(n),Object.defineProperty(n,"toString",{configurable:!0,enumerable:!1,get(){let r=()=>this.message;return Object.defineProperty(this,"toString",{value:r,configurable:!0,writable:!0}),r},set(r){Object.defineProperty(this,"toString",{value:r,configurable:!0,writable:!0})}}))},Al=y("$ZodError",Ir),Ge=y("$ZodError",Ir,void 0,{Parent:Error});var Ki=e=>{let t=(n,r,o,s)=>{let i=o?{...o,async:!1}:{async:!1},a=n._zod.run({value:r,issues:[]},i);if(a instanceof Promise)throw new ae;if(a.issues.length){let u=new(s?.Err??e)(a.issues.map(l=>pe(l,i,me())));throw qt(u,s?.callee??t),u}return a.value};return t},Ke=Ki(Ge),qi=e=>{let t=async(n,r,o,s)=>{let i=o?{...o,async:!0}:{async:!0},a=n._zod.run({value:r,issues:[]},i);if(a instanceof Promise&&(a=await a),a.issues.length){let u=new(s?.Err??e)(a.issues.map(l=>pe(l,i,me())));throw qt(u,s?.callee??t),u}return a.value};return t},rn=qi(Ge),Ji=e=>(t,n,r)=>{let o=r?{...r,async:!1}:{async:!1},s=t._zod.run({value:n,issues:[]},o);if(s instanceof Promise)throw new ae;return s.issues.length?Zr(e,s.issues,o):{success:!0,data:s.value}},ge=Ji(Ge);function Zr(e,t,n){let r;return{success:!1,get error(){return r||(r=new e(t.map(o=>pe(o,n,me()))),t=void 0,n=void 0),r},set error(o){r=o,t=void 0,n=void 0}}}var Xi=e=>async(t,n,r)=>{let o=r?{...r,async:!0}:{async:!0},s=t._zod.run({value:n,issues:[]},o);return s instanceof Promise&&(s=await s),s.issues.length?Zr(e,s.issues,o):{success:!0,data:s.value}},on=Xi(Ge);var Mr=/^[\s\S]{0,}$/;var sn=/^-?\d+(?:\.\d+)?$/,Or=/^(?:true|false)$/i;var he=y("$ZodCheck",(e,t)=>{var n;e._zod??(e._zod={}),e._zod.def=t,(n=e._zod).onattach??(n.onattach=[])});var Yi=e=>{let t=e.value;return!Pr(t)&&t.length!==void 0},yt={number:"number",bigint:"bigint",object:"date"},Tr=y("$ZodCheckLessThan",(e,t)=>{he.init(e,t);let n=yt[typeof t.value];e._zod.check=r=>{(t.inclusive?r.value<=t.value:r.value<t.value)||r.issues.push({origin:yt[typeof r.value]??n,code:"too_big",maximum:typeof t.value=="object"?t.value.getTime():t.value,input:r.value,inclusive:t.inclusive,inst:e,continue:!t.abort})}}),an=y("$ZodCheckGreaterThan",(e,t)=>{he.init(e,t);let n=yt[typeof t.value];e._zod.check=r=>{(t.inclusive?r.value>=t.value:r.value>t.value)||r.issues.push({origin:yt[typeof r.value]??n,code:"too_small",minimum:typeof t.value=="object"?t.value.getTime():t.value,input:r.value,inclusive:t.inclusive,inst:e,continue:!t.abort})}});var Lr=y("$ZodCheckNumberFormat",(e,t)=>{he.init(e,t),t.format=t.format||"float64";let n=t.format?.includes("int"),r=n?"int":"number",[o,s]=br[t.format];e._zod.check=i=>{let a=i.value;if(n){if(!Number.isInteger(a)){i.issues.push({expected:r,format:t.format,code:"invalid_type",continue:!1,input:a,inst:e});return}if(!Number.isSafeInteger(a)){a>0?i.issues.push({input:a,code:"too_big",maximum:Number.MAX_SAFE_INTEGER,note:"Integers must be within the safe integer range.",inst:e,origin:r,inclusive:!0,continue:!t.abort}):i.issues.push({input:a,code:"too_small",minimum:Number.MIN_SAFE_INTEGER,note:"Integers must be within the safe integer range.",inst:e,origin:r,inclusive:!0,continue:!t.abort});return}}a<o&&i.issues.push({origin:"number",input:a,code:"too_small",minimum:o,inclusive:!0,inst:e,continue:!t.abort}),a>s&&i.issues.push({origin:"number",input:a,code:"too_big",maximum:s,inclusive:!0,inst:e,continue:!t.abort})}});var Fr=y("$ZodCheckMinLength",(e,t)=>{var n;he.init(e,t),(n=e._zod.def).when??(n.when=Yi),e._zod.check=r=>{let o=r.value,s=o.length;if((typeof o=="string"&&s>=t.minimum&&s<t.minimum*2?Dr(o):s)>=t.minimum)return;let a=zr(o);r.issues.push({origin:a,code:"too_small",minimum:t.minimum,inclusive:!0,input:o,inst:e,continue:!t.abort})}});var Nr=y("$ZodCheckStringFormat",(e,t)=>{var n,r;he.init(e,t),t.pattern?(n=e._zod).check??(n.check=o=>{t.pattern.lastIndex=0,!t.pattern.test(o.value)&&o.issues.push({origin:"string",code:"invalid_format",format:t.format,input:o.value,...t.pattern?{pattern:t.pattern.toString()}:{},inst:e,continue:!t.abort})}):(r=e._zod).check??(r.check=()=>{})}),Br=y("$ZodCheckRegex",(e,t)=>{Nr.init(e,t),e._zod.check=n=>{t.pattern.lastIndex=0,!t.pattern.test(n.value)&&n.issues.push({origin:"string",code:"invalid_format",format:"regex",input:n.value,pattern:t.pattern.toString(),inst:e,continue:!t.abort})}});var Ur={major:4,minor:6,patch:7};var N=y("$ZodType",(e,t)=>{var n;e??(e={}),e._zod.def=t,e._zod.bag=e._zod.bag||{},e._zod.version=Ur;let r=e._zod.def.checks,o=e._zod.traits.has("$ZodCheck")?[e,...r??[]]:r?.length?[...r]:[];for(let s of o)for(let i of s._zod.onattach)i(e);if(o.length===0)(n=e._zod).deferred??(n.deferred=[]),e._zod.deferred?.push(()=>{e._zod.run=e._zod.parse});else{let s=(a,u,l)=>{if(a.memo)return a;let c=Ae(a),d;for(let f of u){if(f._zod.def.when){if(_r(a)||!f._zod.def.when(a))continue}else if(c)continue;let A=a.issues.length,p=f._zod.check(a);if(p instanceof Promise&&l?.async===!1)throw new ae;if(d||p instanceof Promise)d=(d??Promise.resolve()).then(async()=>{await p,a.issues.length!==A&&(xt(a.issues,A,e),c||(c=Ae(a,A)))});else{if(a.issues.length===A)continue;xt(a.issues,A,e),c||(c=Ae(a,A))}}return d?d.then(()=>a):a},i=(a,u,l)=>{if(Ae(a))return a.aborted=!0,a;let c=s(u,o,l);if(c instanceof Promise){if(l.async===!1)throw new ae;return c.then(d=>e._zod.parse(d,l))}return e._zod.parse(c,l)};e._zod.run=(a,u)=>{if(u.skipChecks)return e._zod.parse(a,u);if(u.direction==="backward"){let c=e._zod.parse({value:a.value,issues:[]},{...u,skipChecks:!0});return c instanceof Promise?c.then(d=>i(d,a,u)):i(c,a,u)}let l=e._zod.parse(a,u);if(l instanceof Promise){if(u.async===!1)throw new ae;return l.then(c=>s(c,o,u))}return s(l,o,u)}}},{get"~standard"(){return Vt(this,"~standard",ta(this))},set"~standard"(e){Ee(this,"~standard",e)}}),Gr=(e,t)=>e.issues.length?{issues:e.issues.map(n=>pe(n,t,me()))}:{value:e.value};async function ea(e,t){let n={async:!0};return Gr(await e._zod.run({value:t,issues:[]},n),n)}function ta(e){return{validate:t=>{let n={async:!1};try{let r=e._zod.run({value:t,issues:[]},n);if(!(r instanceof Promise))return Gr(r,n)}catch{}return ea(e,t)},vendor:"zod",version:1}}var Kr=y("$ZodString",(e,t)=>{N.init(e,t),e._zod.pattern=t.pattern??Mr,e._zod.parse=(n,r)=>{if(t.coerce)try{n.value=String(n.value)}catch{}return typeof n.value=="string"||n.issues.push({expected:"string",code:"invalid_type",input:n.value,inst:e}),n}});var cn=y("$ZodNumber",(e,t)=>{N.init(e,t),e._zod.pattern=sn,e._zod.parse=(n,r)=>{if(t.coerce)try{n.value=Number(n.value)}catch{}let o=n.value;if(typeof o=="number"&&!Number.isNaN(o)&&Number.isFinite(o))return n;let s=typeof o=="number"?Number.isNaN(o)?"NaN":Number.isFinite(o)?void 0:String(o):void 0;return n.issues.push({expected:"number",code:"invalid_type",input:o,inst:e,...s?{received:s}:{}}),n}}),qr=y("$ZodNumberFormat",(e,t)=>{Lr.init(e,t),cn.init(e,t)}),Jr=y("$ZodBoolean",(e,t)=>{N.init(e,t),e._zod.pattern=Or,e._zod.parse=(n,r)=>{if(t.coerce)try{n.value=!!n.value}catch{}let o=n.value;return typeof o=="boolean"||n.issues.push({expected:"boolean",code:"invalid_type",input:o,inst:e}),n}});function na(e,t){let n=Yt(e._zod.def.checks);if(!n.length)return;let r=Math.min(...n.map(s=>s[0])),o=e._zod.parse;e._zod.parse=(s,i)=>{let a=t(s.value);if(a>r&&!i?.skipChecks&&i?.direction!=="backward"){for(let[u,l]of Yt(e._zod.def.checks))if(a>u&&l._zod.def.when(s)){let c=s.issues.length;return l._zod.check(s),s.issues[c].continue=!1,xt(s.issues,c,e),s}}return o(s,i)}}var ra=e=>Array.isArray(e)?e.length:-1;function Qr(e,t,n){e.issues.length&&t.issues.push(...we(n,e.issues)),t.value[n]=e.value}var Xr=y("$ZodArray",(e,t)=>{N.init(e,t);let n=Me.memoizer;n?.attach(e),e._zod.parse=(r,o)=>{let s=r.value;if(!Array.isArray(s))return r.issues.push({expected:"array",code:"invalid_type",input:s,inst:e}),r;r.value=n?n.alloc(e,r,Array(s.length),o):Array(s.length);let i=[],a=o?.abortEarly;for(let u=0;u<s.length;u++){let l=s[u],c=t.element._zod.run({value:l,issues:[]},o);if(c instanceof Promise)i.push(c.then(d=>Qr(d,r,u)));else if(Qr(c,r,u),a&&c.issues.length!==0&&Ae(c))break}return i.length?Promise.all(i).then(()=>r):r},na(e,ra)});function bt(e,t,n,r,o,s){let i=n in r,a=s==="optional";if(!(!i&&a&&o==="optional")){if(e.issues.length){if(o!==void 0&&a&&!i)return;t.issues.push(...we(n,e.issues))}if(!i&&o===void 0){e.issues.length||t.issues.push({code:"invalid_type",expected:"nonoptional",input:void 0,path:[n]});return}e.value===void 0?(i||o==="defaulted"&&!a)&&(t.value[n]=void 0):t.value[n]=e.value}}var oa=[];function sa(e){let t=Object.keys(e.shape),n=Object.getOwnPropertySymbols(e.shape),r=n.length?n:oa,o=r.length?[...t,...r]:t;for(let i of o)if(!e.shape?.[i]?._zod?.traits?.has("$ZodType"))throw new Error(`Invalid element at key "${String(i)}": expected a Zod schema`);let s=yr(e.shape);return{...e,allKeys:o,symbolKeys:r,keySet:new Set(t),numKeys:t.length,optionalKeys:new Set(s)}}function ia(e,t,n,r,o,s,i){let a=[],u=o.keySet,l=o.catchall._zod,c=l.def.type,d=l.optin,f=l.optout,A=0;for(let p in t){if(i&&n.issues.length!==A){if(Ae(n,A))break;A=n.issues.length}if(u.has(p))continue;if(p==="__proto__"){c==="never"&&a.push(p);continue}if(c==="never"){a.push(p);continue}let g=l.run({value:t[p],issues:[]},r);g instanceof Promise?e.push(g.then(x=>bt(x,n,p,t,d,f))):bt(g,n,p,t,d,f)}return a.length&&n.issues.push({code:"unrecognized_keys",keys:a,input:t,inst:s,continue:!0}),e.length?Promise.all(e).then(()=>n):n}var Yr=y("$ZodObject",(e,t)=>{N.init(e,t);let n=Object.getOwnPropertyDescriptor(t,"shape"),r=n?.get?n.get.raw:t.shape??{};if(r){let l=()=>{let c={...r};return Object.defineProperty(t,"shape",{value:c}),l.raw=c,c};l.raw=r,Object.defineProperty(t,"shape",{get:l})}let o=hr(()=>sa(t));Q(e,"propValues",l=>{let c=l.def.shape,d={};for(let f in c){let A=c[f]._zod;if(A.values){Object.prototype.hasOwnProperty.call(d,f)||vr(d,f,new Set);for(let p of A.values)d[f].add(p);A.optin!==void 0&&d[f].add(void 0)}}return d});let s=Pt,i=t.catchall,a,u=Me.memoizer;u?.attach(e),e._zod.parse=(l,c)=>{a??(a=o.value);let d=l.value;if(!s(d))return l.issues.push({expected:"object",code:"invalid_type",input:d,inst:e}),l;l.value=u?u.alloc(e,l,{},c):{};let f=[],A=a.shape,p=c?.abortEarly,g=l.issues.length;for(let x of a.allKeys){if(p&&l.issues.length!==g){if(Ae(l,g))break;g=l.issues.length}if(x==="__proto__")continue;let _=A[x],S=_._zod.optin,F=_._zod.optout,O=_._zod.run({value:d[x],issues:[]},c);O instanceof Promise?f.push(O.then(le=>bt(le,l,x,d,S,F))):bt(O,l,x,d,S,F)}return i?ia(f,d,l,c,o.value,e,p===!0):f.length?Promise.all(f).then(()=>l):l}});var Vr=y("$ZodRecord",(e,t)=>{N.init(e,t);let n=Me.memoizer;n?.attach(e),e._zod.parse=(r,o)=>{let s=r.value;if(!Jt(s))return r.issues.push({expected:"record",code:"invalid_type",input:s,inst:e}),r;let i=[],a=t.keyType._zod.values;if(a&&!t.partial){r.value=n?n.alloc(e,r,{},o):{};let u=new Set;for(let c of a)if(typeof c=="string"||typeof c=="number"||typeof c=="symbol"){if(u.add(typeof c=="number"?c.toString():c),c==="__proto__")continue;let d=t.keyType._zod.run({value:c,issues:[]},o);if(d instanceof Promise)throw new Error("Async schemas not supported in object keys currently");if(d.issues.length){r.issues.push({code:"invalid_key",origin:"record",issues:d.issues.map(p=>pe(p,o,me())),input:c,path:[c],inst:e});continue}let f=d.value;if(f==="__proto__")continue;let A=t.valueType._zod.run({value:s[c],issues:[]},o);A instanceof Promise?i.push(A.then(p=>{p.issues.length&&r.issues.push(...we(c,p.issues)),r.value[f]=p.value})):(A.issues.length&&r.issues.push(...we(c,A.issues)),r.value[f]=A.value)}let l;for(let c in s)if(!u.has(c))if(t.mode==="loose"){if(c==="__proto__")continue;r.value[c]=s[c]}else l=l??[],l.push(c);l&&l.length>0&&r.issues.push({code:"unrecognized_keys",input:s,inst:e,keys:l,continue:!0})}else{r.value=n?n.alloc(e,r,{},o):{};let u;for(let l of Reflect.ownKeys(s)){if(l==="__proto__"||!Object.prototype.propertyIsEnumerable.call(s,l))continue;let c=t.keyType._zod.run({value:l,issues:[]},o);if(c instanceof Promise)throw new Error("Async schemas not supported in object keys currently");if(typeof l=="string"&&sn.test(l)&&c.issues.length){let p=t.keyType._zod.run({value:Number(l),issues:[]},o);if(p instanceof Promise)throw new Error("Async schemas not supported in object keys currently");p.issues.length===0&&(c=p)}if(c.issues.length){t.mode==="loose"?r.value[l]=s[l]:a?(u=u??[],u.push(l)):r.issues.push({code:"invalid_key",origin:"record",issues:c.issues.map(p=>pe(p,o,me())),input:l,path:[l],inst:e});continue}let f=c.value;if(f==="__proto__")continue;let A=t.valueType._zod.run({value:s[l],issues:[]},o);A instanceof Promise?i.push(A.then(p=>{p.issues.length&&r.issues.push(...we(l,p.issues)),r.value[f]=p.value})):(A.issues.length&&r.issues.push(...we(l,A.issues)),r.value[f]=A.value)}u&&u.length>0&&r.issues.push({code:"unrecognized_keys",input:s,inst:e,keys:u,continue:!0})}return i.length?Promise.all(i).then(()=>r):r}});var eo=y("$ZodEnum",(e,t)=>{N.init(e,t);let n=Gt(t.entries),r=new Set(n);e._zod.values=r,Q(e,"pattern",o=>{let s=Gt(o.def.entries).filter(i=>xr.has(typeof i));return new RegExp(s.length?`^(${s.map(i=>He(i.toString())).join("|")})$`:"^[^\\s\\S]$")}),e._zod.parse=(o,s)=>{let i=o.value;return r.has(i)||o.issues.push({code:"invalid_value",values:n,input:i,inst:e}),o}}),to=y("$ZodLiteral",(e,t)=>{N.init(e,t);let n=new Set(t.values);e._zod.values=n,Q(e,"pattern",r=>{let o=r.def.values;return new RegExp(o.length?`^(${o.map(s=>typeof s=="string"?He(s):s?He(s.toString()):String(s)).join("|")})$`:"^[^\\s\\S]$")}),e._zod.parse=(r,o)=>{let s=r.value;return n.has(s)||r.issues.push({code:"invalid_value",values:t.values,input:s,inst:e}),r}});function Wr(e,t){return e.value=t.issues.length?void 0:t.value,e}var no=y("$ZodOptional",(e,t)=>{N.init(e,t),Q(e,"optin",n=>n.def.innerType._zod.optin==="defaulted"?"defaulted":"optional"),e._zod.optout="optional",Q(e,"values",n=>{let r=n.def.innerType._zod.values;return r?new Set([...r,void 0]):void 0}),Q(e,"pattern",n=>{let r=n.def.innerType._zod.pattern;return r?new RegExp(`^(${Kt(r.source)})?$`):void 0}),e._zod.parse=(n,r)=>{if(n.value===void 0){if(t.innerType._zod.optin!=="defaulted")return n;let o=t.innerType._zod.run({value:n.value,issues:[]},r);return o instanceof Promise?o.then(s=>Wr(n,s)):Wr(n,o)}return t.innerType._zod.run(n,r)}});var ro=y("$ZodNullable",(e,t)=>{N.init(e,t),Q(e,"optin",n=>n.def.innerType._zod.optin),Q(e,"optout",n=>n.def.innerType._zod.optout),Q(e,"pattern",n=>{let r=n.def.innerType._zod.pattern;return r?new RegExp(`^(${Kt(r.source)}|null)$`):void 0}),Q(e,"values",n=>n.def.innerType._zod.values?new Set([...n.def.innerType._zod.values,null]):void 0),e._zod.parse=(n,r)=>n.value===null?n:t.innerType._zod.run(n,r)}),oo=y("$ZodDefault",(e,t)=>{N.init(e,t),e._zod.optin="defaulted",Q(e,"values",n=>n.def.innerType._zod.values),e._zod.parse=(n,r)=>{if(r.direction==="backward")return t.innerType._zod.run(n,r);if(n.value===void 0)return n.value=t.defaultValue,n;let o=t.innerType._zod.run(n,r);return o instanceof Promise?o.then(s=>Hr(s,t)):Hr(o,t)}});function Hr(e,t){return e.value===void 0&&(e.value=t.defaultValue),e}function so(e){return e.checks&&(e.checks=[...e.checks]),e}function io(e,t){return new e(so({type:"string",...$(t)}))}function ao(e,t){return new e(so({type:"number",checks:[],...$(t)}))}function co(e,t){return new e({type:"number",check:"number_format",abort:!1,format:"safeint",...$(t)})}function lo(e,t){return new e({type:"boolean",...$(t)})}function _t(e,t){return new Tr({check:"less_than",...$(t),value:e,inclusive:!0})}function uo(e,t){return new an({check:"greater_than",...$(t),value:e,inclusive:!1})}function $e(e,t){return new an({check:"greater_than",...$(t),value:e,inclusive:!0})}function Oe(e){return uo(0,e)}function G(e){return $e(0,e)}function qe(e,t){return new Fr({check:"min_length",...$(t),minimum:e})}function ln(e,t){return new Br({check:"string_format",format:"regex",...$(t),pattern:e})}var K=y("ZodMiniType",(e,t)=>{if(!e._zod)throw new Error("Uninitialized schema in ZodMiniType.");N.init(e,t),e.def=t,e.type=t.type},{get with(){return this.check},set with(e){Ee(this,"with",e)},parse(e,t){return Ke(this,e,t,{callee:this.parse})},parseAsync(e,t){return rn(this,e,t,{callee:this.parseAsync})},safeParse(e,t){return ge(this,e,t)},safeParseAsync(e,t){return on(this,e,t)},check(...e){let t=this.def;return this.clone({...t,checks:[...t.checks??[],...e.map(n=>typeof n=="function"?{_zod:{check:n,def:{check:"custom"},onattach:[]}}:n)]},{parent:!0})},clone(e,t){return vt(this,e,t)},brand(){return this},register(e,t){return e.add(this,t),this},apply(e,...t){return t.length===0?e(this):e(this,...t)}}),ca=y("ZodMiniString",(e,t)=>{Kr.init(e,t),K.init(e,t)});function w(e){return io(ca,e)}var Ao=y("ZodMiniNumber",(e,t)=>{cn.init(e,t),K.init(e,t)});function v(e){return ao(Ao,e)}var la=y("ZodMiniNumberFormat",(e,t)=>{qr.init(e,t),Ao.init(e,t)});function Je(e){return co(la,e)}var ua=y("ZodMiniBoolean",(e,t)=>{Jr.init(e,t),K.init(e,t)});function Xe(e){return lo(ua,e)}var da=y("ZodMiniArray",(e,t)=>{Xr.init(e,t),K.init(e,t)});function B(e,t){return new da({type:"array",element:e,...$(t)})}var fa=y("ZodMiniObject",(e,t)=>{Yr.init(e,t),K.init(e,t),Er(e,"shape",n=>n._zod.def.shape,!1)});function z(e,t){let n={type:"object",shape:e??{},...$(t)};return new fa(n)}var fo=y("ZodMiniRecord",(e,t)=>{Vr.init(e,t),K.init(e,t)});function Pe(e,t,n){return!t||!t._zod?new fo({type:"record",keyType:w(),valueType:e,...$(t)}):new fo({type:"record",keyType:e,valueType:t,...$(n)})}var Aa=y("ZodMiniEnum",(e,t)=>{eo.init(e,t),K.init(e,t),e.options=[...e._zod.values]});function T(e,t){let n=Array.isArray(e)?Object.fromEntries(e.map(r=>[r,r])):e;return new Aa({type:"enum",entries:n,...$(t)})}var wa=y("ZodMiniLiteral",(e,t)=>{to.init(e,t),K.init(e,t)});function wo(e,t){return new wa({type:"literal",values:Array.isArray(e)?e:[e],...$(t)})}var pa=y("ZodMiniOptional",(e,t)=>{no.init(e,t),K.init(e,t)});function m(e){return new pa({type:"optional",innerType:e})}var ma=y("ZodMiniNullable",(e,t)=>{ro.init(e,t),K.init(e,t)});function Re(e){return new ma({type:"nullable",innerType:e})}var ga=y("ZodMiniDefault",(e,t)=>{oo.init(e,t),K.init(e,t)});function h(e,t){return new ga({type:"default",innerType:e,get defaultValue(){return typeof t=="function"?t():Xt(t)}})}var po={OK:0,FAILED:1,USAGE:2,NOT_FOUND:3,AUTH:4,TIMEOUT:5,SESSION_NOT_FOUND:6,PROMPT_TOO_LARGE:7,CONFIG:8,SANDBOX_VIOLATION:9,FINDINGS:10,UNDECIDED:11,CANCELLED:130},Dt=class extends Error{code;exitCode;hint;constructor(t,n,r,o,s){super(n,s),this.name=new.target.name,this.code=t,this.hint=r,this.exitCode=o}toJSON(){return{code:this.code,message:this.message,hint:this.hint}}};var ve=class extends Dt{constructor(n,r){super("CONFIG_INVALID",`Invalid configuration in ${n}: ${r}`,`Fix ${n} (or delete it to use the defaults).`,po.CONFIG);this.file=n}file};var L=class extends Dt{constructor(t,n="Check permissions of the project's .codex-collab file."){super("STATE",t,n,po.FAILED)}};var C={kind:"neutral"},Te={kind:"lower"},Ye={locale:C,"codex.model":C,"codex.effort":C,"codex.sandbox":{kind:"rank",ranks:{"read-only":0,"workspace-write":1}},"codex.allowSandbox":{kind:"rank",ranks:{"read-only":0,"workspace-write":1,"danger-full-access":2}},"codex.timeoutSeconds":C,"codex.idleTimeoutSeconds":C,"hooks.classify":C,"hooks.autoReview":{kind:"falseIsTighter"},"hooks.stopGate":C,"classify.mediumThreshold":C,"classify.complexThreshold":C,"classify.extraScopeWords":C,"classify.extraRiskWords":C,"review.mode":{kind:"rank",ranks:{off:0,auto:1,always:1}},"review.debounceSeconds":C,"review.minIntervalSeconds":C,"review.maxReviewsPerSession":Te,"review.maxTokensPerSession":Te,"review.minChangedLines":C,"review.ignore":{kind:"union"},"review.maxFindingsInContext":C,"review.stopWaitSeconds":C,"review.promptBudgetBytes":Te,"review.maxCostPerSession":Te,"review.wake":C,"review.wakeRounds":Te,"context.threadBudgetTokens":Te,"context.model":{kind:"userOnly"},"context.prices":{kind:"userOnly"},"context.pricesDate":{kind:"userOnly"}};function Ve(e){return typeof e=="object"&&e!==null&&!Array.isArray(e)}function et(e,t,n=""){let r={...e};for(let[o,s]of Object.entries(t)){let i=`${n}${o}`;Ye[i]?.kind==="union"&&Array.isArray(s)&&Array.isArray(r[o])?r[o]=go(r[o],s):r[o]=Ve(s)&&Ve(r[o])?et(r[o],s,`${i}.`):s}return r}function go(e,t){return[...new Set([...e,...t])]}function ho(e,t=""){return Object.entries(e).flatMap(([n,r])=>{let o=`${t}${n}`;return Ve(r)&&Ye[o]===void 0?ho(r,`${o}.`):[[o,r]]})}function mo(e,t){let n=e;for(let r of t.split("."))n=Ve(n)?n[r]:void 0;return n}function ha(e,t,n){let r=t.split("."),o=e;for(let s of r.slice(0,-1))Ve(o[s])||(o[s]={}),o=o[s];o[r[r.length-1]]=n}function Pa(e,t,n){if(JSON.stringify(t)===JSON.stringify(n))return{value:t};switch(e?.kind){case"neutral":return{value:t};case"lower":return n===void 0||t<=n?{value:t}:void 0;case"falseIsTighter":return t===!1||n===!0?{value:t}:void 0;case"rank":{let r=e.ranks[String(t)],o=n===void 0?0:e.ranks[String(n)];return r!==void 0&&o!==void 0&&r<=o?{value:t}:void 0}case"union":return{value:go(n??[],t)};default:return}}function Po(e,t,n){let r=structuredClone(e),o=[];for(let[s,i]of ho(t)){let a=mo(e,s);if(Ye[s]?.kind!=="union"&&mo(n,s)!==void 0)continue;let u=Pa(Ye[s],i,a);u?ha(r,s,u.value):o.push({key:s,asked:i,kept:a})}return{merged:r,refused:o}}var vo=/^[a-z][a-z_-]{0,23}$/;function Le(){return{codex:{sandbox:"read-only",timeoutSeconds:900,idleTimeoutSeconds:300},hooks:{classify:!0,autoReview:!0,stopGate:!0},classify:{mediumThreshold:3,complexThreshold:7,extraScopeWords:[],extraRiskWords:[]},review:{mode:"auto",debounceSeconds:20,minIntervalSeconds:60,maxReviewsPerSession:20,maxTokensPerSession:2e6,minChangedLines:1,ignore:[],maxFindingsInContext:8,stopWaitSeconds:0,promptBudgetBytes:2e5,wake:!0,wakeRounds:2,maxCostPerSession:5},context:{threadBudgetTokens:15e4,prices:{}}}}function va(){let e=Le(),t=T(["off","auto","always"]),n=v().check(G()),r=z({input:n,cachedInput:n,output:n}),o=z({locale:m(T(["en","zh"])),codex:h(z({model:m(w()),effort:m(w().check(ln(vo,"a reasoning effort level such as low, medium or high"))),sandbox:h(T(["read-only","workspace-write"]),e.codex.sandbox),allowSandbox:m(T(["read-only","workspace-write","danger-full-access"])),timeoutSeconds:h(v().check(Oe()),e.codex.timeoutSeconds),idleTimeoutSeconds:h(v().check(Oe()),e.codex.idleTimeoutSeconds)}),e.codex),hooks:h(z({classify:h(Xe(),e.hooks.classify),autoReview:h(Xe(),e.hooks.autoReview),stopGate:h(Xe(),e.hooks.stopGate)}),e.hooks),classify:h(z({mediumThreshold:h(v(),e.classify.mediumThreshold),complexThreshold:h(v(),e.classify.complexThreshold),extraScopeWords:h(B(w()),e.classify.extraScopeWords),extraRiskWords:h(B(w()),e.classify.extraRiskWords)}),e.classify),review:h(z({mode:h(t,e.review.mode),debounceSeconds:h(v().check(G()),e.review.debounceSeconds),minIntervalSeconds:h(v().check(G()),e.review.minIntervalSeconds),maxReviewsPerSession:h(v().check(G()),e.review.maxReviewsPerSession),maxTokensPerSession:h(v().check(G()),e.review.maxTokensPerSession),minChangedLines:h(v().check(G()),e.review.minChangedLines),ignore:h(B(w()),e.review.ignore),maxFindingsInContext:h(v().check(Oe()),e.review.maxFindingsInContext),stopWaitSeconds:h(v().check(G()),e.review.stopWaitSeconds),promptBudgetBytes:h(v().check(Oe()),e.review.promptBudgetBytes),maxCostPerSession:h(v().check(G()),e.review.maxCostPerSession),wake:h(Xe(),e.review.wake),wakeRounds:h(v().check(Je(),G()),e.review.wakeRounds)}),e.review),context:h(z({threadBudgetTokens:h(v().check(Je(),$e(4e3)),e.context.threadBudgetTokens),model:m(w().check(qe(1))),prices:h(Pe(w().check(qe(1)),r),e.context.prices),pricesDate:m(w().check(qe(1)))}),e.context)});return{ReviewMode:t,Config:o}}var xa;function dn(){return xa??=va()}var xo=".claude/codex-collab.json",fn=".claude/codex-collab.local.json";function ya(e){return(0,q.join)(e,xo)}function ba(e){return(0,q.join)(e,fn)}function _a(e){return e.CLAUDE_CONFIG_DIR?(0,q.resolve)(e.CLAUDE_CONFIG_DIR):(0,q.join)(e.HOME||(0,_o.homedir)(),".claude")}function Da(e){return(0,q.join)(_a(e),"codex-collab.json")}function An(e,t){let n;try{if(t){let s=Ft(e);if(s===null)return;n=s.toString("utf8")}else n=(0,Fe.readFileSync)(e,"utf8")}catch(s){if(s.code==="ENOENT")return;throw new ve(e,s.message)}let r;try{r=JSON.parse(n)}catch(s){throw new ve(e,s.message)}let o=ge(dn().Config,r);if(!o.success){let s=o.error.issues.map(i=>`${i.path.join(".")||"(root)"}: ${i.message}`).join("; ");throw new ve(e,s)}return r}function za(e){if(!(0,Fe.existsSync)((0,q.join)(e,".git")))return!0;let{spawnSync:t}=(0,bo.createRequire)((0,q.join)(e,"noop.js"))("node:child_process"),n=(s,i)=>t("git",i,{cwd:s,encoding:"utf8",timeout:2e3,stdio:["ignore","pipe","ignore"]}),r=n(e,["ls-files","-z","--recurse-submodules","--",`:(icase)${fn}`]);if(r.status!==0||r.stdout!=="")return!0;let o=n((0,q.join)(e,".claude"),["rev-parse","--show-toplevel"]);return o.status!==0||yo(o.stdout.trim())!==yo(e)}function yo(e){try{return(0,Fe.realpathSync)(e)}catch{return(0,q.resolve)(e)}}function ka(e,t=process.env){let n={user:Da(t),project:ya(e),local:ba(e)},r=An(n.user,!1),o=An(n.project,!0),s=An(n.local,!0),i=Object.fromEntries(Object.entries(n).filter(([A])=>({user:r,project:o,local:s})[A]!==void 0));if(r===void 0&&o===void 0&&s===void 0)return{config:Le(),refused:[],files:i,localTracked:!1};let a=s!==void 0&&za(e),u=a?{}:s??{},l=a?et(o??{},s):o??{},c=et(et(Le(),r??{}),u),{merged:d,refused:f}=Po(c,l,u);return{config:Ke(dn().Config,d),refused:f,files:i,localTracked:a}}function Do(e,t=process.env){return ka(e,t).config}function ne(e,t=1/0){let n=e.replace(/\s+/g," ").trim();return n.length>t?`${n.slice(0,t-1)}\u2026`:n}var wn={"must-fix":0,"should-fix":1,nit:2};function zo(e){let t={"must-fix":0,"should-fix":0,nit:0};for(let n of e)t[n.severity]+=1;return t}function pn(e){return e.file===""?"(no file)":e.line_start===null?e.file:e.line_end!==null&&e.line_end!==e.line_start?`${e.file}:${e.line_start}-${e.line_end}`:`${e.file}:${e.line_start}`}var ko=require("node:fs"),Eo=require("node:path");function So(e,t){let n=2166136261,r=16777619;for(let o=0;o<t;o++){let s=e(o);n=Math.imul(n^s,16777619),r=Math.imul(r^s,1540483477)}return(n>>>0).toString(16).padStart(8,"0")+(r>>>0).toString(16).padStart(8,"0")}function $o(e){return So(t=>e.charCodeAt(t),e.length)}function Co(e,t){let n;try{n=(0,ko.readFileSync)((0,Eo.join)(e,t))}catch{return null}return So(r=>n[r],n.length)}function zt(e){return $o(`${e.file}\0${e.title.trim().toLowerCase()}`).slice(0,8)}function mn(e,t){return e.claudeSessionId!==t?!1:t!==void 0||e.origin==="auto"}function Ea(e,t,n){let r=e.contentHashes?.[t.file];return t.file===""||r===void 0?!0:n(t.file)===r}function Io(e,t,n){let r=t.claudeSessionId?e.wake?.[t.claudeSessionId]?.rejected:void 0;return t.findings.filter(o=>!(t.wokenAt&&o.severity==="must-fix")&&!(r&&zt(o)in r)&&Ea(t,o,n))}function Zo(e,t,n,r){let o=[];for(let s of e.reviews){if(s.status!=="done"||s.deliveredAt||!mn(s,t))continue;s.deliveredAt=n.toISOString();let i=Io(e,s,r);i.length>0&&o.push({...s,findings:i})}return o}function Mo(e,t){return e.reviews.some(n=>n.status==="done"&&!n.deliveredAt&&mn(n,t))}function Oo(e,t){let n=e.flatMap(i=>i.findings.map(a=>({f:a,id:i.id}))).sort((i,a)=>wn[i.f.severity]-wn[a.f.severity]),r=zo(n.map(({f:i})=>i)),o=[...new Set(e.flatMap(i=>i.files))],s=[`Codex reviewed your recent edits (${o.length} file${o.length===1?"":"s"}): ${r["must-fix"]} must-fix, ${r["should-fix"]} should-fix, ${r.nit} nit.`];for(let{f:i}of n.slice(0,t))s.push(`- [${i.severity}] ${pn(i)} ${ne(i.title,100)} \u2014 ${ne(i.suggested_fix||i.explanation,160)} (id ${zt(i)})`);return n.length>t&&s.push(`\u2026 ${n.length-t} more.`),s.push(`Weigh each finding critically; fix what is right (must-fix first). To reject one, write on a line of its own: codex-collab-reject <id>: <reason>. Details: codex-collab reviews show ${e.map(i=>i.id).join(" ")}`),s.join(`
`)}function Ro(e,t){return e.wake??={},e.wake[t]??={rounds:0,rejected:{}}}function To(e,t,n,r){let o=Ro(e,t);Object.assign(o,{rounds:0,userPromptAt:n.toISOString(),locale:r}),delete o.stoppedAt,delete o.stopReason,delete o.open}var Lo="[codex-collab automatic review";var b=require("node:fs"),hn=require("node:os"),Ne=require("node:path");var Pn=5e3,Sa=3e4,$a=5e3,Ca=1e4,Ia=50,Fo=4096,tt=new Map,No;function kt(e){e<=0||(No??=new Int32Array(new SharedArrayBuffer(4)),Atomics.wait(No,0,0,e))}function Za(e,t={}){let n=(0,Ne.resolve)(e);if(tt.has(n))throw new L(`This process already holds the lock ${n}.`,"This is a bug in codex-collab (a nested lock); please report it.");let r=t.timeoutMs??Pn,o=t.staleMs??Sa,s=Date.now()+r,i=1;for(;;){let a=jo(n,o,!1);if(a!==null)return Ma(n,a);let u=s-Date.now();if(u<=0)throw Ba(n,r);let l=Math.min(u,i*(.5+Math.random())),c=Date.now();kt(l),t.onSleep?.(l,Date.now()-c),i=Math.min(i*2,Ia)}}function Bo(e,t,n={}){let r=Za(e,n);try{return t()}finally{r()}}function Ma(e,t){tt.set(e,t);let n=!1;return()=>{n||(n=!0,tt.get(e)===t&&tt.delete(e),Qo(e,t))}}function jo(e,t,n){let r=gn(e);if(r!==null)return r;let o=nt(e);if(o===null)return gn(e);if(!La(e,o,t))return null;if(n)Na(e,o);else{let s=`${e}.takeover`,i=jo(s,Ca,!0);if(i===null)return null;try{Uo(nt(e),o)&&(o.notFile?ue(e):Et(e))}finally{Qo(s,i)}}return gn(e)}function gn(e){let t={pid:process.pid,host:(0,hn.hostname)(),token:`${process.pid}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`,at:new Date().toISOString()},n;try{n=Oa(e)}catch(r){if(xe(r)==="EEXIST")return null;throw new L(`Cannot create the lock file ${e}: ${r.message}`,`Check that ${(0,Ne.dirname)(e)} exists and is writable.`)}try{(0,b.writeSync)(n,JSON.stringify(t))}catch(r){throw(0,b.closeSync)(n),Et(e),new L(`Cannot write the lock file ${e}: ${r.message}`,`Check free space and permissions of ${(0,Ne.dirname)(e)}.`)}return(0,b.closeSync)(n),t.token}function Oa(e){try{return R(e,"exclusive")}catch(t){if(xe(t)!=="ENOENT")throw t;return(0,b.mkdirSync)((0,Ne.dirname)(e),{recursive:!0,mode:448}),R(e,"exclusive")}}function nt(e){let t;try{t=(0,b.openSync)(e,b.constants.O_RDONLY|(b.constants.O_NOFOLLOW??0)|(b.constants.O_NONBLOCK??0))}catch(n){if(xe(n)==="ENOENT")return null;if(xe(n)==="ELOOP"||xe(n)==="ENXIO")return Ra(e);throw new L(`Cannot read the lock file ${e}: ${n.message}`,`Check the permissions of ${e}.`)}try{let n=(0,b.fstatSync)(t);if(!n.isFile())return{holder:null,raw:"",ino:n.ino,mtimeMs:0,notFile:!0};let r=Buffer.alloc(Fo),o=r.subarray(0,(0,b.readSync)(t,r,0,Fo,0)).toString("utf8");return{holder:Ta(o),raw:o,ino:n.ino,mtimeMs:n.mtimeMs}}finally{(0,b.closeSync)(t)}}function Ra(e){try{return{holder:null,raw:"",ino:(0,b.lstatSync)(e).ino,mtimeMs:0}}catch{return null}}function Ta(e){try{let t=JSON.parse(e);if(t&&Number.isInteger(t.pid)&&t.pid>0&&typeof t.token=="string"&&typeof t.host=="string")return{pid:t.pid,host:t.host,token:t.token,at:typeof t.at=="string"?t.at:""}}catch{}return null}function La(e,t,n){let r=Date.now()-t.mtimeMs,o=t.holder;if(o===null)return r>Math.min(n,$a);if(o.host===(0,hn.hostname)()){if(o.pid===process.pid)return tt.get(e)!==o.token;if(!vn(o.pid))return!0}return r>n}function vn(e){try{process.kill(e,0)}catch(t){return xe(t)!=="ESRCH"}return!Fa(e)}function Fa(e){if(process.platform!=="linux")return!1;try{let t=(0,b.readFileSync)(`/proc/${e}/stat`,"utf8");return t[t.lastIndexOf(")")+2]==="Z"}catch{return!1}}function Uo(e,t){return e!==null&&e.ino===t.ino&&e.mtimeMs===t.mtimeMs&&e.raw===t.raw}function Na(e,t){let n=`${e}.stale-${process.pid}-${Math.random().toString(36).slice(2)}`;try{(0,b.renameSync)(e,n)}catch(o){if(xe(o)==="ENOENT")return;throw o}let r=nt(n);if(!Uo(r,t))try{(0,b.linkSync)(n,e)}catch{}r?.notFile||Et(n)}function Qo(e,t){let n;try{n=nt(e)}catch{return}n?.holder?.token===t&&Et(e)}function Et(e){try{(0,b.unlinkSync)(e)}catch(t){if(xe(t)!=="ENOENT")throw t}}var rt=class extends L{};function Ba(e,t){let n="";try{let r=nt(e)?.holder;r&&(n=` (held by pid ${r.pid} on ${r.host} since ${r.at})`)}catch{}return new rt(`Timed out after ${t/1e3} s waiting for the lock ${e}${n}.`,`Another codex-collab process is busy; try again. If none is running, delete ${e}.`)}function xe(e){return e?.code}var ja=5e3;function Wo(e,t){return e?t.getTime()-Date.parse(e.heartbeatAt)<3*ja&&vn(e.pid):!1}var M=require("node:fs"),st=require("node:path");var Ho=require("node:fs"),ye=require("node:path");function Be(e=process.cwd()){let t=(0,ye.resolve)(e),n=t;for(;;){if((0,Ho.existsSync)((0,ye.join)(n,".git")))return n;let r=(0,ye.dirname)(n);if(r===n)return t;n=r}}var ot=".codex-collab";function Go(e){return(0,ye.join)(e,ot)}function I(e){return(0,ye.join)(e,".codex-collab.d")}var j=require("node:fs"),Yo=require("node:module"),re=require("node:path");var St=`${ot}.d`,Ko=".committed-";function qo(e){let{spawnSync:t}=(0,Yo.createRequire)((0,re.join)(e,"noop.js"))("node:child_process"),n=t("git",["ls-files","-z","-c","-m","-t","--",ot,St],{cwd:e,encoding:"utf8",timeout:2e3,stdio:["ignore","pipe","ignore"]});if(n.status!==0||typeof n.stdout!="string")return null;let r=new Set,o=new Set;for(let i of n.stdout.split("\0"))i.length<3||(i[0]==="C"?o:r).add(i.slice(2));let s=[...r].filter(i=>!o.has(i));return{state:s.includes(ot),dirFiles:s.filter(i=>i.startsWith(`${St}/`)),tracked:[...r].sort()}}function Jo(e){return e!==null&&(e.state||e.dirFiles.length>0)}function Xo(e){try{return(0,j.statSync)(e).mtimeMs}catch{return}}function xn(e){return(0,re.join)(I(e),"git-checked")}function Ua(e,t){let n=(0,re.join)(e,".git");if(!(0,j.existsSync)(n))return!1;let r=o=>{if(!(0,j.lstatSync)(n).isDirectory())return!1;let s=Xo((0,re.join)(n,"index")),i=Xo(o);return i!==void 0&&(s===void 0||i>s)};return t.text!==null?t.text!==t.copy||!r(t.copyPath):(0,j.existsSync)((0,re.join)(e,St))?!(Vo((0,re.join)(e,St))&&Qa(xn(e))&&r(xn(e))):!1}function Vo(e){try{return(0,j.lstatSync)(e).isDirectory()}catch{return!1}}function Qa(e){try{return(0,j.lstatSync)(e).isFile()}catch{return!1}}function yn(e){es(xn(e))}function es(e){try{let t=R(e,"append");try{let n=new Date;(0,j.futimesSync)(t,n,n)}finally{(0,j.closeSync)(t)}}catch{}}function ts(e){let t;return{suspect(){if(t!==void 0)return t;t=!1;let n=null;try{n=ke(e.statePath,e.maxBytes)}catch{}let r=e.readCopy(e.copyPath);return Ua(e.root,{text:n,copy:r,copyPath:e.copyPath})?(t=Jo(qo(e.root)),!t&&n!==null&&n===r?es(e.copyPath):!t&&n===null&&Vo(I(e.root))&&yn(e.root),t):!1},disownLocked(){let n=qo(e.root);if(t=!1,!Jo(n))return;let r="is committed to this repository (git tracks it), and a repository's state is never trusted";if(n.state){let o=e.quarantine(e.statePath,Ko);e.warn(`${e.statePath} ${r}; moved it to ${(0,re.basename)(o)} and started a fresh state (git rm --cached it).`)}if(n.dirFiles.length>0){let o=I(e.root),s=ue(o,Ko);e.warn(`${o} ${r} (${n.dirFiles.join(", ")}); moved it to ${(0,re.basename)(s)} and started afresh (git rm -r --cached it).`)}}}}function it(e){return(0,st.join)(I(e),"edits.jsonl")}function $t(e,t){if(t.length===0)return;let n=it(e),r=t.map(s=>JSON.stringify(s)+`
`).join(""),o=!(0,M.existsSync)(I(e));De(I(e)),o&&yn(e);for(let s=0;s<100;s++){let i=Wa(n);try{if(ze(i,r),Ha(i,n))return}finally{(0,M.closeSync)(i)}}throw new Error(`could not append to ${n}: it was drained 100 times in a row`)}function Wa(e){try{return R(e,"append")}catch(t){if(!(t instanceof D))throw t;return ue(e),R(e,"append")}}function Ha(e,t){try{return(0,M.lstatSync)(t).ino===(0,M.fstatSync)(e).ino}catch{return!1}}function rs(e){let t=[];for(let n of e.split(`
`)){if(!n)continue;let r;try{r=JSON.parse(n)}catch{continue}let o=Ka(r);o&&t.push(o)}return t}var be=e=>typeof e=="string",Ga=new Set(["simple","medium","complex"]);function Ka(e){if(typeof e!="object"||e===null)return null;let t=e;if(t.kind===void 0||t.kind==="edit"){let n=t.kind==="edit"?t.edit:t;return!n||!be(n.path)||!be(n.hash)||!be(n.at)||!be(n.tool)||n.claudeSessionId!==void 0&&!be(n.claudeSessionId)?null:{kind:"edit",edit:{path:n.path,hash:n.hash,at:n.at,tool:n.tool,...n.claudeSessionId!==void 0?{claudeSessionId:n.claudeSessionId}:{}}}}if(t.kind==="classification"){let n=t.value;if(!be(t.key)||!n||!Ga.has(n.level)||typeof n.score!="number"||!Number.isFinite(n.score)||!be(n.at))return null;let r=n.locale==="en"||n.locale==="zh"?{locale:n.locale}:{};return{kind:"classification",key:t.key,value:{level:n.level,score:n.score,at:n.at,...r}}}return t.kind==="stage"&&be(t.session)?{kind:"stage",session:t.session}:null}var os=".draining-";function ss(e){let t=(0,st.basename)(it(e))+os;try{return(0,M.readdirSync)(I(e)).filter(n=>n.startsWith(t)).map(n=>(0,st.join)(I(e),n))}catch{return[]}}function bn(e){try{return ke(e)??""}catch{return""}}function is(e){let t=bn(it(e));return rs([...ss(e).map(bn),t].join(`
`))}function as(e){try{return(0,M.lstatSync)(it(e)).size}catch{return 0}}var ns={simple:0,medium:1,complex:2};function _n(e){if(e>=1&&e<=3)return 4;if(e===5||e===7)return 6}function qa(e,t){return e.pendingEdits.some(n=>n.path===t.path&&n.hash===t.hash)?!1:(e.pendingEdits.push(t),!0)}function Dn(e,t){let n=0;for(let r of t)if(r.kind==="edit")qa(e,r.edit)&&n++;else if(r.kind==="classification"){let o=e.classifications[r.key];(o===void 0||ns[r.value.level]>ns[o.level])&&(e.classifications[r.key]=r.value)}else{let o=e.sessions[r.session];o&&(o.stage=_n(o.stage)??o.stage)}return n}function cs(e){let t=it(e),n=`${t}${os}${process.pid}-${Math.random().toString(36).slice(2)}`,r=ss(e);try{(0,M.renameSync)(t,n),r=[...r,n]}catch{}if(r.length===0)return{entries:[],commit:()=>{},abort:()=>{}};let o=rs(r.map(bn).join(`
`)),s=()=>{for(let i of r)try{(0,M.unlinkSync)(i)}catch{}};return{entries:o,commit:s,abort:()=>{$t(e,o),s()}}}var J=String.raw`[+\- ]?(?:(?:\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(?:[.,]\d{1,9})?Z?|\d\d:\d\d:\d\d(?:[.,]\d{1,9})?)[ \t]+(?:\[?(?:TRACE|DEBUG|INFO|NOTICE|WARN|WARNING|ERROR|FATAL)\]?[ \t]+)?)?[ \t]*(?:(?:>|\*|#|;|\/\/|--)[ \t]?(?![-*#/>;])[ \t]*){0,2}`,VA=new RegExp(`^${J}`);function ls(e){return e.replace(/([a-z0-9])([A-Z])/g,"$1 $2").replace(/([A-Z]+)([A-Z][a-z])/g,"$1 $2").split(/[\s_.\-]+/).filter(t=>t!=="").map(t=>t.toLowerCase())}function us(e){if(/^\d{1,4}$/.test(e))return!0;let t=/^([A-Za-z]+)\d{0,3}$/.exec(e);if(!t)return!1;let n=t[1];if(n===n.toLowerCase()||n===n.toUpperCase()||/^[A-Z][a-z]+$/.test(n))return!0;let r=n.replace(/([a-z])([A-Z])/g,"$1 $2").replace(/([A-Z]+)([A-Z][a-z])/g,"$1 $2").split(" ");return r.length*3<=n.length&&r.every(o=>/^(?:[A-Z]?[a-z]+|[A-Z]+)$/.test(o))}function je(e){return e.split(/[^A-Za-z0-9]+/).every(t=>t===""||us(t))}var Xa=new Set(["password","passwd","passphrase","mnemonic"]),Ya=new Set(["pass","pwd","pw"]),Va=new Set(["secret","token","credential","credentials","creds","apikey","secretkey","accesskey","privatekey","pat"]);var ec=new Set(["cache","idempotency","public","sort","partition","primary","foreign","lookup","dedup","dedupe","encoded","object","map","i18n","translation","row","composite","unique","index","hash","group","route","react"]),tc=new Set(["sdk","api","access","private","secret","signing","encryption","master","account","shared","client","app","license","subscription","auth","session","hmac","jwt","ssh","deploy","admin","root","service"]),nc=new Set(["name","names","type","types","file","files","path","paths","dir","directory","url","uri","urls","endpoint","host","hostname","id","ids","length","len","size","count","min","max","ttl","expiry","expires","expiration","expired","timeout","at","version","arn","ref","header","headers","prefix","suffix","field","fields","env","var","label","placeholder","hint","regex","pattern","policy","rule","rules","required","enabled","disabled","visible","input","error","errors","message","msg","text","title","description","format","provider","source","store","manager","generator","validator","schema","kind","mode","strategy","location","index","idx","param","params","option","options","handler","callback","fn","func","method","class","component","module","reset","changed","updated","created","limit","limits","usage","used","budget","encoding","algorithm","alg","column","status","flag","exists","valid","invalid","strength","icon","button","link","page","view","route","form","dialog","modal","test","tests","spec","mock","fixture","example","sample","template","keys"]);function fs(e){if(e==="_auth"||e==="_authToken")return"secret";let t=ls(e),n=t[t.length-1];if(n===void 0||nc.has(n))return null;if(t.some(r=>Xa.has(r)||/(?:password|passwd|passphrase)$/.test(r))||Ya.has(n)&&!(t.length===1&&n==="pwd")||t.length>1&&t[0]==="pwd")return"password";if(t.some(r=>Va.has(r)||/(?:secret|token|apikey)$/.test(r)))return"secret";for(let r=1;r<t.length;r++)if(t[r]==="key"&&tc.has(t[r-1]))return"secret";return t.some(r=>ec.has(r))?null:n==="key"||n==="auth"||n==="login"?"weak":null}var ow=new RegExp(`^${J}(?:(?:export|set|setx|declare|local|readonly|ENV|ARG)[ \\t]+|-[ \\t]+)?["']?$`);var ce=String.raw`(?<q>['"]?)(?<secret>(?<=')[^'\n]{1,256}(?=')|(?<=")[^"\n]{1,256}(?=")|(?<!['"])[^\s'"][^\s]{0,255})\k<q>`,Ue=e=>{let t=fs(e??"");return t==="password"||t==="secret"};var at=e=>e!==void 0&&e.length>=4&&!/^[a-z]+$/.test(e),As=e=>at(e)&&!je(e),_e=(e,t)=>new RegExp(String.raw`(?<pre>(?<![\w-])(?:${e})\b[^\n]{0,200}?[ \t](?:${t}))${ce}`,"g"),lw=[{needle:/mysql|mariadb/,re:new RegExp(String.raw`(?<pre>(?<![\w-])(?:mysql|mysqldump|mysqladmin|mysqlimport|mysqlsh|mariadb|mariadb-dump)\b[^\n]{0,200}?[ \t]-p)${ce}`,"g")},{needle:/sshpass/,re:_e("sshpass",String.raw`-p[ \t]*`)},{needle:/login/,re:_e(String.raw`(?:docker|podman|buildah|skopeo|helm|oras|nerdctl)(?:[ \t]+registry)?[ \t]+login`,String.raw`(?:-p|--password)(?:[ \t]+|=)`)},{needle:/cqlsh|mongo/,re:_e("cqlsh|mongo|mongosh",String.raw`(?:-p|--password)[ \t]+`)},{needle:/redis-cli/,re:_e("redis-cli",String.raw`-a[ \t]+`)},{needle:/sqlcmd|bcp|osql/,re:_e("sqlcmd|bcp|osql",String.raw`-P[ \t]*`)},{needle:/ldap/,re:_e(String.raw`ldap(?:search|add|modify|delete|whoami|passwd|compare)`,String.raw`-w[ \t]+`)},{needle:/pass/,re:_e("keytool|jarsigner",String.raw`-(?:src|dest)?(?:store|key)pass[ \t]+`)},{needle:/pass:/,re:new RegExp(String.raw`(?<pre>(?<![\w-])-pass(?:in|out)?[ \t]+pass:)${ce}`,"g")},{needle:/zip|7z/,re:_e(String.raw`zip|unzip|7z|7za`,String.raw`-P[ \t]*|-p(?=\S)`)},{needle:/smbclient|-U/,re:new RegExp(String.raw`(?<pre>(?<![\w-])smbclient\b[^\n]{0,200}?[ \t]-U[ \t]*['"]?[^\s%'"]{1,64}%)(?<secret>[^\s'"]{1,256})`,"g")},{needle:/\/user:/i,re:new RegExp(String.raw`(?<pre>(?<![\w-])net[ \t]+use\b[^\n]{0,200}?/user:\S{1,128}[ \t]+)${ce}`,"gi")},{needle:/htpasswd/,re:new RegExp(String.raw`(?<pre>(?<![\w-])htpasswd[ \t]+-[a-zA-Z]*b[a-zA-Z]*[ \t]+\S{1,256}[ \t]+\S{1,128}[ \t]+)${ce}`,"g")},{needle:/rabbitmqctl/,re:new RegExp(String.raw`(?<pre>(?<![\w-])rabbitmqctl[ \t]+(?:add_user|change_password)[ \t]+\S{1,128}[ \t]+)${ce}`,"g")},{needle:/--from-literal|--set/,re:new RegExp(String.raw`(?<pre>(?:--from-literal=|--set(?:-string)?[ \t]+)(?<name>[\w.-]{1,128})=)${ce}`,"g"),accept:e=>Ue(e.name?.split(".").pop())&&at(e.secret)},{needle:/\bset\b/,re:new RegExp(String.raw`(?<pre>(?<![\w-])set[ \t]+(?<name>[A-Za-z_][\w.-]{0,127})[ \t]+)${ce}`,"g"),accept:e=>Ue(e.name)&&at(e.secret)},{needle:/:/,re:new RegExp(String.raw`(?<pre>(?:^${J}|(?<=["'\x60]))[A-Za-z0-9.*_\[\]-]{1,253}:(?:\d{1,5}|\*):[^\s:"'\x60]{1,128}:[^\s:"'\x60]{1,128}:)(?<secret>(?:[^\s:\\"'\x60]|\\.){1,256})(?=[ \t]*$|["'\x60])`,"gm")},{needle:/ENV|ARG/,re:new RegExp(String.raw`(?<pre>^${J}(?:ENV|ARG)[ \t]+(?<name>[A-Za-z_]\w{0,127})[ \t]+)(?<secret>[^\s=\\][^\n\\]{0,255}?)[ \t]*\\?[ \t]*$`,"gm"),accept:e=>Ue(e.name)&&at(e.secret)},{needle:/value=/,re:new RegExp(String.raw`(?<pre>key=(?<kq>["'])(?<name>[^"'\n]{1,64})\k<kq>[ \t]+value=(?<q>["']))(?<secret>[^"'\n]{1,512})\k<q>`,"g"),accept:e=>Ue(e.name)&&at(e.secret)},{needle:/,/,re:new RegExp(String.raw`(?<pre>(?<nq>["'])(?<name>[A-Za-z_][\w.-]{0,63})\k<nq>[ \t]*,[ \t]*(?<q>["']))(?<secret>[^\s"'\n]{4,512})\k<q>`,"g"),accept:e=>Ue(e.name)&&As(e.secret)},{needle:/set|with|use/,re:new RegExp(String.raw`(?<pre>(?<![\w$])(?:set|with|use)(?<name>[A-Z]\w{0,63})[ \t]*\([ \t]*(?<q>["']))(?<secret>[^"'\n]{1,512})\k<q>[ \t]*\)`,"g"),accept:e=>Ue(e.name)&&As(e.secret)},{needle:/SecureString/i,re:new RegExp(String.raw`(?<pre>ConvertTo-SecureString[ \t]+(?:-String[ \t]+)?)${ce}`,"gi")},{needle:/hmac/i,re:new RegExp(String.raw`(?<pre>(?:hmac\.new|hmac\.HMAC|HMAC\.new|createHmac\([ \t]*["'][\w-]{1,16}["'][ \t]*,)[ \t]*\(?[ \t]*b?(?<q>["']))(?<secret>[^"'\n]{8,512})\k<q>`,"gi")}];var hw=64*1024;var Pw=new RegExp(String.raw`^${J}(?:[A-Za-z0-9+/=]+|(?:Proc-Type|DEK-Info|Comment|Version|Hash):.*)?[ \t]*\r?$`);var Sw=new RegExp(String.raw`[ \t]*(?:\+[ \t]*)?(?:\\[ \t]*)?(?:\r?\n${J}(?:\+[ \t]*)?)?`,"y"),$w=new RegExp(String.raw`[ \t]*,[ \t]*(?:\r?\n${J})?`,"y");var k=require("node:fs"),Y=require("node:path");var ms=require("node:fs");function gs(e,t){let n=t.timeoutMs??Pn,{deadline:r}=t,o={requests:0,waitMs:0,sleptMs:0,queuedMs:0,pastDeadlineMs:0},s=0,i=(u,l)=>{o.sleptMs+=u,s+=Math.max(0,l-u)};return{run:u=>{o.requests++;let l=Date.now(),c=s,d=r===void 0?null:ps(),f=!1,A=()=>{let g=Date.now();if(o.waitMs+=g-l,r===void 0)return;let x=ps(),_=d!==null&&x!==null?x-d:s-c;o.queuedMs+=_,o.pastDeadlineMs=Math.max(o.pastDeadlineMs,Math.round(g-Math.max(l,r)-_))},p=r===void 0?n:Math.max(0,Math.min(n,r-Date.now()));try{return Bo(e,()=>(f=!0,A(),u()),{timeoutMs:p,onSleep:i})}finally{f||A()}},stats:o}}function ps(){try{let e=(0,ms.readFileSync)("/proc/thread-self/schedstat","latin1").split(" "),t=Number(e[1]);return Number.isFinite(t)?t/1e6:null}catch{return null}}var ct=1,X={sessions:60,historyPerSession:30,reviews:60,pendingEdits:500,classifications:200,wakeLoops:200};function rc(){let e=z({input_tokens:h(v(),0),cached_input_tokens:h(v(),0),output_tokens:h(v(),0),reasoning_output_tokens:h(v(),0)}),t=v().check(Je(),$e(0),_t(7)),n=z({at:w(),kind:w(),title:w(),outcome:T(["ok","failed","timeout","cancelled"]),stage:m(t),tokens:m(v()),threadId:m(w()),usage:m(e),model:m(w()),costUsd:m(v()),promptBytes:m(v()),answerBytes:m(v())}),r=z({threadId:Re(w()),bytes:h(v(),0),tokens:h(v(),0),turns:h(v(),0),startedAt:w(),endedAt:m(w()),endReason:m(w()),handoffFrom:m(w())}),o=z({at:w(),kind:w(),stage:m(t),text:w()}),s=z({name:w(),threadId:Re(w()),claudeSessionId:m(w()),task:m(w()),cwd:m(w()),createdAt:w(),updatedAt:w(),turns:h(v(),0),usage:e,stage:h(t,0),history:h(B(n),[]),costUsd:m(v()),thread:m(r),chain:m(B(r)),decisions:m(B(o))}),i=T(["must-fix","should-fix","nit"]),a=z({severity:i,file:w(),line_start:Re(v()),line_end:Re(v()),title:w(),explanation:w(),suggested_fix:w(),confidence:v()}),u=z({path:w(),hash:w(),at:w(),tool:w(),claudeSessionId:m(w()),attempts:m(v()),retryAt:m(w()),lastError:m(w())}),l=z({id:w(),sessionName:w(),claudeSessionId:m(w()),diffHash:w(),files:B(w()),status:T(["running","done","failed","skipped"]),startedAt:w(),finishedAt:m(w()),verdict:m(w()),summary:m(w()),note:m(w()),answer:m(T(["structured","prose"])),origin:m(T(["auto","manual"])),contentHashes:m(Pe(w(),w())),findings:h(B(a),[]),usage:m(e),error:m(w()),skipReason:m(w()),deliveredAt:m(w()),stopBlockedAt:m(w()),tree:m(w()),threadId:m(w()),base:m(w()),since:m(w()),promptBytes:m(v()),sentFiles:m(v()),wokenAt:m(w())}),c=z({rounds:h(v(),0),userPromptAt:m(w()),locale:m(T(["en","zh"])),waiter:m(z({pid:v(),since:w()})),rejected:h(Pe(w(),w()),{}),stoppedAt:m(w()),stopReason:m(w()),open:m(B(w()))}),d=z({level:T(["simple","medium","complex"]),score:v(),at:w(),locale:m(T(["en","zh"]))}),f=z({pid:v(),startedAt:w(),heartbeatAt:w()}),A=z({version:wo(ct),sessions:h(Pe(w(),s),{}),pendingEdits:h(B(u),[]),reviews:h(B(l),[]),classifications:h(Pe(w(),d),{}),worker:h(Re(f),null),wake:m(Pe(w(),c))});return{Usage:e,Stage:t,HistoryEntry:n,ThreadSize:r,Decision:o,Session:s,Severity:i,Finding:a,PendingEdit:u,ReviewRecord:l,WakeLoop:c,Classification:d,WorkerInfo:f,StateFile:A}}var oc;function Ct(){return oc??=rc()}function Qe(){return{version:ct,sessions:{},pendingEdits:[],reviews:[],classifications:{},worker:null}}var It=class extends L{constructor(t,n){super(`${t} was written by a newer codex-collab (state version ${n}; this one understands ${ct}).`,"Upgrade codex-collab (every copy used in this project) to the latest version.")}};function sc(e){return`${e}.lock`}function ic(e){return(0,Y.join)(I(e),"state.validated.json")}function Ps(e,t={}){let n=Go(e),r=sc(n),o=t.onWarning??(A=>console.error(`codex-collab: ${A}`)),s=gs(r,{timeoutMs:t.lockTimeoutMs,deadline:t.deadline}),i=s.run,a=t.syncDirectory??!0,u=ic(e),l=()=>cc(n,u),c=()=>{let A=l();if(A.ok)return A.state??Qe();let p=hs(n);return o(`${n} was unusable (${A.reason}); moved it to ${(0,Y.basename)(p)} and started a fresh state.`),Qe()},d=()=>{let A=l();if(A.ok)return A.state??Qe();try{return i(c)}catch(p){if(p instanceof It)throw p;return o(`${n} was unusable (${A.reason}) and could not be moved aside (${ne(p.message)}); using an empty state.`),Qe()}},f=ts({root:e,statePath:n,copyPath:u,maxBytes:kn,readCopy:vs,quarantine:hs,warn:o});return{path:n,get lockWait(){let{requests:A,waitMs:p,sleptMs:g,queuedMs:x,pastDeadlineMs:_}=s.stats;return{requests:A,waitMs:Math.round(p),sleptMs:Math.round(g),queuedMs:Math.round(x),pastDeadlineMs:_}},withLock:i,read(){if(f.suspect())try{i(f.disownLocked)}catch(g){return o(`${n} or ${I(e)} is committed to this repository and could not be moved aside (${ne(g.message)}); using an empty state.`),Qe()}let A=is(e),p=d();return Dn(p,A),p},update(A){return i(()=>{f.suspect()&&f.disownLocked();let p=cs(e);try{let g=c();Dn(g,p.entries);let x=uc(g),_=A(g);if(_ instanceof Promise)throw new L("store.update() was given an async function.","This is a bug in codex-collab; please report it.");ac(g);let S=dc(g,x);if(!S.success)throw new L(`Refusing to write an invalid state to ${n}: ${Ds(S.issues)}`,"This is a bug in codex-collab; please report it.");bs(n);let F=JSON.stringify(S.state);return _s(n,F,a),lc(u,F,o),p.commit(),_}catch(g){throw p.abort(),g}})}}}function ac(e){let t=Object.values(e.sessions);if(t.length>X.sessions){let o=lt(t,X.sessions,s=>s.updatedAt);e.sessions=Object.fromEntries(o.map(s=>[s.name,s]))}for(let o of Object.values(e.sessions))o.history.length>X.historyPerSession&&(o.history=o.history.slice(-X.historyPerSession));e.reviews=lt(e.reviews,X.reviews,o=>o.startedAt),e.pendingEdits=lt(e.pendingEdits,X.pendingEdits,o=>o.at);let n=Object.entries(e.classifications);n.length>X.classifications&&(e.classifications=Object.fromEntries(lt(n,X.classifications,([,o])=>o.at)));let r=Object.entries(e.wake??{});r.length>X.wakeLoops&&(e.wake=Object.fromEntries(lt(r,X.wakeLoops,([,o])=>o.userPromptAt??o.waiter?.since??"")))}function lt(e,t,n){if(e.length<=t)return e;let r=e.map((s,i)=>({k:n(s),i}));r.sort((s,i)=>s.k<i.k?1:s.k>i.k?-1:i.i-s.i);let o=new Set(r.slice(0,t).map(s=>s.i));return e.filter((s,i)=>o.has(i))}var kn=8*1024*1024;function cc(e,t){let n;try{n=ke(e,kn)}catch(i){return{ok:!1,reason:i instanceof D?`${i.why}, never read or written through`:ne(i.message)}}if(n===null)return{ok:!0,state:null};let r;try{r=JSON.parse(n)}catch(i){return{ok:!1,reason:`not valid JSON: ${ne(i.message)}`}}let o=typeof r=="object"&&r!==null?r.version:void 0;if(typeof o=="number"&&o>ct)throw new It(e,o);if(n===vs(t))return{ok:!0,state:r};let s=ge(Ct().StateFile,r);return s.success?{ok:!0,state:s.data}:{ok:!1,reason:`invalid content: ${Ds(s.error.issues)}`}}function vs(e){try{return((0,k.lstatSync)(e).mode&63)!==0?void 0:ke(e,kn)??void 0}catch{return}}function lc(e,t,n){try{De((0,Y.dirname)(e),n),bs(e),_s(e,t,!1)}catch{}}function xs(){return Object.keys(Ct().StateFile.shape)}function uc(e){return new Map(xs().map(t=>[t,JSON.stringify(e[t])]))}function dc(e,t){let n={},r=[];for(let o of xs()){let s=e[o];if(t.get(o)===JSON.stringify(s)){n[o]=s;continue}let i=ge(Ct().StateFile.shape[o],s);i.success?n[o]=i.data:r.push(...i.error.issues.map(a=>({path:[o,...a.path],message:a.message})))}return r.length>0?{success:!1,issues:r}:{success:!0,state:n}}function hs(e,t=".corrupt-"){let n=new Date().toISOString().replace(/:/g,""),r=`${e}${t}${n}`;for(let o=1;(0,k.existsSync)(r);o++)r=`${e}${t}${n}-${o}`;try{(0,k.renameSync)(e,r)}catch(o){throw new L(`Cannot move the unusable ${e} aside: ${o.message}`,`Move or delete ${e} by hand.`)}return r}var ys=".tmp-";function bs(e){let t=(0,Y.basename)(e)+ys,n=(0,Y.dirname)(e),r;try{r=(0,k.readdirSync)(n)}catch{return}for(let o of r)if(o.startsWith(t))try{(0,k.unlinkSync)((0,Y.join)(n,o))}catch{}}function _s(e,t,n){let r=`${e}${ys}${process.pid}-${Math.random().toString(36).slice(2)}`,o;try{o=R(r,"exclusive"),ze(o,t),(0,k.fsyncSync)(o),(0,k.closeSync)(o),o=void 0,fc(r,e)}catch(s){o!==void 0&&(0,k.closeSync)(o);try{(0,k.unlinkSync)(r)}catch{}throw new L(`Cannot write ${e}: ${s.message}`,`Check free space and the permissions of ${(0,Y.dirname)(e)}.`)}n&&Ac((0,Y.dirname)(e))}function fc(e,t){for(let n=0;;n++)try{(0,k.renameSync)(e,t);return}catch(r){let o=r.code;if(!(process.platform==="win32"&&(o==="EPERM"||o==="EBUSY"||o==="EACCES"))||n>=10)throw r;kt(10+n*10)}}function Ac(e){let t;try{t=(0,k.openSync)(e,"r"),(0,k.fsyncSync)(t)}catch{}finally{t!==void 0&&(0,k.closeSync)(t)}}function Ds(e){let t=e.slice(0,3).map(n=>`${n.path.map(String).join(".")||"(root)"}: ${n.message}`);return ne(t.join("; ")+(e.length>3?` (+${e.length-3} more)`:""))}var Ot=require("node:fs"),Ts=require("node:path");var oe=require("node:fs"),Cn=require("node:path");var Zt=require("node:fs");function En(e){try{let t=(0,Zt.readFileSync)(`/proc/${e}/stat`,"latin1");return t.slice(t.lastIndexOf(")")+2).split(" ")}catch{return null}}function zs(){let e;try{e=(0,Zt.readdirSync)("/proc")}catch{return null}let t=[];for(let n of e){if(!/^\d+$/.test(n))continue;let r=En(n);r&&t.push({pid:Number(n),ppid:Number(r[1]),pgid:Number(r[2]),state:r[0]??""})}return t}function wc(){let e=process.getBuiltinModule;return e?.("node:child_process")?.spawnSync}function pc(e,t){let n=wc();if(!n)return null;let r=n("ps",["-o",`${t}=`,"-p",String(e)],{encoding:"utf8"}),o=typeof r.stdout=="string"?r.stdout.trim():"";return r.status===0&&o!==""?o:null}function Sn(e){if(!Number.isInteger(e)||e<=0)return null;if(process.platform==="linux"){let t=En(e);return t?`t${t[19]}`:null}return process.platform==="win32"?null:pc(e,"lstart")}function ks(e,t){if(t===null)return!1;if(process.platform==="linux"){let n=En(e);return n!==null&&n[0]!=="Z"&&`t${n[19]}`===t}return Sn(e)===t}function Es(e){try{return process.kill(-e,0),!0}catch(t){return t.code==="EPERM"}}var Cs=2e3;function Ss(e){return(0,Cn.join)(I(e),"codex-runs")}function mc(e,t){$n(e);let n=R(e,"exclusive");try{ze(n,JSON.stringify(t))}finally{(0,oe.closeSync)(n)}}function gc(e){try{if(!(0,oe.lstatSync)(e).isFile())return null;let t=JSON.parse((0,oe.readFileSync)(e,"utf8"));return!Number.isInteger(t.pgid)||t.pgid<=1||!Number.isInteger(t.ownerPid)?null:{pgid:t.pgid,leaderStart:typeof t.leaderStart=="string"?t.leaderStart:null,ownerPid:t.ownerPid,ownerStart:typeof t.ownerStart=="string"?t.ownerStart:null,startedAt:typeof t.startedAt=="string"?t.startedAt:"",...typeof t.termAt=="number"?{termAt:t.termAt}:{}}}catch{return null}}function $n(e){try{(0,oe.unlinkSync)(e)}catch{}}function hc(e){let t=zs(),n=i=>i.state!=="Z",r=Sn(e.pgid);if(r!==null&&r!==e.leaderStart)return[];if(!(t?t.some(i=>i.pgid===e.pgid&&n(i)):Es(e.pgid)))return[];let s=new Set([e.pgid]);if(t){let i=new Map;for(let c of t)i.set(c.ppid,[...i.get(c.ppid)??[],c.pid]);let a=new Map(t.map(c=>[c.pid,c])),u=t.filter(c=>c.pgid===e.pgid).map(c=>c.pid),l=new Set(u);for(;u.length>0;)for(let c of i.get(u.shift())??[]){if(l.has(c))continue;l.add(c),u.push(c);let d=a.get(c)?.pgid;d!==void 0&&d>1&&n(a.get(c))&&s.add(d)}}return[...s]}function $s(e,t){for(let n of e)try{process.kill(-n,t)}catch{}}function Is(e,t=Date.now()){if(process.platform==="win32")return 0;let n;try{n=(0,oe.readdirSync)(Ss(e))}catch{return 0}let r=0;for(let o of n){if(!/^\d+\.json$/.test(o))continue;let s=(0,Cn.join)(Ss(e),o),i=gc(s);if(i===null||i.ownerStart===null||i.leaderStart===null){$n(s);continue}if(ks(i.ownerPid,i.ownerStart))continue;let a=hc(i);if(a.length===0){$n(s);continue}if(r++,i.termAt!==void 0&&t-i.termAt>=Cs){$s(a,"SIGKILL");continue}if($s(a,"SIGTERM"),i.termAt===void 0)try{mc(s,{...i,termAt:t})}catch{}}return r}var zp=Cs+3e3;var Mt=require("node:fs"),Zs=require("node:path");var Pc=512*1024;function Ms(e,t,n=Pc){try{De((0,Zs.dirname)(e));try{(0,Mt.lstatSync)(e).size>=n&&(0,Mt.renameSync)(e,`${e}.1`)}catch{}Lt(e,`${t}
`,r=>`${new Date().toISOString()} ${r}
`)}catch{}}var vc={session_id:"string",transcript_path:"string",cwd:"string",permission_mode:"string"},xc={SessionStart:{source:"string"},UserPromptSubmit:{},PostToolUse:{},Stop:{stop_hook_active:"boolean"}},Os={SessionStart:{},UserPromptSubmit:{prompt:"string"},PostToolUse:{tool_name:"string"},Stop:{}};function yc(e){return typeof e=="string"&&Object.hasOwn(Os,e)}function Rs(e){if(typeof e!="object"||e===null||Array.isArray(e))return null;let t=e,n=t.hook_event_name;if(!yc(n))return null;for(let[r,o]of Object.entries({...vc,...xc[n]}))if(t[r]!==void 0&&typeof t[r]!==o)return null;for(let[r,o]of Object.entries(Os[n]))if(typeof t[r]!==o)return null;return t}var bc=8*1024*1024;function _c(){let e=[],t=0,n=Buffer.alloc(65536);for(;;){let r;try{r=(0,Ot.readSync)(0,n,0,n.length,null)}catch(o){let s=o.code;if(s==="EAGAIN"){Ls();continue}if(s==="EOF")break;throw o}if(r===0||(t+=r,e.push(Buffer.from(n.subarray(0,r))),t>bc))break}return Buffer.concat(e).toString("utf8")}function W(e,t){Ms((0,Ts.join)(I(e),"hooks.log"),`${new Date().toISOString()} ${t}`)}function Ls(){Atomics.wait(new Int32Array(new SharedArrayBuffer(4)),0,0,5)}function Dc(e){if(!e)return;let t=Buffer.from(JSON.stringify(e),"utf8");for(let n=0;n<t.length;)try{n+=(0,Ot.writeSync)(1,t,n,t.length-n)}catch(r){if(r.code!=="EAGAIN")throw r;Ls()}}function zc(e){try{Is(e)}catch(t){W(e,`ending orphaned codex runs: ${t?.message??String(t)}`)}}var Fs=2e3;function Ns(e,t){let n=Date.now(),r=process.env,o=r.CLAUDE_PROJECT_DIR||process.cwd(),s;try{try{if(r.CODEX_COLLAB_DISABLE==="1")return;let i=_c(),a;try{a=JSON.parse(i)}catch{W(Be(o),`${e}: stdin was not JSON (${i.length} bytes); ignored`);return}let u=Rs(a);if(u===null||u.hook_event_name!==e){W(Be(o),`${e}: unexpected input shape; ignored`);return}o=Be(r.CLAUDE_PROJECT_DIR||u.cwd||process.cwd()),s=t({started:n,input:u,root:o,env:r})}catch(i){W(Be(o),`${e}: internal error: ${i?.stack??String(i)}`),s={systemMessage:`codex-collab: ${e} hook skipped (internal error; see .codex-collab.d/hooks.log)`}}try{Dc(s)}catch(i){W(Be(o),`${e}: could not write the output: ${i?.message??String(i)}`)}zc(o)}finally{process.exitCode=0}}var kc="#nocodex";function Ec(e){try{return{config:Do(e)}}catch(t){W(e,`config: ${t.message}`);let n=t instanceof ve?t.file.replace(`${e}/`,""):".claude/codex-collab.json";return{config:Le(),warning:`codex-collab: ${n} is invalid; using defaults (run codex-collab doctor)`}}}function Sc(e){return e.input.session_id||e.env.CLAUDE_CODE_SESSION_ID||void 0}function $c(e){return t=>Co(e,t)}function Cc(e,t,n){let r=t.filter(s=>!!s).join(`

`),o={};return r&&(o.hookSpecificOutput={hookEventName:e,additionalContext:r}),n&&(o.systemMessage=n),r||n?o:null}function Ic(e,t){return Ps(e,{onWarning:n=>W(e,n),syncDirectory:!1,deadline:t})}function Zc(e,t=Fs){return(e.started??Date.now())+t}function Mc(e,t,n,r,o,s){let i=s,a=!1;try{i=r()}catch(f){if(!(f instanceof rt))throw f;o(),a=!0}let{waitMs:u,sleptMs:l,queuedMs:c,pastDeadlineMs:d}=n.lockWait;return(u>0||a)&&W(e,`${t}: waited ${u} ms for the state lock (slept ${l} ms between attempts; past the deadline: ${d} ms; waiting for a CPU meanwhile: ${c} ms)${a?"; busy past the deadline, write journaled":""}`),i}function Oc(e,t){return Promise.resolve().then(()=>ti(require("node:child_process"),1)).then(({spawn:n})=>{let r=n(process.execPath,[e,"review-worker","--project",t],{cwd:t,detached:!0,stdio:"ignore",env:{...process.env,NODE_EXTRA_CA_CERTS:void 0}});r.on("error",o=>W(t,`worker spawn failed: ${o.message}`)),r.unref()}).catch(n=>W(t,`worker spawn failed: ${n?.message??String(n)}`))}var Bs={simple:0,medium:1,complex:2},Rc=32*1024;function js(e,t){return e===void 0||Bs[t]>Bs[e.level]}function Tc(e,t){return t.CLAUDE_PLUGIN_ROOT?e.replace(/(^|[^\w:/-])\/codex-(?!collab:)/g,"$1/codex-collab:codex-"):e}function Us(e,t){let{prompt:n}=e.input;if(n.includes(kc)||n.includes(Lo))return null;let{config:r,warning:o}=Ec(e.root),s=t.now?.()??new Date,i=Sc(e),a=i??"default",u=Ic(e.root,Zc(e)),l=u.read(),c=l.classifications[a],d,f=r.hooks.classify&&!n.trimStart().startsWith("/")?fr(n,r.classify):void 0,A=f!==void 0&&js(c,f.level),p=f?.level==="simple"&&c!==void 0&&c.level!=="simple";f&&!p&&(d=Tc(mr(f,r.locale??Qt(n)),e.env));let g=r.hooks.autoReview&&l.pendingEdits.length>0&&!Wo(l.worker,s),x=[],_=i?l.wake?.[i]:void 0,S=_!==void 0&&(_.waiter!==void 0||_.rounds>0||_.stoppedAt!==void 0),F=Qt(n),O=f&&{level:f.level,score:f.score,at:s.toISOString(),locale:F},le=Mo(l,i),ut=u.lockWait.requests===0&&as(e.root)<Rc;A&&!le&&!S&&O&&ut?$t(e.root,[{kind:"classification",key:a,value:O}]):(A||S||le)&&(x=Mc(e.root,"UserPromptSubmit",u,()=>u.update(V=>(O&&js(V.classifications[a],O.level)&&(V.classifications[a]=O),i&&V.wake?.[i]&&To(V,i,s,F),Zo(V,i,s,$c(e.root)))),()=>O&&A&&$t(e.root,[{kind:"classification",key:a,value:O}]),[])),g&&Oc(t.cliPath,e.root),f&&W(e.root,`classified: ${Ar(f)}`);let Ce=x.length>0?Oo(x,r.review.maxFindingsInContext):void 0;return Cc("UserPromptSubmit",[d,Ce],o)}Ns("UserPromptSubmit",e=>Us(e,{cliPath:(0,Qs.join)(__dirname,"..","cli.js")}));
