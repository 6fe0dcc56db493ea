import { createRequire as __ccRequire } from 'node:module'; const require = __ccRequire(import.meta.url);
import {
  compileList,
  findAll,
  hydrateMatcher,
  isCjk,
  isDigits,
  isWordChar,
  makeDoc
} from "./chunk-PMPVJOG7.js";
import {
  parseVerbArgs,
  print,
  readAll
} from "./chunk-3YF2N4CT.js";
import {
  loadConfig
} from "./chunk-Y6OAWYK6.js";
import "./chunk-2457UOSZ.js";
import {
  findProjectRoot
} from "./chunk-O2EGVUQG.js";
import {
  UsageError
} from "./chunk-UMH65Y2S.js";
import "./chunk-X4VVDXC3.js";

// src/cli/classify.ts
import { createInterface } from "node:readline";

// src/classify/precompiled.generated.ts
var PRECOMPILED = `{"scope":{"words":[],"wordStems":["refactor","architect","rearchitect","migrat","redesign","rewrit","overhaul","restructur","monolith","microservice","shard","replatform","decoupl","modularis","modulariz","rework","reimplement"],"exact":[["re",[0,1,2]],["micro",[3]]],"stems":[["u",[["upgrad",4]]],["m",[["mov",4]]],["s",[["switch",4]]],["p",[["port",4]]],["g",[["go",4]]]],"numeric":[],"entries":[{"parts":[{"alts":[[{"word":"re","stem":false}]]},{"alts":[[{"word":"architect","stem":true}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"re","stem":false}]]},{"alts":[[{"word":"platform","stem":true}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"re","stem":false}]]},{"alts":[[{"word":"implement","stem":true}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"micro","stem":false}]]},{"alts":[[{"word":"service","stem":true}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"upgrad","stem":true}],[{"word":"mov","stem":true}],[{"word":"switch","stem":true}],[{"word":"port","stem":true}],[{"word":"go","stem":true}]]},{"gap":8},{"alts":[[{"word":"from","stem":false}]]},{"gap":4},{"alts":[[{"word":"to","stem":false}]]}],"anchored":false}],"zh":["\u91CD\u6784","\u67B6\u6784","\u8FC1\u79FB","\u8FC1\u5230","\u8FC1\u81F3","\u91CD\u65B0\u8BBE\u8BA1","\u91CD\u5199","\u91CD\u505A","\u6539\u9020","\u89E3\u8026","\u62C6\u5206","\u5355\u4F53","\u5FAE\u670D\u52A1","\u5206\u5E93\u5206\u8868","\u5206\u7247","\u6A21\u5757\u5316"],"zhStart":[],"regexps":[["\u4ECE[^\uFF0C\u3002,\\\\n]{1,30}(?:\u5347\u7EA7\u5230|\u5347\u5230|\u6362\u5230|\u5207\u5230|\u5207\u6362\u5230|\u8F6C\u5230|\u8F6C\u6210|\u6362\u6210)","g"]],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"shift":{"words":[],"wordStems":[],"exact":[["replaced",[0]]],"stems":[["r",[["replac",1]]],["s",[["switch",2],["split",3],["split",4]]],["p",[["port",5]]],["c",[["convert",6]]],["u",[["upgrad",7]]],["e",[["extract",8]]]],"numeric":[],"entries":[{"parts":[{"alts":[[{"word":"replaced","stem":false}]]},{"alts":[[{"word":"by","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"replac","stem":true}]]},{"gap":6},{"alts":[[{"word":"with","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"switch","stem":true}]]},{"gap":4},{"alts":[[{"word":"to","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"split","stem":true}]]},{"gap":8},{"alts":[[{"word":"into","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"split","stem":true}]]},{"gap":4},{"alts":[[{"word":"out","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"port","stem":true}]]},{"gap":3},{"alts":[[{"word":"to","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"convert","stem":true}]]},{"gap":5},{"alts":[[{"word":"to","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"upgrad","stem":true}]]},{"gap":4},{"alts":[[{"word":"to","stem":false}]]},{"alts":[[{"num":"major"}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"extract","stem":true}]]},{"gap":8},{"alts":[[{"word":"into","stem":false}]]}],"anchored":false}],"zh":["\u66FF\u6362","\u6362\u6210","\u6362\u6389","\u8FC1","\u62C6\u51FA","\u62C6\u6210","\u62BD\u6210","\u62BD\u51FA","\u62BD\u79BB","\u5347\u5230","\u6539\u5199\u6210"],"zhStart":[],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"cross":{"words":["whole","entire","across","everywhere","codebase","monorepo","globally","throughout"],"wordStems":[],"exact":[["code",[0]],["codebase",[1]],["project",[2]],["app",[3]],["system",[4]],["every",[5]],["all",[6]]],"stems":[],"numeric":[],"entries":[{"parts":[{"alts":[[{"word":"code","stem":false}]]},{"alts":[[{"word":"base","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"codebase","stem":false}]]},{"alts":[[{"word":"wide","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"project","stem":false}]]},{"alts":[[{"word":"wide","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"app","stem":false}]]},{"alts":[[{"word":"wide","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"system","stem":false}]]},{"alts":[[{"word":"wide","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"every","stem":false}]]},{"gap":2},{"alts":[[{"word":"endpoint","stem":false}],[{"word":"endpoints","stem":false}],[{"word":"service","stem":false}],[{"word":"services","stem":false}],[{"word":"file","stem":false}],[{"word":"files","stem":false}],[{"word":"module","stem":false}],[{"word":"modules","stem":false}],[{"word":"component","stem":false}],[{"word":"components","stem":false}],[{"word":"query","stem":false}],[{"word":"querys","stem":false}],[{"word":"api","stem":false}],[{"word":"apis","stem":false}],[{"word":"route","stem":false}],[{"word":"routes","stem":false}],[{"word":"page","stem":false}],[{"word":"pages","stem":false}],[{"word":"table","stem":false}],[{"word":"tables","stem":false}],[{"word":"package","stem":false}],[{"word":"packages","stem":false}],[{"word":"handler","stem":false}],[{"word":"handlers","stem":false}],[{"word":"controller","stem":false}],[{"word":"controllers","stem":false}],[{"word":"model","stem":false}],[{"word":"models","stem":false}],[{"word":"screen","stem":false}],[{"word":"screens","stem":false}],[{"word":"operation","stem":false}],[{"word":"operations","stem":false}],[{"word":"request","stem":false}],[{"word":"requests","stem":false}],[{"word":"call","stem":false}],[{"word":"calls","stem":false}],[{"word":"caller","stem":false}],[{"word":"callers","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"all","stem":false}]]},{"gap":3},{"alts":[[{"word":"endpoints","stem":false}],[{"word":"services","stem":false}],[{"word":"files","stem":false}],[{"word":"modules","stem":false}],[{"word":"components","stem":false}],[{"word":"queries","stem":false}],[{"word":"apis","stem":false}],[{"word":"routes","stem":false}],[{"word":"pages","stem":false}],[{"word":"tables","stem":false}],[{"word":"packages","stem":false}],[{"word":"repos","stem":false}],[{"word":"handlers","stem":false}],[{"word":"controllers","stem":false}],[{"word":"models","stem":false}],[{"word":"screens","stem":false}],[{"word":"callers","stem":false}],[{"word":"usages","stem":false}],[{"word":"operations","stem":false}],[{"word":"tests","stem":false}],[{"word":"clients","stem":false}],[{"word":"apps","stem":false}]]}],"anchored":false}],"zh":["\u6574\u4E2A","\u5168\u90E8","\u6240\u6709","\u5168\u5C40","\u5168\u7AD9","\u5168\u91CF","\u5404\u4E2A","\u6BCF\u4E2A","\u9010\u4E2A","\u5168\u9879\u76EE","\u5168\u9762","\u7EDF\u4E00"],"zhStart":[],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"featureStrong":{"words":["introduce","develop"],"wordStems":["implement","design","integrat"],"exact":[["build",[0]],["set",[1]]],"stems":[],"numeric":[],"entries":[{"parts":[{"alts":[[{"word":"build","stem":false}]]},{"alts":[[{"word":"a","stem":false}],[{"word":"an","stem":false}],[{"word":"the","stem":false}],[{"word":"our","stem":false}],[{"word":"new","stem":false}],[{"word":"out","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"set","stem":false}]]},{"alts":[[{"word":"up","stem":false}]]}],"anchored":false}],"zh":["\u5B9E\u73B0","\u8BBE\u8BA1","\u642D\u5EFA","\u5F00\u53D1","\u96C6\u6210","\u63A5\u5165"],"zhStart":[],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"feature":{"words":["add","adding","write","create","support","i18n","localisation","localization","enable","allow"],"wordStems":["internationalis","internationaliz"],"exact":[],"stems":[],"numeric":[],"entries":[],"zh":["\u65B0\u589E","\u65B0\u5EFA","\u52A0\u4E00\u4E2A","\u52A0\u4E2A","\u505A\u4E00\u4E2A","\u505A\u4E2A","\u652F\u6301","\u589E\u52A0","\u6DFB\u52A0","\u5199\u4E00\u4E2A","\u5199\u4E2A","\u56FD\u9645\u5316","\u591A\u8BED\u8A00"],"zhStart":[],"regexps":[["\u7ED9[^\uFF0C\u3002,\uFF1B;\\\\n]{1,24}?\u52A0","g"]],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"systemNoun":{"words":["system","subsystem","platform","framework","engine","pipeline","infrastructure","scheduler","gateway","protocol","layer"],"wordStems":[],"exact":[["service",[0]],["services",[0]],["module",[0]],["modules",[0]],["sdk",[0]],["sdks",[0]],["queue",[0]],["queues",[0]],["worker",[0]],["workers",[0]]],"stems":[],"numeric":[],"entries":[{"parts":[{"alts":[[{"word":"service","stem":false}],[{"word":"services","stem":false}],[{"word":"module","stem":false}],[{"word":"modules","stem":false}],[{"word":"sdk","stem":false}],[{"word":"sdks","stem":false}],[{"word":"queue","stem":false}],[{"word":"queues","stem":false}],[{"word":"worker","stem":false}],[{"word":"workers","stem":false}]]}],"anchored":false}],"zh":["\u7CFB\u7EDF","\u6A21\u5757","\u5E73\u53F0","\u6846\u67B6","\u5F15\u64CE","\u4E2D\u95F4\u4EF6","\u961F\u5217","\u8C03\u5EA6","\u7F51\u5173","\u534F\u8BAE","\u65B9\u6848"],"zhStart":[],"regexps":[["\u670D\u52A1(?!\u7AEF|\u5668)","g"]],"literals":[],"unlessAfterEn":["existing","current"],"unlessAfterZh":["\u73B0\u6709","\u5DF2\u6709","\u73B0\u5728"]},"artifact":{"words":["cron","middleware","cache","caching","class","classes","validation"],"wordStems":[],"exact":[["endpoint",[0]],["endpoints",[0]],["api",[0]],["apis",[0]],["route",[0]],["routes",[0]],["page",[0]],["pages",[0]],["screen",[0]],["screens",[0]],["component",[0]],["components",[0]],["command",[0]],["commands",[0]],["flag",[0]],["flags",[0]],["option",[0]],["options",[0]],["field",[0]],["fields",[0]],["column",[0]],["columns",[0]],["table",[0]],["tables",[0]],["form",[0]],["forms",[0]],["button",[1]],["buttons",[1]],["toggle",[1]],["toggles",[1]],["script",[1]],["scripts",[1]],["job",[1]],["jobs",[1]],["webhook",[1]],["webhooks",[1]],["handler",[1]],["handlers",[1]],["plugin",[1]],["plugins",[1]],["workflow",[1]],["workflows",[1]],["dialog",[1]],["dialogs",[1]],["modal",[1]],["modals",[1]],["shortcut",[1]],["shortcuts",[1]],["function",[1]],["functions",[1]]],"stems":[],"numeric":[],"entries":[{"parts":[{"alts":[[{"word":"endpoint","stem":false}],[{"word":"endpoints","stem":false}],[{"word":"api","stem":false}],[{"word":"apis","stem":false}],[{"word":"route","stem":false}],[{"word":"routes","stem":false}],[{"word":"page","stem":false}],[{"word":"pages","stem":false}],[{"word":"screen","stem":false}],[{"word":"screens","stem":false}],[{"word":"component","stem":false}],[{"word":"components","stem":false}],[{"word":"command","stem":false}],[{"word":"commands","stem":false}],[{"word":"flag","stem":false}],[{"word":"flags","stem":false}],[{"word":"option","stem":false}],[{"word":"options","stem":false}],[{"word":"field","stem":false}],[{"word":"fields","stem":false}],[{"word":"column","stem":false}],[{"word":"columns","stem":false}],[{"word":"table","stem":false}],[{"word":"tables","stem":false}],[{"word":"form","stem":false}],[{"word":"forms","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"button","stem":false}],[{"word":"buttons","stem":false}],[{"word":"toggle","stem":false}],[{"word":"toggles","stem":false}],[{"word":"script","stem":false}],[{"word":"scripts","stem":false}],[{"word":"job","stem":false}],[{"word":"jobs","stem":false}],[{"word":"webhook","stem":false}],[{"word":"webhooks","stem":false}],[{"word":"handler","stem":false}],[{"word":"handlers","stem":false}],[{"word":"plugin","stem":false}],[{"word":"plugins","stem":false}],[{"word":"workflow","stem":false}],[{"word":"workflows","stem":false}],[{"word":"dialog","stem":false}],[{"word":"dialogs","stem":false}],[{"word":"modal","stem":false}],[{"word":"modals","stem":false}],[{"word":"shortcut","stem":false}],[{"word":"shortcuts","stem":false}],[{"word":"function","stem":false}],[{"word":"functions","stem":false}]]}],"anchored":false}],"zh":["\u63A5\u53E3","\u9875\u9762","\u7EC4\u4EF6","\u547D\u4EE4","\u53C2\u6570","\u5B57\u6BB5","\u8868\u5355","\u6309\u94AE","\u5F00\u5173","\u811A\u672C","\u4EFB\u52A1","\u7F13\u5B58","\u63D2\u4EF6","\u529F\u80FD","\u5DE5\u4F5C\u6D41","\u5F39\u7A97","\u6821\u9A8C","\u51FD\u6570","\u7C7B"],"zhStart":[],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"modify":{"words":["change","update","modify","make","adjust","tweak","improve","handle","remove","delete","rename","cleanup","persist","show","expose","use","raise","split","move","moving","extract","keep","switch","upgrade"],"wordStems":["fix","convert","replace"],"exact":[["clean",[0]]],"stems":[],"numeric":[],"entries":[{"parts":[{"alts":[[{"word":"clean","stem":false}]]},{"alts":[[{"word":"up","stem":false}]]}],"anchored":false}],"zh":["\u4FEE","\u6539","\u5199","\u5220","\u53BB\u6389","\u8C03\u6574","\u5904\u7406","\u6362","\u8865","\u52A0","\u505A","\u8C03\u5927","\u8C03\u5C0F","\u62C6","\u62BD","\u8FC1"],"zhStart":[],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"bug":{"words":["bug","bugs","broken","break","breaks","fail","fails","failing","failure","hang","hangs","flaky","sometimes","randomly","regression","wrong","incorrect","investigate","debug"],"wordStems":["crash","freez","intermittent","leak","diagnos","reproduc"],"exact":[["doesn't",[0]],["doesnt",[1]],["not",[2]],["stopped",[3]],["blank",[4]],["find",[5]],["root",[6]],["keep",[7]],["keeps",[7]],["return",[8]],["returns",[8]],["internal",[9]]],"stems":[],"numeric":[],"entries":[{"parts":[{"alts":[[{"word":"doesn't","stem":false}]]},{"alts":[[{"word":"work","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"doesnt","stem":false}]]},{"alts":[[{"word":"work","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"not","stem":false}]]},{"alts":[[{"word":"working","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"stopped","stem":false}]]},{"alts":[[{"word":"working","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"blank","stem":false}]]},{"alts":[[{"word":"screen","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"find","stem":false}]]},{"alts":[[{"word":"out","stem":false}]]},{"alts":[[{"word":"why","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"root","stem":false}]]},{"alts":[[{"word":"cause","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"keep","stem":false}],[{"word":"keeps","stem":false}]]},{"alts":[[{"word":"growing","stem":false}],[{"word":"failing","stem":false}],[{"word":"crashing","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"return","stem":false}],[{"word":"returns","stem":false}]]},{"alts":[[{"word":"a","stem":false}],[{"word":"an","stem":false}],[]]},{"alts":[[{"num":"status"}],[{"word":"error","stem":false}],[{"word":"errors","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"internal","stem":false}]]},{"alts":[[{"word":"server","stem":false}]]},{"alts":[[{"word":"error","stem":false}]]}],"anchored":false}],"zh":["bug","\u62A5\u9519","\u51FA\u9519","\u5931\u8D25","\u6302\u4E86","\u4F1A\u6302","\u5D29\u6E83","\u5361\u6B7B","\u767D\u5C4F","\u4E71\u7801","\u6B7B\u5FAA\u73AF","\u4E0D\u751F\u6548","\u4E0D\u5DE5\u4F5C","\u6CA1\u53CD\u5E94","\u5076\u5C14","\u6709\u65F6\u5019","\u65F6\u4E0D\u65F6","\u6CC4\u6F0F","\u6CC4\u9732","\u6392\u67E5","\u5B9A\u4F4D","\u539F\u56E0","\u590D\u73B0","\u5F02\u5E38","\u4E0D\u5BF9","\u6709\u95EE\u9898","\u51FA\u95EE\u9898"],"zhStart":[],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"performance":{"words":["performance","perf","latency","throughput","bottleneck","bottlenecks","profile","profiling","n+1","memory","cpu","faster","laggy","lag","oom"],"wordStems":["slow","optimis","optimiz","jank"],"exact":[["p90",[0]],["p95",[0]],["p99",[0]],["p999",[0]],["speed",[1]],["under",[2]],["high",[3]],["load",[4]]],"stems":[],"numeric":[],"entries":[{"parts":[{"alts":[[{"word":"p90","stem":false}],[{"word":"p95","stem":false}],[{"word":"p99","stem":false}],[{"word":"p999","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"speed","stem":false}]]},{"alts":[[{"word":"up","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"under","stem":false}]]},{"alts":[[{"word":"heavy","stem":false}],[]]},{"alts":[[{"word":"load","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"high","stem":false}]]},{"alts":[[{"word":"load","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"load","stem":false}]]},{"alts":[[{"word":"test","stem":true}]]}],"anchored":false}],"zh":["\u6162","\u5F88\u5361","\u5361\u987F","\u592A\u5361","\u6709\u70B9\u5361","\u6027\u80FD","\u5EF6\u8FDF","\u8017\u65F6","\u4F18\u5316","\u74F6\u9888","\u5185\u5B58","\u541E\u5410","\u52A0\u901F","\u63D0\u901F","\u9AD8\u5E76\u53D1","\u538B\u6D4B"],"zhStart":[],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"tests":{"words":["test","tests","spec","specs","coverage","e2e"],"wordStems":[],"exact":[["unit",[0]],["integration",[1]],["test",[2]]],"stems":[],"numeric":[],"entries":[{"parts":[{"alts":[[{"word":"unit","stem":false}]]},{"alts":[[{"word":"test","stem":false}],[{"word":"tests","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"integration","stem":false}]]},{"alts":[[{"word":"test","stem":false}],[{"word":"tests","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"test","stem":false}]]},{"alts":[[{"word":"case","stem":false}],[{"word":"cases","stem":false}]]}],"anchored":false}],"zh":["\u6D4B\u8BD5","\u5355\u6D4B","\u7528\u4F8B","\u8986\u76D6\u7387"],"zhStart":[],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"trivial":{"words":["typo","typos","spelling","rename","renaming","bump","docstring","docstrings","jsdoc","wording","label","prettier","whitespace","readme","license","changelog","gitignore","copyright","env.example","console.log"],"wordStems":["misspell","reformat","indent"],"exact":[["add",[0]],["comment",[1]],["comments",[1]],["code",[2]],["copy",[3]],["lint",[4]],["eslint",[4]],["tsc",[4]],["type",[4]],["format",[5]],["unused",[6]],["commented",[7]],["dead",[8]],["log",[9,10]],["print",[11,12]],["debug",[13]]],"stems":[],"numeric":[],"entries":[{"parts":[{"alts":[[{"word":"add","stem":false}]]},{"alts":[[{"word":"a","stem":false}],[{"word":"an","stem":false}],[]]},{"alts":[[{"word":"comment","stem":false}],[{"word":"comments","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"comment","stem":false}],[{"word":"comments","stem":false}]]},{"alts":[[{"word":"above","stem":false}],[{"word":"on","stem":false}],[{"word":"for","stem":false}],[{"word":"explaining","stem":false}],[{"word":"to","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"code","stem":false}]]},{"alts":[[{"word":"comment","stem":false}],[{"word":"comments","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"copy","stem":false}]]},{"alts":[[{"word":"text","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"lint","stem":false}],[{"word":"eslint","stem":false}],[{"word":"tsc","stem":false}],[{"word":"type","stem":false}]]},{"alts":[[{"word":"error","stem":false}],[{"word":"errors","stem":false}],[{"word":"warning","stem":false}],[{"word":"warnings","stem":false}],[{"word":"issue","stem":false}],[{"word":"issues","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"format","stem":false}]]},{"alts":[[{"word":"the","stem":false}],[{"word":"this","stem":false}],[]]},{"alts":[[{"word":"file","stem":false}],[{"word":"code","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"unused","stem":false}]]},{"alts":[[{"word":"import","stem":false}],[{"word":"imports","stem":false}],[{"word":"variable","stem":false}],[{"word":"variables","stem":false}],[{"word":"code","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"commented","stem":false}]]},{"alts":[[{"word":"out","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"dead","stem":false}]]},{"alts":[[{"word":"code","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"log","stem":false}]]},{"alts":[[{"word":"message","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"log","stem":false}]]},{"alts":[[{"word":"level","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"print","stem":false}]]},{"alts":[[{"word":"statement","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"print","stem":false}]]},{"alts":[[{"word":"statements","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"debug","stem":false}]]},{"alts":[[{"word":"log","stem":false}],[{"word":"logs","stem":false}],[{"word":"print","stem":false}],[{"word":"prints","stem":false}],[{"word":"output","stem":false}]]}],"anchored":false}],"zh":["\u9519\u522B\u5B57","\u62FC\u5199","\u91CD\u547D\u540D","\u6539\u540D","\u6587\u6848","\u6CE8\u91CA","\u683C\u5F0F\u5316","\u7248\u672C\u53F7","\u65E5\u5FD7\u7EA7\u522B","\u7AEF\u53E3\u53F7","\u7F29\u8FDB","\u7A7A\u683C","\u6CA1\u7528\u7684","\u65E0\u7528\u7684","\u591A\u4F59\u7684","\u8C03\u8BD5\u65E5\u5FD7","\u6253\u5370\u8BED\u53E5"],"zhStart":[],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"operation":{"words":[],"wordStems":[],"exact":[["run",[0]],["execute",[1]],["commit",[2]],["push",[3]],["print",[4]],["show",[5]],["list",[6]],["open",[7]],["check",[8]]],"stems":[],"numeric":[],"entries":[{"parts":[{"alts":[[{"word":"run","stem":false}]]}],"anchored":true},{"parts":[{"alts":[[{"word":"execute","stem":false}]]}],"anchored":true},{"parts":[{"alts":[[{"word":"commit","stem":false}]]}],"anchored":true},{"parts":[{"alts":[[{"word":"push","stem":false}]]}],"anchored":true},{"parts":[{"alts":[[{"word":"print","stem":false}]]}],"anchored":true},{"parts":[{"alts":[[{"word":"show","stem":false}]]},{"alts":[[{"word":"me","stem":false}]]}],"anchored":true},{"parts":[{"alts":[[{"word":"list","stem":false}]]}],"anchored":true},{"parts":[{"alts":[[{"word":"open","stem":false}]]}],"anchored":true},{"parts":[{"alts":[[{"word":"check","stem":false}]]},{"alts":[[{"word":"the","stem":false}],[]]},{"alts":[[{"word":"status","stem":false}],[{"word":"version","stem":false}],[{"word":"branch","stem":false}]]}],"anchored":true}],"zh":[],"zhStart":["\u8DD1\u4E00\u4E0B","\u8DD1\u4E0B","\u8FD0\u884C","\u6267\u884C","\u63D0\u4EA4","\u63A8\u9001","\u5E2E\u6211\u770B\u4E0B\u5F53\u524D","\u770B\u4E0B\u5F53\u524D"],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"sequence":{"words":["first","firstly","then","next","afterwards","finally","lastly","additionally","plus"],"wordStems":[],"exact":[["after",[0]],["as",[1]]],"stems":[],"numeric":[],"entries":[{"parts":[{"alts":[[{"word":"after","stem":false}]]},{"alts":[[{"word":"that","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"as","stem":false}]]},{"alts":[[{"word":"well","stem":false}]]}],"anchored":false}],"zh":["\u9996\u5148","\u7136\u540E","\u63A5\u7740","\u5176\u6B21","\u6700\u540E","\u540C\u65F6","\u987A\u4FBF","\u53E6\u5916","\u5E76\u4E14","\u8FD8\u8981","\u4EE5\u53CA"],"zhStart":[],"regexps":[["\u518D(?!\u6B21|\u89C1|\u8BF4)","g"]],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"explainOnly":{"words":[],"wordStems":[],"exact":[["just",[0]],["only",[1]],["don't",[2]],["dont",[2]],["do",[3]],["no",[4]],["without",[5]]],"stems":[],"numeric":[],"entries":[{"parts":[{"alts":[[{"word":"just","stem":false}]]},{"alts":[[{"word":"explain","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"only","stem":false}]]},{"alts":[[{"word":"explain","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"don't","stem":false}],[{"word":"dont","stem":false}]]},{"alts":[[{"word":"change","stem":false}],[{"word":"modify","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"do","stem":false}]]},{"alts":[[{"word":"not","stem":false}]]},{"alts":[[{"word":"change","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"no","stem":false}]]},{"alts":[[{"word":"code","stem":false}]]},{"alts":[[{"word":"change","stem":false}],[{"word":"changes","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"without","stem":false}]]},{"alts":[[{"word":"changing","stem":false}]]}],"anchored":false}],"zh":["\u53EA\u89E3\u91CA","\u4E0D\u8981\u6539","\u522B\u6539","\u5148\u522B\u6539","\u4E0D\u7528\u6539","\u4E0D\u8981\u52A8"],"zhStart":[],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"questionEn":{"words":[],"wordStems":[],"exact":[["what",[0]],["what's",[0]],["whats",[0]],["why",[0]],["how",[0]],["where",[0]],["when",[0]],["which",[0]],["who",[0]],["whose",[0]],["is",[0]],["are",[0]],["was",[0]],["were",[0]],["does",[0]],["do",[0]],["did",[0]],["could",[0]],["should",[0]],["would",[0]],["will",[0]],["has",[0]],["have",[0]],["any",[1]],["quick",[2]],["explain",[3]],["describe",[3]],["summarise",[3]],["summarize",[3]],["tell",[4]],["walk",[5]],["help",[6]],["can",[7]]],"stems":[],"numeric":[],"entries":[{"parts":[{"alts":[[{"word":"what","stem":false}],[{"word":"what's","stem":false}],[{"word":"whats","stem":false}],[{"word":"why","stem":false}],[{"word":"how","stem":false}],[{"word":"where","stem":false}],[{"word":"when","stem":false}],[{"word":"which","stem":false}],[{"word":"who","stem":false}],[{"word":"whose","stem":false}],[{"word":"is","stem":false}],[{"word":"are","stem":false}],[{"word":"was","stem":false}],[{"word":"were","stem":false}],[{"word":"does","stem":false}],[{"word":"do","stem":false}],[{"word":"did","stem":false}],[{"word":"could","stem":false}],[{"word":"should","stem":false}],[{"word":"would","stem":false}],[{"word":"will","stem":false}],[{"word":"has","stem":false}],[{"word":"have","stem":false}]]}],"anchored":true},{"parts":[{"alts":[[{"word":"any","stem":false}]]},{"alts":[[{"word":"idea","stem":false}]]}],"anchored":true},{"parts":[{"alts":[[{"word":"quick","stem":false}]]},{"alts":[[{"word":"question","stem":false}]]}],"anchored":true},{"parts":[{"alts":[[{"word":"explain","stem":false}],[{"word":"describe","stem":false}],[{"word":"summarise","stem":false}],[{"word":"summarize","stem":false}]]}],"anchored":true},{"parts":[{"alts":[[{"word":"tell","stem":false}]]},{"alts":[[{"word":"me","stem":false}]]}],"anchored":true},{"parts":[{"alts":[[{"word":"walk","stem":false}]]},{"alts":[[{"word":"me","stem":false}]]},{"alts":[[{"word":"through","stem":false}]]}],"anchored":true},{"parts":[{"alts":[[{"word":"help","stem":false}]]},{"alts":[[{"word":"me","stem":false}]]},{"alts":[[{"word":"understand","stem":false}]]}],"anchored":true},{"parts":[{"alts":[[{"word":"can","stem":false}]]},{"alts":[[{"word":"you","stem":false}]]},{"alts":[[{"word":"explain","stem":false}],[{"word":"tell","stem":false}]]}],"anchored":true}],"zh":[],"zhStart":[],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"imperative":{"words":[],"wordStems":[],"exact":[["fix",[0]],["implement",[0]],["add",[0]],["change",[0]],["update",[0]],["refactor",[0]],["migrate",[0]],["make",[0]],["write",[0]],["create",[0]],["build",[0]],["remove",[0]],["delete",[0]],["rename",[0]],["replace",[0]],["convert",[0]],["move",[0]],["split",[0]],["extract",[0]],["upgrade",[0]],["bump",[0]],["set",[0]],["optimise",[0]],["optimize",[0]],["improve",[0]],["handle",[0]],["rewrite",[0]],["redesign",[0]],["integrate",[0]],["debug",[0]],["investigate",[0]],["diagnose",[0]],["profile",[0]],["look",[0]],["figure",[0]],["find",[0]],["track",[0]],["and",[1]],["then",[1]],["please",[1]],["pls",[1]],["plz",[1]],["can",[2]],["could",[2]],["would",[2]],["let's",[3]],["we",[3]],["i",[3]],["help",[3]]],"stems":[],"numeric":[],"entries":[{"parts":[{"alts":[[{"word":"fix","stem":false}],[{"word":"implement","stem":false}],[{"word":"add","stem":false}],[{"word":"change","stem":false}],[{"word":"update","stem":false}],[{"word":"refactor","stem":false}],[{"word":"migrate","stem":false}],[{"word":"make","stem":false}],[{"word":"write","stem":false}],[{"word":"create","stem":false}],[{"word":"build","stem":false}],[{"word":"remove","stem":false}],[{"word":"delete","stem":false}],[{"word":"rename","stem":false}],[{"word":"replace","stem":false}],[{"word":"convert","stem":false}],[{"word":"move","stem":false}],[{"word":"split","stem":false}],[{"word":"extract","stem":false}],[{"word":"upgrade","stem":false}],[{"word":"bump","stem":false}],[{"word":"set","stem":false}],[{"word":"optimise","stem":false}],[{"word":"optimize","stem":false}],[{"word":"improve","stem":false}],[{"word":"handle","stem":false}],[{"word":"rewrite","stem":false}],[{"word":"redesign","stem":false}],[{"word":"integrate","stem":false}],[{"word":"debug","stem":false}],[{"word":"investigate","stem":false}],[{"word":"diagnose","stem":false}],[{"word":"profile","stem":false}],[{"word":"look","stem":false},{"word":"into","stem":false}],[{"word":"figure","stem":false},{"word":"out","stem":false}],[{"word":"find","stem":false},{"word":"out","stem":false}],[{"word":"track","stem":false},{"word":"down","stem":false}]]}],"anchored":true},{"parts":[{"alts":[[{"word":"and","stem":false}],[{"word":"then","stem":false}],[{"word":"please","stem":false}],[{"word":"pls","stem":false}],[{"word":"plz","stem":false}]]},{"alts":[[{"word":"fix","stem":false}],[{"word":"implement","stem":false}],[{"word":"add","stem":false}],[{"word":"change","stem":false}],[{"word":"update","stem":false}],[{"word":"refactor","stem":false}],[{"word":"migrate","stem":false}],[{"word":"make","stem":false}],[{"word":"write","stem":false}],[{"word":"create","stem":false}],[{"word":"build","stem":false}],[{"word":"remove","stem":false}],[{"word":"delete","stem":false}],[{"word":"rename","stem":false}],[{"word":"replace","stem":false}],[{"word":"convert","stem":false}],[{"word":"move","stem":false}],[{"word":"split","stem":false}],[{"word":"extract","stem":false}],[{"word":"upgrade","stem":false}],[{"word":"bump","stem":false}],[{"word":"set","stem":false}],[{"word":"optimise","stem":false}],[{"word":"optimize","stem":false}],[{"word":"improve","stem":false}],[{"word":"handle","stem":false}],[{"word":"rewrite","stem":false}],[{"word":"redesign","stem":false}],[{"word":"integrate","stem":false}],[{"word":"debug","stem":false}],[{"word":"investigate","stem":false}],[{"word":"diagnose","stem":false}],[{"word":"profile","stem":false}],[{"word":"look","stem":false},{"word":"into","stem":false}],[{"word":"figure","stem":false},{"word":"out","stem":false}],[{"word":"find","stem":false},{"word":"out","stem":false}],[{"word":"track","stem":false},{"word":"down","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"can","stem":false}],[{"word":"could","stem":false}],[{"word":"would","stem":false}]]},{"alts":[[{"word":"you","stem":false}]]},{"alts":[[{"word":"please","stem":false}],[]]},{"alts":[[{"word":"fix","stem":false}],[{"word":"implement","stem":false}],[{"word":"add","stem":false}],[{"word":"change","stem":false}],[{"word":"update","stem":false}],[{"word":"refactor","stem":false}],[{"word":"migrate","stem":false}],[{"word":"make","stem":false}],[{"word":"write","stem":false}],[{"word":"create","stem":false}],[{"word":"build","stem":false}],[{"word":"remove","stem":false}],[{"word":"delete","stem":false}],[{"word":"rename","stem":false}],[{"word":"replace","stem":false}],[{"word":"convert","stem":false}],[{"word":"move","stem":false}],[{"word":"split","stem":false}],[{"word":"extract","stem":false}],[{"word":"upgrade","stem":false}],[{"word":"bump","stem":false}],[{"word":"set","stem":false}],[{"word":"optimise","stem":false}],[{"word":"optimize","stem":false}],[{"word":"improve","stem":false}],[{"word":"handle","stem":false}],[{"word":"rewrite","stem":false}],[{"word":"redesign","stem":false}],[{"word":"integrate","stem":false}],[{"word":"debug","stem":false}],[{"word":"investigate","stem":false}],[{"word":"diagnose","stem":false}],[{"word":"profile","stem":false}],[{"word":"look","stem":false},{"word":"into","stem":false}],[{"word":"figure","stem":false},{"word":"out","stem":false}],[{"word":"find","stem":false},{"word":"out","stem":false}],[{"word":"track","stem":false},{"word":"down","stem":false}]]}],"anchored":true},{"parts":[{"alts":[[{"word":"let's","stem":false}],[{"word":"we","stem":false},{"word":"need","stem":false},{"word":"to","stem":false}],[{"word":"we","stem":false},{"word":"should","stem":false}],[{"word":"i","stem":false},{"word":"want","stem":false},{"word":"you","stem":false},{"word":"to","stem":false}],[{"word":"i","stem":false},{"word":"need","stem":false},{"word":"you","stem":false},{"word":"to","stem":false}],[{"word":"help","stem":false},{"word":"me","stem":false}]]},{"alts":[[{"word":"fix","stem":false}],[{"word":"implement","stem":false}],[{"word":"add","stem":false}],[{"word":"change","stem":false}],[{"word":"update","stem":false}],[{"word":"refactor","stem":false}],[{"word":"migrate","stem":false}],[{"word":"make","stem":false}],[{"word":"write","stem":false}],[{"word":"create","stem":false}],[{"word":"build","stem":false}],[{"word":"remove","stem":false}],[{"word":"delete","stem":false}],[{"word":"rename","stem":false}],[{"word":"replace","stem":false}],[{"word":"convert","stem":false}],[{"word":"move","stem":false}],[{"word":"split","stem":false}],[{"word":"extract","stem":false}],[{"word":"upgrade","stem":false}],[{"word":"bump","stem":false}],[{"word":"set","stem":false}],[{"word":"optimise","stem":false}],[{"word":"optimize","stem":false}],[{"word":"improve","stem":false}],[{"word":"handle","stem":false}],[{"word":"rewrite","stem":false}],[{"word":"redesign","stem":false}],[{"word":"integrate","stem":false}],[{"word":"debug","stem":false}],[{"word":"investigate","stem":false}],[{"word":"diagnose","stem":false}],[{"word":"profile","stem":false}],[{"word":"look","stem":false},{"word":"into","stem":false}],[{"word":"figure","stem":false},{"word":"out","stem":false}],[{"word":"find","stem":false},{"word":"out","stem":false}],[{"word":"track","stem":false},{"word":"down","stem":false}]]}],"anchored":true}],"zh":["\u4FEE\u590D","\u4FEE\u4E00\u4E0B","\u4FEE\u6389","\u4FEE\u597D","\u4FEE\u4E0B","\u6539\u4E00\u4E0B","\u6539\u6389","\u6539\u597D","\u52A0\u4E0A","\u52A0\u4E00\u4E2A","\u52A0\u4E2A","\u5B9E\u73B0","\u91CD\u6784","\u8FC1\u79FB","\u4F18\u5316\u4E00\u4E0B","\u5904\u7406\u4E00\u4E0B","\u8865\u4E0A","\u8865\u4E00\u4E0B","\u5199\u4E00\u4E2A","\u5199\u4E2A","\u505A\u4E00\u4E2A","\u505A\u4E2A","\u65B0\u589E","\u6392\u67E5","fix"],"zhStart":[],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"advice":{"words":["tradeoff","tradeoffs"],"wordStems":[],"exact":[["how",[0]],["what's",[1]],["what",[1]],["best",[2]],["would",[3]],["pros",[4]],["trade",[5,6]]],"stems":[],"numeric":[],"entries":[{"parts":[{"alts":[[{"word":"how","stem":false}]]},{"alts":[[{"word":"should","stem":false}]]},{"alts":[[{"word":"we","stem":false}],[{"word":"i","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"what's","stem":false}],[{"word":"what","stem":false},{"word":"is","stem":false}]]},{"alts":[[{"word":"the","stem":false}]]},{"alts":[[{"word":"best","stem":false}]]},{"alts":[[{"word":"way","stem":false}],[{"word":"approach","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"best","stem":false}]]},{"alts":[[{"word":"approach","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"would","stem":false}]]},{"alts":[[{"word":"you","stem":false}]]},{"alts":[[{"word":"recommend","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"pros","stem":false}]]},{"alts":[[{"word":"and","stem":false}]]},{"alts":[[{"word":"cons","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"trade","stem":false}]]},{"alts":[[{"word":"off","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"trade","stem":false}]]},{"alts":[[{"word":"offs","stem":false}]]}],"anchored":false}],"zh":["\u600E\u4E48\u8BBE\u8BA1","\u600E\u4E48\u67B6\u6784","\u600E\u4E48\u62C6\u5206","\u600E\u4E48\u89C4\u5212","\u600E\u4E48\u5B9E\u73B0\u6BD4\u8F83\u597D","\u5982\u4F55\u8BBE\u8BA1","\u5982\u4F55\u67B6\u6784","\u5982\u4F55\u62C6\u5206","\u5982\u4F55\u89C4\u5212","\u5982\u4F55\u5B9E\u73B0\u6BD4\u8F83\u597D","\u5E94\u8BE5\u600E\u4E48\u8BBE\u8BA1","\u5E94\u8BE5\u600E\u4E48\u67B6\u6784","\u5E94\u8BE5\u600E\u4E48\u62C6\u5206","\u5E94\u8BE5\u600E\u4E48\u89C4\u5212","\u5E94\u8BE5\u600E\u4E48\u5B9E\u73B0\u6BD4\u8F83\u597D","\u8BE5\u600E\u4E48\u8BBE\u8BA1","\u8BE5\u600E\u4E48\u67B6\u6784","\u8BE5\u600E\u4E48\u62C6\u5206","\u8BE5\u600E\u4E48\u89C4\u5212","\u8BE5\u600E\u4E48\u5B9E\u73B0\u6BD4\u8F83\u597D","\u6709\u4EC0\u4E48\u65B9\u6848","\u4EC0\u4E48\u65B9\u6848","\u6700\u4F73\u5B9E\u8DF5","\u5229\u5F0A","\u4F18\u7F3A\u70B9"],"zhStart":[],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"risk:auth":{"words":["auth","authn","authz","oauth","oauth2","oidc","openid","sso","saml","jwt","jwts","login","logins","signin","signon","password","passwords","credential","credentials","mfa","2fa","totp"],"wordStems":["authenticat","authoris","authoriz"],"exact":[["log",[0]],["sign",[1,2]],["session",[3]]],"stems":[],"numeric":[],"entries":[{"parts":[{"alts":[[{"word":"log","stem":false}]]},{"alts":[[{"word":"in","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"sign","stem":false}]]},{"alts":[[{"word":"in","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"sign","stem":false}]]},{"alts":[[{"word":"on","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"session","stem":false}]]},{"alts":[[{"word":"based","stem":false}]]}],"anchored":false}],"zh":["\u8BA4\u8BC1","\u9274\u6743","\u6388\u6743","\u767B\u5F55","\u767B\u9646","\u5355\u70B9\u767B\u5F55","\u5BC6\u7801","\u51ED\u8BC1","\u4EE4\u724C","\u4F1A\u8BDD"],"zhStart":[],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"risk:security":{"words":["security","secure","insecure","xss","csrf","ssrf","injection","secret","secrets","pii","gdpr"],"wordStems":["vulnerab","exploit","sanitiz","attack","audit"],"exact":[["cve",[0]],["api",[1,2]]],"stems":[],"numeric":[],"entries":[{"parts":[{"alts":[[{"word":"cve","stem":false}]]},{"alts":[[{"num":"major"}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"api","stem":false}]]},{"alts":[[{"word":"key","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"api","stem":false}]]},{"alts":[[{"word":"keys","stem":false}]]}],"anchored":false}],"zh":["\u5B89\u5168","\u6F0F\u6D1E","\u6CE8\u5165","\u8D8A\u6743","\u8131\u654F","\u654F\u611F\u4FE1\u606F","\u653B\u51FB","\u9690\u79C1","\u5BA1\u8BA1"],"zhStart":[],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"risk:crypto":{"words":["hashing","hmac","signature","signatures","signing","tls","ssl","certificate","certificates","argon2","bcrypt","md5","sha1","sha256","sha384","sha512"],"wordStems":["encrypt","decrypt","crypto","cipher"],"exact":[["key",[0]],["sha",[1]]],"stems":[],"numeric":[],"entries":[{"parts":[{"alts":[[{"word":"key","stem":false}]]},{"alts":[[{"word":"exchange","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"sha","stem":false}]]},{"alts":[[{"num":"major"}]]}],"anchored":false}],"zh":["\u52A0\u5BC6","\u89E3\u5BC6","\u7B7E\u540D","\u54C8\u5E0C","\u8BC1\u4E66","\u5BC6\u94A5"],"zhStart":[],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"risk:access":{"words":["permission","permissions","rbac","abac","acl","acls","privilege","privileges","tenant","tenants"],"wordStems":["multitenan"],"exact":[["access",[0]],["role",[1]],["multi",[2]]],"stems":[],"numeric":[],"entries":[{"parts":[{"alts":[[{"word":"access","stem":false}]]},{"alts":[[{"word":"control","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"role","stem":false}]]},{"alts":[[{"word":"based","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"multi","stem":false}]]},{"alts":[[{"word":"tenan","stem":true}]]}],"anchored":false}],"zh":["\u6743\u9650","\u8D8A\u6743","\u79DF\u6237","\u8BBF\u95EE\u63A7\u5236"],"zhStart":[],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"risk:concurrency":{"words":["lock","locks","locking","distributed"],"wordStems":["concurren","deadlock","mutex","atomic","threadsafe","multithread","idempoten"],"exact":[["race",[0,1]],["thread",[2]],["multi",[3]],["exactly",[4]],["at",[5]],["double",[6]]],"stems":[],"numeric":[],"entries":[{"parts":[{"alts":[[{"word":"race","stem":false}]]},{"alts":[[{"word":"condition","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"race","stem":false}]]},{"alts":[[{"word":"conditions","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"thread","stem":false}]]},{"alts":[[{"word":"safe","stem":true}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"multi","stem":false}]]},{"alts":[[{"word":"thread","stem":true}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"exactly","stem":false}]]},{"alts":[[{"word":"once","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"at","stem":false}]]},{"alts":[[{"word":"least","stem":false}]]},{"alts":[[{"word":"once","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"double","stem":false}]]},{"alts":[[{"word":"charg","stem":true}]]}],"anchored":false}],"zh":["\u5E76\u53D1","\u7ADE\u6001","\u7ADE\u4E89\u6761\u4EF6","\u6B7B\u9501","\u9501","\u539F\u5B50","\u7EBF\u7A0B\u5B89\u5168","\u591A\u7EBF\u7A0B","\u5206\u5E03\u5F0F","\u5E42\u7B49","\u591A\u5B9E\u4F8B"],"zhStart":[],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"risk:money":{"words":["payment","payments","billing","invoicing","checkout","charge","charges","charged","charging","refund","refunds","stripe","paypal","subscription","subscriptions","wallet","wallets","ledger","3dsecure"],"wordStems":[],"exact":[["3d",[0]],["3",[1,2]]],"stems":[],"numeric":[],"entries":[{"parts":[{"alts":[[{"word":"3d","stem":false}]]},{"alts":[[{"word":"secure","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"3","stem":false}]]},{"alts":[[{"word":"d","stem":false}]]},{"alts":[[{"word":"secure","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"3","stem":false}]]},{"alts":[[{"word":"dsecure","stem":false}]]}],"anchored":false}],"zh":["\u652F\u4ED8","\u4ED8\u6B3E","\u6263\u6B3E","\u9000\u6B3E","\u8BA1\u8D39","\u8D26\u5355","\u7ED3\u7B97","\u4F59\u989D","\u94B1\u5305","\u8BA2\u9605","\u6536\u6B3E","\u5BF9\u8D26"],"zhStart":[],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"risk:data":{"words":["transaction","transactions","transactional","consistency","downtime","rollback","rollout","rollouts","failover"],"wordStems":["backfill"],"exact":[["data",[0]],["zero",[1]],["existing",[2,3]],["production",[4]],["roll",[5]],["backward",[6]],["backwards",[7]],["high",[8]],["fault",[9]],["disaster",[10]]],"stems":[],"numeric":[],"entries":[{"parts":[{"alts":[[{"word":"data","stem":false}]]},{"alts":[[{"word":"loss","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"zero","stem":false}]]},{"alts":[[{"word":"downtime","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"existing","stem":false}]]},{"alts":[[{"word":"data","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"existing","stem":false}]]},{"alts":[[{"word":"users","stem":false}],[{"word":"customers","stem":false}],[{"word":"accounts","stem":false}],[{"word":"records","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"production","stem":false}]]},{"alts":[[{"word":"data","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"roll","stem":false}]]},{"alts":[[{"word":"back","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"backward","stem":false}]]},{"alts":[[{"word":"compatib","stem":true}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"backwards","stem":false}]]},{"alts":[[{"word":"compatib","stem":true}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"high","stem":false}]]},{"alts":[[{"word":"availability","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"fault","stem":false}]]},{"alts":[[{"word":"toleran","stem":true}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"disaster","stem":false}]]},{"alts":[[{"word":"recovery","stem":false}]]}],"anchored":false}],"zh":["\u4E8B\u52A1","\u4E00\u81F4\u6027","\u6570\u636E\u4E22\u5931","\u4E22\u6570\u636E","\u505C\u673A","\u56DE\u6EDA","\u5B58\u91CF","\u5386\u53F2\u6570\u636E","\u517C\u5BB9","\u8001\u6570\u636E","\u8001\u7528\u6237","\u8001\u8D26\u53F7","\u7070\u5EA6","\u9AD8\u53EF\u7528","\u5BB9\u707E","\u6545\u969C\u8F6C\u79FB"],"zhStart":[],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]},"risk:distributed":{"words":["realtime","websocket","websockets","offline","crdt","crdts","rabbitmq","kafka","nats","pubsub","deadletter","saga","sagas"],"wordStems":["synchronis","synchroniz","replicat"],"exact":[["real",[0]],["conflict",[1]],["eventual",[2]],["eventually",[3]],["message",[4]],["pub",[5]],["dead",[6]],["event",[7,8]]],"stems":[],"numeric":[],"entries":[{"parts":[{"alts":[[{"word":"real","stem":false}]]},{"alts":[[{"word":"time","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"conflict","stem":false}]]},{"alts":[[{"word":"resolution","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"eventual","stem":false}]]},{"alts":[[{"word":"consisten","stem":true}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"eventually","stem":false}]]},{"alts":[[{"word":"consisten","stem":true}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"message","stem":false}]]},{"alts":[[{"word":"queue","stem":false}],[{"word":"queues","stem":false}],[{"word":"broker","stem":false}],[{"word":"brokers","stem":false}],[{"word":"bus","stem":false}],[{"word":"buses","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"pub","stem":false}]]},{"alts":[[{"word":"sub","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"dead","stem":false}]]},{"alts":[[{"word":"letter","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"event","stem":false}]]},{"alts":[[{"word":"driven","stem":false}]]}],"anchored":false},{"parts":[{"alts":[[{"word":"event","stem":false}]]},{"alts":[[{"word":"sourcing","stem":false}]]}],"anchored":false}],"zh":["\u5B9E\u65F6","\u957F\u8FDE\u63A5","\u79BB\u7EBF","\u534F\u540C","\u51B2\u7A81\u89E3\u51B3","\u6D88\u606F\u961F\u5217","\u6B7B\u4FE1","\u4E8B\u4EF6\u9A71\u52A8","\u6570\u636E\u540C\u6B65","\u53CC\u5411\u540C\u6B65","\u6700\u7EC8\u4E00\u81F4"],"zhStart":[],"regexps":[],"literals":[],"unlessAfterEn":[],"unlessAfterZh":[]}}`;

// src/classify/classify.ts
var DEFAULT_THRESHOLDS = { mediumThreshold: 3, complexThreshold: 7 };
var MAX_SCAN_CHARS = 2e4;
var plural = (...words2) => `(${words2.flatMap((w) => [w, `${w}s`]).join("|")})`;
var SCOPE = {
  en: [
    "refactor*",
    "architect*",
    "rearchitect*",
    "re architect*",
    "migrat*",
    "redesign*",
    "rewrit*",
    "overhaul*",
    "restructur*",
    "monolith*",
    "microservice*",
    "micro service*",
    "shard*",
    "replatform*",
    "re platform*",
    "decoupl*",
    "modularis*",
    "modulariz*",
    "rework*",
    "reimplement*",
    "re implement*",
    // moving a codebase from one technology or major version to another
    "(upgrad*|mov*|switch*|port*|go*) ..8 from ..4 to"
  ],
  zh: [
    "\u91CD\u6784",
    "\u67B6\u6784",
    "\u8FC1\u79FB",
    "\u8FC1\u5230",
    "\u8FC1\u81F3",
    "\u91CD\u65B0\u8BBE\u8BA1",
    "\u91CD\u5199",
    "\u91CD\u505A",
    "\u6539\u9020",
    "\u89E3\u8026",
    "\u62C6\u5206",
    "\u5355\u4F53",
    "\u5FAE\u670D\u52A1",
    "\u5206\u5E93\u5206\u8868",
    "\u5206\u7247",
    "\u6A21\u5757\u5316",
    /从[^，。,\n]{1,30}(?:升级到|升到|换到|切到|切换到|转到|转成|换成)/
  ]
};
var SHIFT = {
  en: [
    "replac* ..6 with",
    "replaced by",
    "switch* ..4 to",
    "port* ..3 to",
    "convert* ..5 to",
    "upgrad* ..4 to #",
    "extract* ..8 into",
    "split* ..8 into",
    "split* ..4 out"
  ],
  zh: ["\u66FF\u6362", "\u6362\u6210", "\u6362\u6389", "\u8FC1", "\u62C6\u51FA", "\u62C6\u6210", "\u62BD\u6210", "\u62BD\u51FA", "\u62BD\u79BB", "\u5347\u5230", "\u6539\u5199\u6210"]
};
var RISK = [
  {
    name: "auth",
    words: {
      en: [
        "auth",
        "authn",
        "authz",
        "authenticat*",
        "authoris*",
        "authoriz*",
        "oauth",
        "oauth2",
        "oidc",
        "openid",
        "sso",
        "saml",
        "jwt",
        "jwts",
        "login",
        "logins",
        "log-in",
        "sign-in",
        "signin",
        "sign-on",
        "signon",
        "session-based",
        "password",
        "passwords",
        "credential",
        "credentials",
        "mfa",
        "2fa",
        "totp"
      ],
      zh: ["\u8BA4\u8BC1", "\u9274\u6743", "\u6388\u6743", "\u767B\u5F55", "\u767B\u9646", "\u5355\u70B9\u767B\u5F55", "\u5BC6\u7801", "\u51ED\u8BC1", "\u4EE4\u724C", "\u4F1A\u8BDD"]
    }
  },
  {
    name: "security",
    words: {
      en: [
        "security",
        "secure",
        "insecure",
        "vulnerab*",
        "exploit*",
        "xss",
        "csrf",
        "ssrf",
        "injection",
        "sanitiz*",
        "cve #",
        "secret",
        "secrets",
        "api key",
        "api keys",
        "pii",
        "gdpr",
        "attack*",
        "audit*"
      ],
      zh: ["\u5B89\u5168", "\u6F0F\u6D1E", "\u6CE8\u5165", "\u8D8A\u6743", "\u8131\u654F", "\u654F\u611F\u4FE1\u606F", "\u653B\u51FB", "\u9690\u79C1", "\u5BA1\u8BA1"]
    }
  },
  {
    name: "crypto",
    words: {
      en: [
        "encrypt*",
        "decrypt*",
        "crypto*",
        "cipher*",
        "hashing",
        "hmac",
        "signature",
        "signatures",
        "signing",
        "tls",
        "ssl",
        "certificate",
        "certificates",
        "key exchange",
        "argon2",
        "bcrypt",
        "md5",
        "sha #",
        "sha1",
        "sha256",
        "sha384",
        "sha512"
      ],
      zh: ["\u52A0\u5BC6", "\u89E3\u5BC6", "\u7B7E\u540D", "\u54C8\u5E0C", "\u8BC1\u4E66", "\u5BC6\u94A5"]
    }
  },
  {
    name: "access",
    words: {
      en: [
        "permission",
        "permissions",
        "rbac",
        "abac",
        "acl",
        "acls",
        "access control",
        "privilege",
        "privileges",
        "role-based",
        "multitenan*",
        "multi-tenan*",
        "tenant",
        "tenants"
      ],
      zh: ["\u6743\u9650", "\u8D8A\u6743", "\u79DF\u6237", "\u8BBF\u95EE\u63A7\u5236"]
    }
  },
  {
    name: "concurrency",
    words: {
      en: [
        "concurren*",
        "race condition",
        "race conditions",
        "deadlock*",
        "mutex*",
        "lock",
        "locks",
        "locking",
        "atomic*",
        "threadsafe*",
        "thread-safe*",
        "multithread*",
        "multi-thread*",
        "distributed",
        "idempoten*",
        "exactly-once",
        "at-least-once",
        "double-charg*"
      ],
      zh: ["\u5E76\u53D1", "\u7ADE\u6001", "\u7ADE\u4E89\u6761\u4EF6", "\u6B7B\u9501", "\u9501", "\u539F\u5B50", "\u7EBF\u7A0B\u5B89\u5168", "\u591A\u7EBF\u7A0B", "\u5206\u5E03\u5F0F", "\u5E42\u7B49", "\u591A\u5B9E\u4F8B"]
    }
  },
  {
    name: "money",
    words: {
      en: [
        "payment",
        "payments",
        "billing",
        "invoicing",
        "checkout",
        "charge",
        "charges",
        "charged",
        "charging",
        "refund",
        "refunds",
        "stripe",
        "paypal",
        "subscription",
        "subscriptions",
        "wallet",
        "wallets",
        "ledger",
        "3d secure",
        "3-d secure",
        "3dsecure",
        "3-dsecure"
      ],
      zh: ["\u652F\u4ED8", "\u4ED8\u6B3E", "\u6263\u6B3E", "\u9000\u6B3E", "\u8BA1\u8D39", "\u8D26\u5355", "\u7ED3\u7B97", "\u4F59\u989D", "\u94B1\u5305", "\u8BA2\u9605", "\u6536\u6B3E", "\u5BF9\u8D26"]
    }
  },
  {
    name: "data",
    words: {
      en: [
        "transaction",
        "transactions",
        "transactional",
        "consistency",
        "data loss",
        "zero-downtime",
        "downtime",
        "backfill*",
        "existing data",
        "production data",
        "existing (users|customers|accounts|records)",
        "rollback",
        "roll back",
        "backward-compatib*",
        "backwards-compatib*",
        "rollout",
        "rollouts",
        "failover",
        "high availability",
        "fault-toleran*",
        "disaster recovery"
      ],
      zh: [
        "\u4E8B\u52A1",
        "\u4E00\u81F4\u6027",
        "\u6570\u636E\u4E22\u5931",
        "\u4E22\u6570\u636E",
        "\u505C\u673A",
        "\u56DE\u6EDA",
        "\u5B58\u91CF",
        "\u5386\u53F2\u6570\u636E",
        "\u517C\u5BB9",
        "\u8001\u6570\u636E",
        "\u8001\u7528\u6237",
        "\u8001\u8D26\u53F7",
        "\u7070\u5EA6",
        "\u9AD8\u53EF\u7528",
        "\u5BB9\u707E",
        "\u6545\u969C\u8F6C\u79FB"
      ]
    }
  },
  {
    // State shared between processes or devices: sync, real time, messaging.
    name: "distributed",
    words: {
      en: [
        "realtime",
        "real-time",
        "websocket",
        "websockets",
        "offline",
        "synchronis*",
        "synchroniz*",
        "replicat*",
        "conflict resolution",
        "crdt",
        "crdts",
        "eventual consisten*",
        "eventually consisten*",
        "message (queue|queues|broker|brokers|bus|buses)",
        "rabbitmq",
        "kafka",
        "nats",
        "pub sub",
        "pubsub",
        "deadletter",
        "dead-letter",
        "event-driven",
        "event sourcing",
        "saga",
        "sagas"
      ],
      zh: ["\u5B9E\u65F6", "\u957F\u8FDE\u63A5", "\u79BB\u7EBF", "\u534F\u540C", "\u51B2\u7A81\u89E3\u51B3", "\u6D88\u606F\u961F\u5217", "\u6B7B\u4FE1", "\u4E8B\u4EF6\u9A71\u52A8", "\u6570\u636E\u540C\u6B65", "\u53CC\u5411\u540C\u6B65", "\u6700\u7EC8\u4E00\u81F4"]
    }
  }
];
var CROSS_CUTTING = {
  en: [
    "whole",
    "entire",
    "across",
    "everywhere",
    "codebase",
    "code base",
    "monorepo",
    "codebase-wide",
    "project-wide",
    "app-wide",
    "system-wide",
    "globally",
    "throughout",
    `every ..2 ${plural("endpoint", "service", "file", "module", "component", "query", "api", "route", "page", "table", "package", "handler", "controller", "model", "screen", "operation", "request", "call", "caller")}`,
    "all ..3 (endpoints|services|files|modules|components|queries|apis|routes|pages|tables|packages|repos|handlers|controllers|models|screens|callers|usages|operations|tests|clients|apps)"
  ],
  zh: ["\u6574\u4E2A", "\u5168\u90E8", "\u6240\u6709", "\u5168\u5C40", "\u5168\u7AD9", "\u5168\u91CF", "\u5404\u4E2A", "\u6BCF\u4E2A", "\u9010\u4E2A", "\u5168\u9879\u76EE", "\u5168\u9762", "\u7EDF\u4E00"]
};
var FEATURE_STRONG = {
  en: ["implement*", "build (a|an|the|our|new|out)", "introduce", "design*", "set up", "develop", "integrat*"],
  zh: ["\u5B9E\u73B0", "\u8BBE\u8BA1", "\u642D\u5EFA", "\u5F00\u53D1", "\u96C6\u6210", "\u63A5\u5165"]
};
var FEATURE = {
  en: [
    "add",
    "adding",
    "write",
    "create",
    "support",
    "internationalis*",
    "internationaliz*",
    "i18n",
    "localisation",
    "localization",
    "enable",
    "allow"
  ],
  zh: [
    "\u65B0\u589E",
    "\u65B0\u5EFA",
    "\u52A0\u4E00\u4E2A",
    "\u52A0\u4E2A",
    "\u505A\u4E00\u4E2A",
    "\u505A\u4E2A",
    "\u652F\u6301",
    "\u589E\u52A0",
    "\u6DFB\u52A0",
    "\u5199\u4E00\u4E2A",
    "\u5199\u4E2A",
    "\u56FD\u9645\u5316",
    "\u591A\u8BED\u8A00",
    // "给 X 加 Y": add Y to X
    /给[^，。,；;\n]{1,24}?加/
  ]
};
var ARTIFACT = {
  en: [
    plural("endpoint", "api", "route", "page", "screen", "component", "command", "flag", "option", "field", "column", "table", "form"),
    plural("button", "toggle", "script", "job", "webhook", "handler", "plugin", "workflow", "dialog", "modal", "shortcut", "function"),
    "cron",
    "middleware",
    "cache",
    "caching",
    "class",
    "classes",
    "validation"
  ],
  zh: ["\u63A5\u53E3", "\u9875\u9762", "\u7EC4\u4EF6", "\u547D\u4EE4", "\u53C2\u6570", "\u5B57\u6BB5", "\u8868\u5355", "\u6309\u94AE", "\u5F00\u5173", "\u811A\u672C", "\u4EFB\u52A1", "\u7F13\u5B58", "\u63D2\u4EF6", "\u529F\u80FD", "\u5DE5\u4F5C\u6D41", "\u5F39\u7A97", "\u6821\u9A8C", "\u51FD\u6570", "\u7C7B"]
};
var SYSTEM_NOUN = {
  en: [
    "system",
    "subsystem",
    plural("service", "module", "sdk", "queue", "worker"),
    "platform",
    "framework",
    "engine",
    "pipeline",
    "infrastructure",
    "scheduler",
    "gateway",
    "protocol",
    "layer"
  ],
  zh: ["\u7CFB\u7EDF", /服务(?!端|器)/, "\u6A21\u5757", "\u5E73\u53F0", "\u6846\u67B6", "\u5F15\u64CE", "\u4E2D\u95F4\u4EF6", "\u961F\u5217", "\u8C03\u5EA6", "\u7F51\u5173", "\u534F\u8BAE", "\u65B9\u6848"],
  unlessAfter: { en: ["existing", "current"], zh: ["\u73B0\u6709", "\u5DF2\u6709", "\u73B0\u5728"] }
};
var MODIFY = {
  en: [
    "fix*",
    "change",
    "update",
    "modify",
    "make",
    "adjust",
    "tweak",
    "improve",
    "handle",
    "remove",
    "delete",
    "rename",
    "cleanup",
    "clean up",
    "convert*",
    "replace*",
    "persist",
    "show",
    "expose",
    "use",
    "raise",
    "split",
    "move",
    "moving",
    "extract",
    "keep",
    "switch",
    "upgrade"
  ],
  zh: ["\u4FEE", "\u6539", "\u5199", "\u5220", "\u53BB\u6389", "\u8C03\u6574", "\u5904\u7406", "\u6362", "\u8865", "\u52A0", "\u505A", "\u8C03\u5927", "\u8C03\u5C0F", "\u62C6", "\u62BD", "\u8FC1"]
};
var BUG = {
  en: [
    "bug",
    "bugs",
    "broken",
    "break",
    "breaks",
    "fail",
    "fails",
    "failing",
    "failure",
    "crash*",
    "hang",
    "hangs",
    "freez*",
    "flaky",
    "intermittent*",
    "sometimes",
    "randomly",
    "regression",
    "leak*",
    "doesn't work",
    "doesnt work",
    "not working",
    "stopped working",
    "wrong",
    "incorrect",
    "blank screen",
    "find out why",
    "investigate",
    "debug",
    "root cause",
    "diagnos*",
    "reproduc*",
    "(keep|keeps) (growing|failing|crashing)",
    "(return|returns) (a|an|) (#4xx|error|errors)",
    "internal server error"
  ],
  zh: [
    "bug",
    "\u62A5\u9519",
    "\u51FA\u9519",
    "\u5931\u8D25",
    "\u6302\u4E86",
    "\u4F1A\u6302",
    "\u5D29\u6E83",
    "\u5361\u6B7B",
    "\u767D\u5C4F",
    "\u4E71\u7801",
    "\u6B7B\u5FAA\u73AF",
    "\u4E0D\u751F\u6548",
    "\u4E0D\u5DE5\u4F5C",
    "\u6CA1\u53CD\u5E94",
    "\u5076\u5C14",
    "\u6709\u65F6\u5019",
    "\u65F6\u4E0D\u65F6",
    "\u6CC4\u6F0F",
    "\u6CC4\u9732",
    "\u6392\u67E5",
    "\u5B9A\u4F4D",
    "\u539F\u56E0",
    "\u590D\u73B0",
    "\u5F02\u5E38",
    "\u4E0D\u5BF9",
    "\u6709\u95EE\u9898",
    "\u51FA\u95EE\u9898"
  ]
};
var PERFORMANCE = {
  en: [
    "slow*",
    "performance",
    "perf",
    "latency",
    "(p90|p95|p99|p999)",
    "throughput",
    "optimis*",
    "optimiz*",
    "bottleneck",
    "bottlenecks",
    "profile",
    "profiling",
    "n+1",
    "memory",
    "cpu",
    "speed up",
    "faster",
    "laggy",
    "lag",
    "jank*",
    "oom",
    "under (heavy|) load",
    "high load",
    "load test*"
  ],
  zh: ["\u6162", "\u5F88\u5361", "\u5361\u987F", "\u592A\u5361", "\u6709\u70B9\u5361", "\u6027\u80FD", "\u5EF6\u8FDF", "\u8017\u65F6", "\u4F18\u5316", "\u74F6\u9888", "\u5185\u5B58", "\u541E\u5410", "\u52A0\u901F", "\u63D0\u901F", "\u9AD8\u5E76\u53D1", "\u538B\u6D4B"]
};
var TESTS = {
  en: ["test", "tests", "unit (test|tests)", "spec", "specs", "coverage", "e2e", "integration (test|tests)", "test (case|cases)"],
  zh: ["\u6D4B\u8BD5", "\u5355\u6D4B", "\u7528\u4F8B", "\u8986\u76D6\u7387"]
};
var TRIVIAL = {
  en: [
    "typo",
    "typos",
    "misspell*",
    "spelling",
    "rename",
    "renaming",
    "bump",
    "add (a|an|) (comment|comments)",
    "(comment|comments) (above|on|for|explaining|to)",
    "code (comment|comments)",
    "docstring",
    "docstrings",
    "jsdoc",
    "wording",
    "copy text",
    "label",
    "(lint|eslint|tsc|type) (error|errors|warning|warnings|issue|issues)",
    "prettier",
    "reformat*",
    "format (the|this|) (file|code)",
    "indent*",
    "whitespace",
    "unused (import|imports|variable|variables|code)",
    "commented-out",
    "dead code",
    "log message",
    "log level",
    "readme",
    "license",
    "changelog",
    "gitignore",
    "copyright",
    "env.example",
    "console.log",
    "print statement",
    "print statements",
    "debug (log|logs|print|prints|output)"
  ],
  zh: [
    "\u9519\u522B\u5B57",
    "\u62FC\u5199",
    "\u91CD\u547D\u540D",
    "\u6539\u540D",
    "\u6587\u6848",
    "\u6CE8\u91CA",
    "\u683C\u5F0F\u5316",
    "\u7248\u672C\u53F7",
    "\u65E5\u5FD7\u7EA7\u522B",
    "\u7AEF\u53E3\u53F7",
    "\u7F29\u8FDB",
    "\u7A7A\u683C",
    "\u6CA1\u7528\u7684",
    "\u65E0\u7528\u7684",
    "\u591A\u4F59\u7684",
    "\u8C03\u8BD5\u65E5\u5FD7",
    "\u6253\u5370\u8BED\u53E5"
  ]
};
var OPERATION = {
  en: ["^run", "^execute", "^commit", "^push", "^print", "^show me", "^list", "^open", "^check (the|) (status|version|branch)"],
  zh: ["^\u8DD1\u4E00\u4E0B", "^\u8DD1\u4E0B", "^\u8FD0\u884C", "^\u6267\u884C", "^\u63D0\u4EA4", "^\u63A8\u9001", "^\u5E2E\u6211\u770B\u4E0B\u5F53\u524D", "^\u770B\u4E0B\u5F53\u524D"]
};
var SEQUENCE = {
  en: ["first", "firstly", "then", "next", "after that", "afterwards", "finally", "lastly", "additionally", "as well", "plus"],
  zh: ["\u9996\u5148", "\u7136\u540E", "\u63A5\u7740", "\u5176\u6B21", /再(?!次|见|说)/, "\u6700\u540E", "\u540C\u65F6", "\u987A\u4FBF", "\u53E6\u5916", "\u5E76\u4E14", "\u8FD8\u8981", "\u4EE5\u53CA"]
};
var EXPLAIN_ONLY = {
  en: [
    "just explain",
    "only explain",
    "(don't|dont) (change|modify)",
    "do not change",
    "no code (change|changes)",
    "without changing"
  ],
  zh: ["\u53EA\u89E3\u91CA", "\u4E0D\u8981\u6539", "\u522B\u6539", "\u5148\u522B\u6539", "\u4E0D\u7528\u6539", "\u4E0D\u8981\u52A8"]
};
var QUESTION_EN = {
  en: [
    "^(what|what's|whats|why|how|where|when|which|who|whose|is|are|was|were|does|do|did|could|should|would|will|has|have)",
    "^any idea",
    "^quick question",
    "^(explain|describe|summarise|summarize)",
    "^tell me",
    "^walk me through",
    "^help me understand",
    "^can you (explain|tell)"
  ],
  zh: []
};
var QUESTION_ZH_START = ["\u4E3A\u4EC0\u4E48", "\u4E3A\u5565", "\u600E\u4E48", "\u5982\u4F55", "\u4EC0\u4E48", "\u89E3\u91CA", "\u8BB2\u8BB2", "\u4ECB\u7ECD", "\u8BF4\u8BF4", "\u8BF7\u95EE", "\u603B\u7ED3"];
var QUESTION_ZH_ANYWHERE = [
  "\u662F\u4EC0\u4E48",
  "\u4EC0\u4E48\u610F\u601D",
  "\u5E72\u4EC0\u4E48",
  "\u5E72\u561B",
  "\u505A\u4EC0\u4E48\u7684",
  "\u4EC0\u4E48\u533A\u522B",
  "\u7684\u533A\u522B",
  "\u600E\u4E48\u5DE5\u4F5C",
  "\u600E\u4E48\u56DE\u4E8B",
  "\u600E\u6837",
  "\u600E\u4E48\u6837",
  "\u5728\u54EA",
  "\u54EA\u91CC",
  "\u662F\u5426",
  "\u6709\u6CA1\u6709",
  "\u591A\u5C11",
  "\u4EC0\u4E48\u65F6\u5019\u8BE5",
  "\u539F\u7406",
  "\u8BB2\u8BB2",
  "\u8BB2\u4E00\u4E0B",
  "\u4ECB\u7ECD\u4E00\u4E0B",
  "\u8BF4\u8BF4",
  "\u603B\u7ED3",
  "\u6982\u62EC",
  "\u89E3\u91CA"
];
var QUESTION_END = /* @__PURE__ */ new Set(["\u5417", "\u5462", "\uFF1F", "?"]);
var VERBS = "(fix|implement|add|change|update|refactor|migrate|make|write|create|build|remove|delete|rename|replace|convert|move|split|extract|upgrade|bump|set|optimise|optimize|improve|handle|rewrite|redesign|integrate|debug|investigate|diagnose|profile|look into|figure out|find out|track down)";
var IMPERATIVE = {
  en: [
    `^${VERBS}`,
    `(and|then|please|pls|plz) ${VERBS}`,
    `^(can|could|would) you (please|) ${VERBS}`,
    `^(let's|we need to|we should|i want you to|i need you to|help me) ${VERBS}`
  ],
  zh: [
    "\u4FEE\u590D",
    "\u4FEE\u4E00\u4E0B",
    "\u4FEE\u6389",
    "\u4FEE\u597D",
    "\u4FEE\u4E0B",
    "\u6539\u4E00\u4E0B",
    "\u6539\u6389",
    "\u6539\u597D",
    "\u52A0\u4E0A",
    "\u52A0\u4E00\u4E2A",
    "\u52A0\u4E2A",
    "\u5B9E\u73B0",
    "\u91CD\u6784",
    "\u8FC1\u79FB",
    "\u4F18\u5316\u4E00\u4E0B",
    "\u5904\u7406\u4E00\u4E0B",
    "\u8865\u4E0A",
    "\u8865\u4E00\u4E0B",
    "\u5199\u4E00\u4E2A",
    "\u5199\u4E2A",
    "\u505A\u4E00\u4E2A",
    "\u505A\u4E2A",
    "\u65B0\u589E",
    "\u6392\u67E5",
    "fix"
  ]
};
var ADVICE = {
  en: [
    "how should (we|i)",
    "(what's|what is) the best (way|approach)",
    "best approach",
    "would you recommend",
    "pros and cons",
    "tradeoff",
    "tradeoffs",
    "trade-off",
    "trade-offs"
  ],
  zh: [
    ...["\u600E\u4E48", "\u5982\u4F55", "\u5E94\u8BE5\u600E\u4E48", "\u8BE5\u600E\u4E48"].flatMap((q) => ["\u8BBE\u8BA1", "\u67B6\u6784", "\u62C6\u5206", "\u89C4\u5212", "\u5B9E\u73B0\u6BD4\u8F83\u597D"].map((v) => q + v)),
    "\u6709\u4EC0\u4E48\u65B9\u6848",
    "\u4EC0\u4E48\u65B9\u6848",
    "\u6700\u4F73\u5B9E\u8DF5",
    "\u5229\u5F0A",
    "\u4F18\u7F3A\u70B9"
  ]
};
var SLASH_COMMAND = /^\/[A-Za-z][\w:.-]*(?:\s|$)/;
var TRACE_PREFIXES = ["Traceback (most recent call last)", "goroutine ", "Caused by:", "panic:", "Exception in thread"];
var ERROR_WORDS = /* @__PURE__ */ new Set(["ERROR", "FATAL", "ENOENT", "EACCES", "ECONNREFUSED", "EADDRINUSE", "ETIMEDOUT"]);
function isAsciiWordChar(c) {
  return c !== void 0 && (isWordChar(c) || c >= "A" && c <= "Z");
}
function endsWithLineNumber(t) {
  const body = t.endsWith(")") ? t.slice(0, -1) : t;
  const colon = body.lastIndexOf(":");
  return colon >= 0 && isDigits(body.slice(colon + 1));
}
function isTraceLine(line) {
  const t = line.trim();
  if (t.startsWith("at ")) return endsWithLineNumber(t) || t.endsWith("(native)") || t.endsWith("(<anonymous>)");
  if (t.startsWith('File "')) {
    const at = t.indexOf('", line ');
    return at >= 0 && isDigits(t.slice(at + 8).split(",")[0] ?? "");
  }
  return TRACE_PREFIXES.some((p) => t.startsWith(p));
}
function isErrorLine(line) {
  for (let colon = line.indexOf(":"); colon >= 0; colon = line.indexOf(":", colon + 1)) {
    let s = colon;
    while (isAsciiWordChar(line[s - 1])) s--;
    const word = line.slice(s, colon);
    if (!word || s > 0 && line[s - 1] !== " " && line[s - 1] !== "	") continue;
    const first = word[0] ?? "";
    const named = word.length > 5 && (word.endsWith("Error") || word.endsWith("Exception"));
    if (first >= "A" && first <= "Z" && named) return true;
    if (ERROR_WORDS.has(word)) return true;
    if (word.startsWith("TS") && isDigits(word.slice(2)) && line.slice(Math.max(0, s - 6), s) === "error ") return true;
  }
  return false;
}
var FILE_EXTENSIONS = new Set(
  "ts tsx js jsx mjs cjs py go rs java kt kts swift rb php cs c h cc cpp hpp scala ex exs erl dart lua vue svelte astro json jsonc yml yaml toml ini md mdx sql prisma graphql gql proto css scss sass less html htm xml sh bash zsh ps1 tf gradle conf cfg lock".split(" ")
);
var FRAMEWORK_JS = new Set(
  "node next nuxt vue react express three d3 chart moment nest ember backbone angular socket.io".split(" ").map((n) => `${n}.js`)
);
var PATH_ROOTS = /* @__PURE__ */ new Set([
  "src",
  "lib",
  "app",
  "apps",
  "test",
  "tests",
  "spec",
  "server",
  "client",
  "web",
  "mobile",
  "packages",
  "cmd",
  "internal",
  "pkg",
  "scripts",
  "config",
  "docs",
  "components",
  "pages",
  "api",
  "services",
  "modules",
  "frontend",
  "backend",
  "infra"
]);
var LISTS = {
  scope: SCOPE,
  shift: SHIFT,
  cross: CROSS_CUTTING,
  featureStrong: FEATURE_STRONG,
  feature: FEATURE,
  systemNoun: SYSTEM_NOUN,
  artifact: ARTIFACT,
  modify: MODIFY,
  bug: BUG,
  performance: PERFORMANCE,
  tests: TESTS,
  trivial: TRIVIAL,
  operation: OPERATION,
  sequence: SEQUENCE,
  explainOnly: EXPLAIN_ONLY,
  questionEn: QUESTION_EN,
  imperative: IMPERATIVE,
  advice: ADVICE
};
var defaults;
var extraCache = /* @__PURE__ */ new Map();
function compiled(extraScope, extraRisk) {
  if (extraScope.length === 0 && extraRisk.length === 0) return defaults ??= build([], []);
  const key = JSON.stringify([extraScope, extraRisk]);
  let c = extraCache.get(key);
  if (!c) {
    if (extraCache.size > 16) extraCache.clear();
    c = build(extraScope, extraRisk);
    extraCache.set(key, c);
  }
  return c;
}
var precompiled;
function builtIn(key, list) {
  precompiled ??= JSON.parse(PRECOMPILED);
  const data = precompiled[key];
  return data ? hydrateMatcher(data) : compileList(list);
}
function build(extraScope, extraRisk) {
  const built = /* @__PURE__ */ new Map();
  let risk;
  return {
    get(name) {
      let m = built.get(name);
      if (!m) {
        m = name === "scope" && extraScope.length > 0 ? compileList(LISTS[name], extraScope) : builtIn(name, LISTS[name]);
        built.set(name, m);
      }
      return m;
    },
    risk() {
      if (!risk) {
        risk = RISK.map((r) => ({ name: r.name, m: builtIn(`risk:${r.name}`, r.words) }));
        if (extraRisk.some((w) => w.trim())) risk.push({ name: "custom", m: compileList({ en: [], zh: [] }, extraRisk) });
      }
      return risk;
    }
  };
}
function words(found) {
  const out = [];
  for (const m of found) {
    const ws = m.text.split("\n").join(" ").split("	").join(" ").split(" ").filter(Boolean);
    const flat = ws.join(" ");
    const w = ws.length > 3 ? `${ws[0]} \u2026 ${ws[ws.length - 1]}` : flat.length > 6 && [...flat].some(isCjk) ? `${flat.slice(0, 1)}\u2026${flat.slice(-1)}` : flat;
    if (!out.includes(w)) out.push(w);
  }
  return out;
}
function find(m, doc) {
  return words(findAll(m, doc));
}
function detail(words2) {
  return words2.slice(0, 3).join(", ");
}
function split(text) {
  const kept = [];
  let traceLines = 0;
  let errorLines = 0;
  let codeLines = 0;
  let inFence = false;
  for (const line of text.split("\n")) {
    const isFence = line.trimStart().startsWith("```");
    if (isFence) {
      inFence = !inFence;
      continue;
    }
    if (isTraceLine(line)) {
      traceLines++;
      continue;
    }
    if (isErrorLine(line)) errorLines++;
    if (inFence) codeLines += 1 + Math.floor(line.length / 120);
    else kept.push(line);
  }
  return { prose: kept.join("\n").toLowerCase(), traceLines, errorLines, codeLines };
}
var PATH_CHARS = /* @__PURE__ */ new Set([..."abcdefghijklmnopqrstuvwxyz0123456789_.-/*"]);
function countPaths(prose) {
  const named = [];
  let files = 0;
  for (let i = 0; i < prose.length; ) {
    if (!PATH_CHARS.has(prose[i] ?? "")) {
      i++;
      continue;
    }
    let j = i;
    while (PATH_CHARS.has(prose[j] ?? "")) j++;
    const run = prose.slice(i, j);
    i = j;
    let end = run.length;
    while (end > 0 && (run[end - 1] === "." || run[end - 1] === "-")) end--;
    let tok = run.slice(0, end);
    if (tok.length < 3 || tok.length > 256 || tok.startsWith("/") || tok.startsWith("http")) continue;
    if (named.includes(tok)) continue;
    const isGlob = tok.includes("*");
    tok = stripDirectorySuffix(tok);
    const segs = tok.split("/");
    const base = segs[segs.length - 1] ?? "";
    let weight = 0;
    const dot = base.lastIndexOf(".");
    if (dot > 0 && FILE_EXTENSIONS.has(base.slice(dot + 1)) && !isGlob) {
      if (segs.length === 1 && FRAMEWORK_JS.has(base)) continue;
      weight = 1;
    } else if (isGlob || run.endsWith("/") || segs.length > 1 && PATH_ROOTS.has(segs[0] ?? "")) {
      weight = 2;
    }
    if (weight === 0) continue;
    named.push(run);
    files += weight;
  }
  return { files, named };
}
function stripDirectorySuffix(tok) {
  if (tok.endsWith("/")) return tok.slice(0, -1);
  const slash = tok.lastIndexOf("/");
  const tail = tok.slice(slash + 1);
  if (slash < 0 || !tail.startsWith("*")) return tok;
  let k = 0;
  while (tail[k] === "*") k++;
  const rest = tail.slice(k);
  return rest === "" || rest.startsWith(".") && [...rest.slice(1)].every((c) => isAsciiWordChar(c)) ? tok.slice(0, slash) : tok;
}
var CHINESE_NUMERALS = /* @__PURE__ */ new Set([..."\u4E00\u4E8C\u4E09\u56DB\u4E94\u516D\u4E03\u516B\u4E5D\u5341"]);
function countListItems(prose) {
  let n = 0;
  for (const line of prose.split("\n")) {
    const t = line.trimStart();
    let k = 0;
    if (isDigits(t.slice(0, 1))) {
      k = isDigits(t.slice(1, 2)) ? 2 : 1;
      if (!".)\u3001".includes(t[k] ?? "x")) continue;
      k++;
    } else if ("-*\u2022".includes(t[0] ?? "x")) k = 1;
    else if (CHINESE_NUMERALS.has(t[0] ?? "") && "\u3001.".includes(t[1] ?? "x")) k = 2;
    else continue;
    if (t.slice(k).trim()) n++;
  }
  return n;
}
function lengthUnits(prose) {
  let cjk = 0;
  let words2 = 0;
  let inWord = false;
  for (const c of prose) {
    const wordChar = isWordChar(c) || c === "'" || c === "-";
    if (wordChar && !inWord) words2++;
    inWord = wordChar;
    if (!wordChar && isCjk(c)) cjk++;
  }
  return words2 + Math.round(cjk * 0.8);
}
function isQuestion(doc, c) {
  const only = find(c.get("explainOnly"), doc)[0];
  if (only) return { question: true, advice: false, cue: only };
  let cue = find(c.get("questionEn"), doc)[0] ?? "";
  if (!cue) {
    const trimmed = doc.text.trim();
    let at = Infinity;
    for (const w of QUESTION_ZH_START) if (trimmed.startsWith(w)) [at, cue] = [0, w];
    for (const w of QUESTION_ZH_ANYWHERE) {
      const i = trimmed.indexOf(w);
      if (i >= 0 && i < at) [at, cue] = [i, w];
    }
    const last = trimmed.slice(-1);
    if (!cue && QUESTION_END.has(last)) cue = last;
  }
  if (!cue) return { question: false, advice: false, cue: "" };
  const imperative = findAll(c.get("imperative"), doc).length > 0;
  const advice = find(c.get("advice"), doc)[0];
  return { question: !imperative, advice: advice !== void 0, cue: advice ?? cue };
}
function classify(text, opts = {}) {
  const mediumThreshold = opts.mediumThreshold ?? DEFAULT_THRESHOLDS.mediumThreshold;
  const complexThreshold = opts.complexThreshold ?? DEFAULT_THRESHOLDS.complexThreshold;
  const trimmed = (text.length > MAX_SCAN_CHARS ? text.slice(0, MAX_SCAN_CHARS) : text).trim();
  const signals = [];
  const finish = () => {
    const score = Math.max(0, signals.reduce((s, x) => s + x.weight, 0));
    const level = score >= complexThreshold ? "complex" : score >= mediumThreshold ? "medium" : "simple";
    return { level, score, signals };
  };
  if (!trimmed) return finish();
  const slash = SLASH_COMMAND.exec(trimmed);
  if (slash) {
    signals.push({ id: "slashCommand", weight: 0, detail: slash[0].trim() });
    return finish();
  }
  const c = compiled(opts.extraScopeWords ?? [], opts.extraRiskWords ?? []);
  const { prose, traceLines, errorLines, codeLines } = split(trimmed);
  const doc = makeDoc(prose);
  const add = (id, weight, d) => {
    if (weight !== 0) signals.push({ id, weight, detail: d });
  };
  const scopeMatches = findAll(c.get("scope"), doc);
  const scope = words(scopeMatches);
  const shift = words(findAll(c.get("shift"), doc).filter((m) => !scopeMatches.some((s) => s.start <= m.start && m.start < s.end)));
  const scopeWords = [...scope, ...shift];
  if (scopeWords.length) add("scope", (scope.length ? 3 : 2) + (scopeWords.length > 1 ? 1 : 0), detail(scopeWords));
  const risks = [];
  for (const r of c.risk()) {
    const first = find(r.m, doc)[0];
    if (first) risks.push(first);
  }
  if (risks.length) add("risk", Math.min(6, 2 * risks.length), detail(risks));
  const cross = find(c.get("cross"), doc);
  if (cross.length) add("crossCutting", 2, detail(cross));
  const strong = find(c.get("featureStrong"), doc);
  const feature = strong.length ? strong : find(c.get("feature"), doc);
  if (feature.length) add("feature", strong.length ? 3 : 2, detail(feature));
  const modify = find(c.get("modify"), doc);
  if (modify.length) add("change", 1, detail(modify));
  if (feature.length || scopeWords.length) {
    const systemNoun = find(c.get("systemNoun"), doc);
    const artifact = systemNoun.length ? [] : find(c.get("artifact"), doc);
    if (systemNoun.length) add("system", 2, detail(systemNoun));
    else if (artifact.length && feature.length) add("artifact", 1, detail(artifact));
  }
  const { files, named } = countPaths(prose);
  if (files >= 2) add("files", files >= 5 ? 3 : files >= 3 ? 2 : 1, `${named.length} ${named.length === 1 ? "path" : "paths"} named`);
  const items = countListItems(prose);
  const seq = find(c.get("sequence"), doc);
  let parts = 0;
  for (const ch of prose) if (ch === "," || ch === "\uFF0C" || ch === "\u3001" || ch === ";" || ch === "\uFF1B") parts++;
  const listWeight = Math.max(items >= 2 ? Math.min(3, items - 1) : 0, parts >= 6 ? 2 : parts >= 3 ? 1 : 0);
  const stepWeight = Math.min(3, listWeight + (seq.length >= 3 ? 2 : seq.length >= 2 ? 1 : 0));
  if (stepWeight) {
    const what = items >= 2 ? `${items} list items` : seq.length >= 2 ? `steps ${detail(seq)}` : `${parts + 1} parts`;
    add("steps", stepWeight, what);
  }
  if (traceLines >= 2) add("errorLog", 2, `stack trace (${traceLines} frames)`);
  else if (traceLines + errorLines > 0) add("errorLog", 1, "error message");
  if (codeLines >= 15) add("code", codeLines >= 60 ? 2 : 1, `${codeLines} lines of code pasted`);
  const bug = find(c.get("bug"), doc);
  if (bug.length) add("bug", 2, detail(bug));
  const perf = find(c.get("performance"), doc);
  if (perf.length) add("performance", 2, detail(perf));
  const tests = find(c.get("tests"), doc);
  if (tests.length) add("tests", 1, detail(tests));
  const units = lengthUnits(prose);
  const longWeight = text.length > MAX_SCAN_CHARS ? 3 : units >= 60 ? 3 : units >= 30 ? 2 : units >= 12 ? 1 : 0;
  const lengthDetail = text.length > MAX_SCAN_CHARS ? `${text.length} chars (first ${MAX_SCAN_CHARS} scanned)` : `~${units} words`;
  if (longWeight) add("length", longWeight, lengthDetail);
  const trivial = find(c.get("trivial"), doc);
  if (trivial.length) add("trivial", -3, detail(trivial));
  else if (/(?:^|[^a-z])(?:to|->|改成|改为|升级到|升到|bump \S+ to) ?v?\d+\.\d+\.\d+\b/.test(prose)) add("trivial", -3, "version bump");
  const tweak = /\b(?:change|set|raise|lower|increase|decrease|make|update)\b[^.\n]{0,60}\bfrom ['"“]?[\w.-]{1,20}['"”]? to ['"“]?\S{1,20}|改成|改为|调成|调到|设为|设置为/.exec(
    prose
  );
  if (tweak && !scope.length) add("tweak", -2, tweak[0].length > 24 ? `${tweak[0].slice(0, 24)}\u2026` : tweak[0]);
  const lead = prose.length - prose.trimStart().length;
  const op = findAll(c.get("operation"), doc).find((m) => m.start === lead);
  if (op) add("operation", -2, op.text);
  const q = isQuestion(doc, c);
  if (q.question) add("question", q.advice ? -2 : -5, q.cue);
  return finish();
}
var SELF_DESCRIBED = /* @__PURE__ */ new Set(["files", "steps", "length", "errorLog", "code"]);
function explain(result) {
  const parts = [...result.signals].filter((s) => s.weight !== 0 || s.id === "slashCommand").sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight)).map((s) => {
    const body = SELF_DESCRIBED.has(s.id) ? s.detail : `${s.id} ${s.detail}`;
    return s.weight < 0 ? `${body} (${s.weight})` : body;
  });
  return `${result.level} (score ${result.score}): ${parts.length ? parts.join(", ") : "no signals"}`;
}

// src/cli/classify.ts
var USAGE = `Usage: codex-collab classify [--json] [TEXT]        (TEXT or stdin)
       codex-collab classify --jsonl < prompts.jsonl   (one {"prompt": "\u2026"} per line \u2192 one result per line)`;
async function classifyVerb(args, io) {
  const { values, positionals } = parseVerbArgs(args, { json: { type: "boolean" }, jsonl: { type: "boolean" }, help: { type: "boolean", short: "h" } }, USAGE);
  if (values.help) {
    print(io.stdout, USAGE);
    return 0;
  }
  const options = loadConfig(findProjectRoot(io.cwd)).classify;
  if (values.jsonl) {
    let line = 0;
    for await (const raw of createInterface({ input: io.stdin, crlfDelay: Infinity })) {
      line += 1;
      if (!raw.trim()) continue;
      let prompt;
      try {
        prompt = JSON.parse(raw).prompt;
      } catch (e) {
        throw new UsageError(`stdin line ${line}: not JSON (${e.message})`, USAGE);
      }
      if (typeof prompt !== "string") throw new UsageError(`stdin line ${line}: expected {"prompt": "<text>"}`, USAGE);
      io.stdout.write(`${JSON.stringify(classify(prompt, options))}
`);
    }
    return 0;
  }
  const text = positionals.length > 0 ? positionals.join(" ") : io.stdin.isTTY ? "" : await readAll(io.stdin);
  if (!text.trim()) throw new UsageError("nothing to classify: give TEXT or pipe it on stdin", USAGE);
  const result = classify(text, options);
  if (values.json) print(io.stdout, JSON.stringify(result, null, 2));
  else {
    print(io.stdout, explain(result));
    for (const s of result.signals) print(io.stdout, `  ${s.weight >= 0 ? "+" : ""}${s.weight}  ${s.id}: ${s.detail}`);
  }
  return 0;
}
export {
  classifyVerb
};
