<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AddShapesCommand</name>
    <message>
        <source>Add %1</source>
        <translation>添加 %1</translation>
    </message>
    <message numerus="yes">
        <source>Add %n shape(s)</source>
        <translation>
            <numerusform>添加 %n 个形状</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArtifactStore</name>
    <message>
        <source>The artifact path &quot;%1&quot; names no file. Give a path relative to the run&apos;s artifact root, such as &quot;plots/loss.png&quot;.</source>
        <translation>工件路径“%1”未指明文件。请给出相对于运行工件根目录的路径，例如“plots/loss.png”。</translation>
    </message>
    <message>
        <source>The artifact path &quot;%1&quot; is not relative or holds a backslash. Give a &apos;/&apos;-separated path relative to the run&apos;s artifact root.</source>
        <translation>工件路径“%1”不是相对路径，或包含反斜杠。请给出以 &apos;/&apos; 分隔、相对于运行工件根目录的路径。</translation>
    </message>
    <message>
        <source>The artifact path &quot;%1&quot; holds an empty, &quot;.&quot; or &quot;..&quot; part. Artifact paths must stay inside the run&apos;s artifact root.</source>
        <translation>工件路径“%1”包含空的、“.”或“..”部分。工件路径必须位于运行的工件根目录之内。</translation>
    </message>
    <message>
        <source>The artifact path &quot;%1&quot; is not of the form &lt;experiment id&gt;/&lt;run id&gt;/artifacts/&lt;path&gt;, which is where runs of this server keep their artifacts.</source>
        <translation>工件路径“%1”不符合 &lt;experiment id&gt;/&lt;run id&gt;/artifacts/&lt;path&gt; 格式，而此服务器的运行正是将工件保存在该位置。</translation>
    </message>
    <message>
        <source>The artifact path &quot;%1&quot; is a folder of this run. Upload the file under another name.</source>
        <translation>工件路径“%1”是此运行的一个文件夹。请以其他名称上传该文件。</translation>
    </message>
    <message>
        <source>The artifact path &quot;%1&quot; runs through &quot;%2&quot;, which is a file of this run.</source>
        <translation>工件路径“%1”经过“%2”，而后者是此运行的一个文件。</translation>
    </message>
    <message>
        <source>Could not record the artifact &quot;%1&quot;</source>
        <translation>无法记录工件“%1”</translation>
    </message>
    <message>
        <source>The run has no artifact file &quot;%1&quot;.</source>
        <translation>该运行没有工件文件“%1”。</translation>
    </message>
    <message>
        <source>Could not delete the artifact &quot;%1&quot;</source>
        <translation>无法删除工件“%1”</translation>
    </message>
</context>
<context>
    <name>BlobStore</name>
    <message>
        <source>Could not create the folder %1 in the project. Check that the project folder is writable.</source>
        <translation>无法在项目中创建文件夹 %1。请检查项目文件夹是否可写。</translation>
    </message>
    <message>
        <source>Could not write %1. Check the free space and permissions of the project folder.</source>
        <translation>无法写入 %1。请检查项目文件夹的可用空间和权限。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a content hash (64 hex digits).</source>
        <translation>“%1”不是内容哈希（应为 64 位十六进制数字）。</translation>
    </message>
    <message>
        <source>The project file %1 is missing or unreadable: restore the project&apos;s blobs folder from a backup.</source>
        <translation>项目文件 %1 缺失或无法读取：请从备份中恢复项目的 blobs 文件夹。</translation>
    </message>
    <message>
        <source>The project file %1 is damaged: its content no longer matches its name. Restore it from a backup.</source>
        <translation>项目文件 %1 已损坏：其内容与文件名不再匹配。请从备份中恢复该文件。</translation>
    </message>
    <message>
        <source>Could not read %1. Check that the file exists and is readable.</source>
        <translation>无法读取 %1。请检查该文件是否存在且可读。</translation>
    </message>
    <message>
        <source>Could not write in %1. Check the free space and permissions of the project folder.</source>
        <translation>无法在 %1 中写入。请检查项目文件夹的可用空间和权限。</translation>
    </message>
    <message>
        <source>Could not copy %1 into the project. Check the free space of the project folder.</source>
        <translation>无法将 %1 复制到项目中。请检查项目文件夹的可用空间。</translation>
    </message>
</context>
<context>
    <name>BoxIou</name>
    <message>
        <source>The GPU computation failed; the CPU path gives the same results.</source>
        <translation>GPU 计算失败；CPU 计算路径可得到相同的结果。</translation>
    </message>
    <message>
        <source>This Atelier was built without CUDA; the CPU path gives the same results.</source>
        <translation>此 Atelier 版本构建时未启用 CUDA；CPU 计算路径可得到相同的结果。</translation>
    </message>
</context>
<context>
    <name>CanvasGeometry</name>
    <message>
        <source>Could not erase from the mask: the masks differ in size.</source>
        <translation>无法从掩码中擦除：掩码尺寸不同。</translation>
    </message>
</context>
<context>
    <name>ChangeShapesCommand</name>
    <message numerus="yes">
        <source>Change %n shape(s)</source>
        <translation>
            <numerusform>修改 %n 个形状</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>project init DIR       make a new, empty project in DIR</source>
        <translation>project init DIR       在 DIR 中新建一个空项目</translation>
    </message>
    <message>
        <source>project info DIR       print the schema version and counts per entity</source>
        <translation>project info DIR       输出架构版本及各类实体的数量</translation>
    </message>
    <message>
        <source>project check DIR      check the store&apos;s integrity (exit code 1 on problems)</source>
        <translation>project check DIR      检查存储的完整性（发现问题时退出码为 1）</translation>
    </message>
    <message>
        <source>demo create DIR        make the demo project (synthetic images) in DIR</source>
        <translation>demo create DIR        在 DIR 中创建演示项目（合成图像）</translation>
    </message>
    <message>
        <source>Usage: atelier [--demo | --project DIR | DIR]   start the workbench
       atelier COMMAND [ARGS]                  run a command without a window

Commands:
</source>
        <translation>用法：atelier [--demo | --project DIR | DIR]   启动工作台
      atelier COMMAND [ARGS]                  不打开窗口，直接运行命令

命令：
</translation>
    </message>
    <message>
        <source>print the version</source>
        <translation>输出版本号</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;.</source>
        <translation>未知命令“%1”。</translation>
    </message>
    <message>
        <source>expected one folder. Usage: atelier demo create DIR</source>
        <translation>需要指定一个文件夹。用法：atelier demo create DIR</translation>
    </message>
    <message>
        <source>expected one project folder. Usage: atelier %1</source>
        <translation>需要指定一个项目文件夹。用法：atelier %1</translation>
    </message>
    <message>
        <source>Usage: atelier %1</source>
        <translation>用法：atelier %1</translation>
    </message>
    <message>
        <source>dataset version DIR --name NAME --message TEXT
                         freeze the annotations as a new version</source>
        <translation>dataset version DIR --name NAME --message TEXT
                         将当前标注冻结为新版本</translation>
    </message>
    <message>
        <source>dataset versions DIR --name NAME
                         list the versions with their statistics</source>
        <translation>dataset versions DIR --name NAME
                         列出各版本及其统计信息</translation>
    </message>
    <message>
        <source>dataset diff DIR --name NAME --from V1 --to V2
                         compare two versions image by image</source>
        <translation>dataset diff DIR --name NAME --from V1 --to V2
                         逐图像比较两个版本的差异</translation>
    </message>
    <message>
        <source>format %1 is not supported (supported: %2).</source>
        <translation>不支持格式 %1（支持的格式：%2）。</translation>
    </message>
    <message>
        <source>--version takes a version number (1, 2, ...), not &quot;%1&quot;.</source>
        <translation>--version 的值应为版本号（1、2、...），而不是“%1”。</translation>
    </message>
    <message>
        <source>dataset import DIR --name NAME --format coco|yolo|voc|labelme|folder PATH
                         [--images IMGDIR] [--skip-bad]
                         import annotations (or a folder of images) as a dataset</source>
        <translation>dataset import DIR --name NAME --format coco|yolo|voc|labelme|folder PATH
                         [--images IMGDIR] [--skip-bad]
                         将标注（或图像文件夹）导入为数据集</translation>
    </message>
    <message>
        <source>dataset export DIR --name NAME --format coco|yolo|voc|labelme|masks --out PATH
                         [--version V]
                         write a dataset (or one of its versions) in a format</source>
        <translation>dataset export DIR --name NAME --format coco|yolo|voc|labelme|masks --out PATH
                         [--version V]
                         以指定格式写出数据集（或其某个版本）</translation>
    </message>
    <message>
        <source>dataset restore DIR --name NAME --version V
                         make the working annotations those of a version</source>
        <translation>dataset restore DIR --name NAME --version V
                         使工作标注与某个版本的标注一致</translation>
    </message>
    <message>
        <source>dataset split DIR --name NAME --train F --val F --test F [--seed S] [--stratify]
                         assign the images to train, val and test at random</source>
        <translation>dataset split DIR --name NAME --train F --val F --test F [--seed S] [--stratify]
                         将图像随机分配到 train、val 和 test</translation>
    </message>
    <message>
        <source>tracking serve DIR [--port P]
                         run the MLflow-compatible tracking server on 127.0.0.1
                         (port 0 or none: any free port) until SIGINT or SIGTERM;
                         prints {&quot;url&quot;: ...} for MLFLOW_TRACKING_URI</source>
        <translation>tracking serve DIR [--port P]
                         在 127.0.0.1 上运行 MLflow 兼容的跟踪服务器
                         （端口为 0 或不指定：任意空闲端口），直到收到 SIGINT 或 SIGTERM；
                         输出 {&quot;url&quot;: ...}，供 MLFLOW_TRACKING_URI 使用</translation>
    </message>
    <message>
        <source>tracking import DIR --mlruns PATH
                         import or sync an MLflow file store (mlruns folder)</source>
        <translation>tracking import DIR --mlruns PATH
                         导入或同步 MLflow 文件存储（mlruns 文件夹）</translation>
    </message>
    <message>
        <source>expected a project folder and --mlruns PATH. Usage: atelier %1</source>
        <translation>需要指定一个项目文件夹和 --mlruns PATH。用法：atelier %1</translation>
    </message>
    <message>
        <source>%1 takes a fraction of the images (0.8, or 80 with the others in percent), not &quot;%2&quot;.</source>
        <translation>%1 的值应为图像所占的比例（0.8；或 80，此时其他值也使用百分比），而不是“%2”。</translation>
    </message>
    <message>
        <source>--seed takes a whole number from 0 to 18446744073709551615, not &quot;%1&quot;.</source>
        <translation>--seed 的值应为 0 到 18446744073709551615 之间的整数，而不是“%1”。</translation>
    </message>
    <message>
        <source>--port takes a port number from 0 (any free port) to 65535, not &quot;%1&quot;.</source>
        <translation>--port 的值应为 0（任意空闲端口）到 65535 之间的端口号，而不是“%1”。</translation>
    </message>
    <message>
        <source>could not set up the handling of SIGINT and SIGTERM.</source>
        <translation>无法设置对 SIGINT 和 SIGTERM 的处理。</translation>
    </message>
    <message>
        <source>--version takes a version number (1, 2, ...), not %1.</source>
        <translation>--version 的值应为版本号（1、2、...），而不是 %1。</translation>
    </message>
    <message>
        <source>target add DIR --name N --kind local|ssh|slurm [--host H] [--port P] [--user U]
                         [--identity KEYFILE] [--known-hosts FILE] [--partition P]
                         add a compute target to run jobs on</source>
        <translation>target add DIR --name N --kind local|ssh|slurm [--host H] [--port P] [--user U]
                         [--identity KEYFILE] [--known-hosts FILE] [--partition P]
                         添加用于运行作业的计算目标</translation>
    </message>
    <message>
        <source>target test DIR N       check that a target can run jobs; prints its GPU count</source>
        <translation>target test DIR N       检查目标能否运行作业；输出其 GPU 数量</translation>
    </message>
    <message>
        <source>job list DIR           list the jobs, newest first</source>
        <translation>job list DIR           列出作业，最新的在前</translation>
    </message>
    <message>
        <source>job wait DIR JOB [--timeout S]
                         follow the job (retries included) until it ends;
                         exit code 0 only if it succeeded</source>
        <translation>job wait DIR JOB [--timeout S]
                         跟踪作业（包括重试）直到其结束；
                         仅当作业成功时退出码为 0</translation>
    </message>
    <message>
        <source>job logs DIR JOB [--follow]
                         copy the job&apos;s stdout and stderr (--follow: until it ends)</source>
        <translation>job logs DIR JOB [--follow]
                         复制作业的 stdout 和 stderr（--follow：直到作业结束）</translation>
    </message>
    <message>
        <source>job cancel DIR JOB [--grace S]
                         SIGTERM, then SIGKILL after S seconds (10)</source>
        <translation>job cancel DIR JOB [--grace S]
                         先发送 SIGTERM，S 秒（默认 10）后发送 SIGKILL</translation>
    </message>
    <message>
        <source>%1 takes a whole number of 0 or more, not &quot;%2&quot;.</source>
        <translation>%1 的值应为 0 或更大的整数，而不是“%2”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a job id. &quot;atelier job list DIR&quot; shows the jobs.</source>
        <translation>“%1”不是作业 ID。可用“atelier job list DIR”查看作业。</translation>
    </message>
    <message>
        <source>--env takes NAME=VALUE, not &quot;%1&quot;.</source>
        <translation>--env 的值应为 NAME=VALUE，而不是“%1”。</translation>
    </message>
    <message>
        <source>the job %1 could not start: %2</source>
        <translation>作业 %1 无法启动：%2</translation>
    </message>
    <message>
        <source>the job %1 is still %2 after %3 s; it goes on running.</source>
        <translation>作业 %1 在 %3 秒后仍为 %2；它会继续运行。</translation>
    </message>
    <message>
        <source>the job %1 %2: %3</source>
        <translation>作业 %1 %2：%3</translation>
    </message>
    <message>
        <source>deploy status DIR DEPLOYMENT
                         probe the server; print its state, metrics and events</source>
        <translation>deploy status DIR DEPLOYMENT
                         探测服务器；输出其状态、指标和事件</translation>
    </message>
    <message>
        <source>deploy stop DIR DEPLOYMENT [--grace S]
                         SIGTERM to the server, SIGKILL after S seconds (5)</source>
        <translation>deploy stop DIR DEPLOYMENT [--grace S]
                         向服务器发送 SIGTERM，S 秒（默认 5）后发送 SIGKILL</translation>
    </message>
    <message>
        <source>model register DIR --name NAME (--run RUN --artifact PATH | --file PATH)
                         [--description TEXT]
                         register a run&apos;s artifact (file or MLflow model folder),
                         or a local file, as the next version of model NAME</source>
        <translation>model register DIR --name NAME (--run RUN --artifact PATH | --file PATH)
                         [--description TEXT]
                         将运行的工件（文件或 MLflow 模型文件夹）或本地文件
                         注册为模型 NAME 的下一个版本</translation>
    </message>
    <message>
        <source>model list DIR [--name NAME]
                         list the registered models and their versions</source>
        <translation>model list DIR [--name NAME]
                         列出已注册的模型及其版本</translation>
    </message>
    <message>
        <source>model stage DIR --name NAME --version V --stage none|staging|production|archived
                         [--archive-existing] [--comment TEXT]
                         move a version to a stage; prints its stage history</source>
        <translation>model stage DIR --name NAME --version V --stage none|staging|production|archived
                         [--archive-existing] [--comment TEXT]
                         将版本移至某个阶段；输出其阶段历史</translation>
    </message>
    <message>
        <source>lineage DIR --of KIND:ID [--direction up|down|both]
                         print the lineage graph of a node (run:3, model_version:NAME/2,
                         deployment:NAME ...) as JSON</source>
        <translation>lineage DIR --of KIND:ID [--direction up|down|both]
                         以 JSON 格式输出某个节点（run:3、model_version:NAME/2、
                         deployment:NAME ...）的血缘关系图</translation>
    </message>
    <message>
        <source>loadtest URL --concurrency C [--threads T] [--rate R] (--duration S | --requests N)
                         [--body FILE]... [--method M] [--header &apos;K: V&apos;]... [--timeout S]
                         [--project DIR [--deployment NAME|ID]]
                         HTTP load, closed loop or at R requests/s; prints requests,
                         errors, rps and p50/p95/p99/max in ms (kept in DIR if given)</source>
        <translation>loadtest URL --concurrency C [--threads T] [--rate R] (--duration S | --requests N)
                         [--body FILE]... [--method M] [--header &apos;K: V&apos;]... [--timeout S]
                         [--project DIR [--deployment NAME|ID]]
                         HTTP 负载测试，闭环或以每秒 R 个请求的速率；输出请求数、
                         错误数、rps 以及 p50/p95/p99/max（毫秒）（若指定 DIR 则保存在其中）</translation>
    </message>
    <message>
        <source>%1 takes a whole number from 0 to %2, not &quot;%3&quot;.</source>
        <translation>%1 的值应为 0 到 %2 之间的整数，而不是“%3”。</translation>
    </message>
    <message>
        <source>--command takes a JSON array of strings, such as &apos;[&quot;python3&quot;, &quot;serve.py&quot;, &quot;--port&quot;, &quot;{port}&quot;]&apos;, or give the command after --.</source>
        <translation>--command 的值应为由字符串组成的 JSON 数组，例如 &apos;[&quot;python3&quot;, &quot;serve.py&quot;, &quot;--port&quot;, &quot;{port}&quot;]&apos;，或者在 -- 之后给出命令。</translation>
    </message>
    <message>
        <source>the deployment %1 is down: %2</source>
        <translation>部署 %1 已停止运行：%2</translation>
    </message>
    <message>
        <source>the deployment %1 is still %2 after %3 s; its server goes on starting. &quot;atelier deploy status&quot; follows it.</source>
        <translation>部署 %1 在 %3 秒后仍为 %2；其服务器会继续启动。可用“atelier deploy status”跟踪其状态。</translation>
    </message>
    <message>
        <source>could not stop the deployment %1: %2</source>
        <translation>无法停止部署 %1：%2</translation>
    </message>
    <message>
        <source>%1 takes a number above 0, not &quot;%2&quot;.</source>
        <translation>%1 的值应为大于 0 的数，而不是“%2”。</translation>
    </message>
    <message>
        <source>%1 takes a whole number of 1 or more, not &quot;%2&quot;.</source>
        <translation>%1 的值应为 1 或更大的整数，而不是“%2”。</translation>
    </message>
    <message>
        <source>--header takes &quot;Name: value&quot; on one line, not &quot;%1&quot;.</source>
        <translation>--header 的值应为单行的“Name: value”，而不是“%1”。</translation>
    </message>
    <message>
        <source>Could not read the request body file &quot;%1&quot;: %2.</source>
        <translation>无法读取请求体文件“%1”：%2。</translation>
    </message>
    <message>
        <source>the load test was interrupted; the figures above cover the part that ran.</source>
        <translation>负载测试已中断；以上数据仅涵盖已运行的部分。</translation>
    </message>
    <message>
        <source>%1 is not an option here, or needs a value. Usage: atelier %2</source>
        <translation>%1 不是此处可用的选项，或者需要一个值。用法：atelier %2</translation>
    </message>
    <message>
        <source>--version takes a version number (1, 2 ...), not &quot;%1&quot;.</source>
        <translation>--version 的值应为版本号（1、2 ...），而不是“%1”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a stage: give none, staging, production or archived.</source>
        <translation>“%1”不是阶段：请给出 none、staging、production 或 archived。</translation>
    </message>
    <message>
        <source>demo pipeline DIR [--python P] [--epochs N]
                         in a demo project: version the dataset, train the demo model as
                         a job, register it and deploy it (left running)</source>
        <translation>demo pipeline DIR [--python P] [--epochs N]
                         在演示项目中：为数据集创建版本，以作业形式训练演示模型，
                         注册并部署该模型（部署保持运行）</translation>
    </message>
    <message>
        <source>job submit DIR --target N [--name NAME] [--workdir DIR] [--env K=V]... [--gpus G]
                         [--retries R] [--experiment E] [--output DIR] [--checkpoints GLOB]
                         [--dataset-version NAME/V]
                         -- CMD ARGS...
                         start a job detached; prints its id</source>
        <translation>job submit DIR --target N [--name NAME] [--workdir DIR] [--env K=V]... [--gpus G]
                         [--retries R] [--experiment E] [--output DIR] [--checkpoints GLOB]
                         [--dataset-version NAME/V]
                         -- CMD ARGS...
                         以分离方式启动作业；输出其 ID</translation>
    </message>
    <message>
        <source>deploy start DIR --model NAME --version V --target T [--port P] [--name N]
                         [--timeout S] [--split VERSION:WEIGHT]...
                         [--command JSON_ARRAY | -- CMD ARGS...]
                         serve a model version ({model_path}, {port}, {name} in the
                         command; the demo inference server by default) and wait
                         until it is ready (60 s; 0: until its process started)</source>
        <translation>deploy start DIR --model NAME --version V --target T [--port P] [--name N]
                         [--timeout S] [--split VERSION:WEIGHT]...
                         [--command JSON_ARRAY | -- CMD ARGS...]
                         提供模型版本服务（命令中可使用 {model_path}、{port}、{name}；
                         默认使用演示推理服务器），并等待其就绪
                         （60 秒；0：等到其进程启动为止）</translation>
    </message>
    <message>
        <source>deploy split DIR DEPLOYMENT VERSION:WEIGHT [VERSION:WEIGHT]... [--timeout S]
                         share the deployment&apos;s traffic between model versions by weight
                         (deploy start --split VERSION:WEIGHT does so from the start)</source>
        <translation>deploy split DIR DEPLOYMENT VERSION:WEIGHT [VERSION:WEIGHT]... [--timeout S]
                         按权重在模型版本之间分配部署的流量
                         （deploy start --split VERSION:WEIGHT 从一开始就这样分配）</translation>
    </message>
    <message>
        <source>deploy gateway --port P --control-port C --routes JSON
                         the traffic gateway of a split (Atelier starts it as a job)</source>
        <translation>deploy gateway --port P --control-port C --routes JSON
                         流量拆分的流量网关（由 Atelier 作为作业启动）</translation>
    </message>
    <message>
        <source>the target &quot;%1&quot; of this project is not a local one; the demo pipeline runs on this computer.</source>
        <translation>此项目的目标“%1”不是本地目标；演示流水线在本计算机上运行。</translation>
    </message>
    <message>
        <source>the training job %1 ended %2; &quot;atelier job logs %3 %1&quot; shows why.</source>
        <translation>训练作业 %1 已结束（%2）；“atelier job logs %3 %1”可显示原因。</translation>
    </message>
    <message>
        <source>%1 has no dataset &quot;%2&quot;: the pipeline runs in a demo project (atelier demo create DIR).</source>
        <translation>%1 中没有数据集“%2”：该流水线需在演示项目中运行（atelier demo create DIR）。</translation>
    </message>
    <message>
        <source>the demo pipeline&apos;s training data</source>
        <translation>演示流水线的训练数据</translation>
    </message>
    <message>
        <source>trained by the demo pipeline</source>
        <translation>由演示流水线训练</translation>
    </message>
    <message>
        <source>the deployment %1 is %2; &quot;atelier deploy status %3 %1&quot; shows why.</source>
        <translation>部署 %1 的状态为 %2；“atelier deploy status %3 %1”可显示原因。</translation>
    </message>
    <message>
        <source>the --split weights add up to %1; they are shares of 100, and the --version gets what they leave (&quot;--version 1 --split 2:10&quot; serves version 1 to 90 % of the requests, version 2 to 10 %).</source>
        <translation>--split 的权重总和为 %1；权重是以 100 为总数的份额，剩余部分归 --version 所指版本（“--version 1 --split 2:10”会将 90 % 的请求交给版本 1，10 % 交给版本 2）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not VERSION:WEIGHT (such as 2:10, or MODEL/2:10 for a version of another model): a version number and a weight of 0 or more.</source>
        <translation>“%1”不是 VERSION:WEIGHT（例如 2:10，或表示其他模型某个版本的 MODEL/2:10）：应为版本号和一个大于或等于 0 的权重。</translation>
    </message>
    <message>
        <source>could not change the traffic split of %1: %2</source>
        <translation>无法更改 %1 的流量拆分：%2</translation>
    </message>
    <message>
        <source>the deployment %1 is %2 with the new split: %3</source>
        <translation>部署 %1 在新的流量拆分下状态为 %2：%3</translation>
    </message>
    <message>
        <source>the deployment %1 is still %2 after %3 s; its servers go on starting. &quot;atelier deploy status&quot; follows them.</source>
        <translation>%3 秒后部署 %1 的状态仍为 %2；其服务器仍在继续启动。可用“atelier deploy status”跟踪其状态。</translation>
    </message>
    <message numerus="yes">
        <source>traffic gateway on 127.0.0.1:%1 (control on 127.0.0.1:%2) for %n route(s)</source>
        <translation>
            <numerusform>127.0.0.1:%1 上的流量网关（控制端口位于 127.0.0.1:%2），共 %n 条路由</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CocoEntryParser</name>
    <message>
        <source>file_name must be a string</source>
        <translation>file_name 必须是字符串</translation>
    </message>
    <message>
        <source>%1 must be an integer</source>
        <translation>%1 必须是整数</translation>
    </message>
    <message>
        <source>an image needs id, file_name and a positive width and height</source>
        <translation>图像必须有 id、file_name，以及为正数的 width 和 height</translation>
    </message>
    <message>
        <source>id must be an integer</source>
        <translation>id 必须是整数</translation>
    </message>
    <message>
        <source>name must be a string</source>
        <translation>name 必须是字符串</translation>
    </message>
    <message>
        <source>a category needs an id and a name</source>
        <translation>类别必须有 id 和 name</translation>
    </message>
    <message>
        <source>iscrowd must be 0 or 1</source>
        <translation>iscrowd 必须为 0 或 1</translation>
    </message>
    <message>
        <source>bbox must be an array of 4 numbers [x, y, width, height]</source>
        <translation>bbox 必须是由 4 个数字组成的数组 [x, y, width, height]</translation>
    </message>
    <message>
        <source>a polygon must be an array of numbers x0, y0, x1, y1, ...</source>
        <translation>多边形必须是数字数组 x0, y0, x1, y1, ...</translation>
    </message>
    <message>
        <source>counts must be a string (compressed RLE) or an array of integers</source>
        <translation>counts 必须是字符串（压缩 RLE）或整数数组</translation>
    </message>
    <message>
        <source>size must be [height, width]</source>
        <translation>size 必须是 [height, width]</translation>
    </message>
    <message>
        <source>an RLE segmentation needs &quot;size&quot;: [height, width]</source>
        <translation>RLE 分割必须有 &quot;size&quot;: [height, width]</translation>
    </message>
    <message>
        <source>segmentation must be a list of polygons or an RLE object</source>
        <translation>segmentation 必须是多边形列表或 RLE 对象</translation>
    </message>
    <message>
        <source>attributes must be an object</source>
        <translation>attributes 必须是对象</translation>
    </message>
    <message>
        <source>attribute values must be numbers, strings, booleans or null</source>
        <translation>属性值必须是数字、字符串、布尔值或 null</translation>
    </message>
    <message>
        <source>area must be a number</source>
        <translation>area 必须是数字</translation>
    </message>
    <message>
        <source>an annotation needs id, image_id and category_id</source>
        <translation>标注必须有 id、image_id 和 category_id</translation>
    </message>
    <message>
        <source>an annotation needs a segmentation or a bbox</source>
        <translation>标注必须有 segmentation 或 bbox</translation>
    </message>
    <message>
        <source>each entry must be a JSON object</source>
        <translation>每个条目都必须是 JSON 对象</translation>
    </message>
</context>
<context>
    <name>CocoReader</name>
    <message>
        <source>%1 cannot be imported: %2 at %3.</source>
        <translation>无法导入 %1：%2（位置：%3）。</translation>
    </message>
    <message>
        <source>Could not open %1. Check that the file exists and is readable.</source>
        <translation>无法打开 %1。请检查该文件是否存在且可读。</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>正在读取 %1</translation>
    </message>
    <message>
        <source>The import of %1 was cancelled; nothing was changed.</source>
        <translation>已取消导入 %1；未做任何更改。</translation>
    </message>
    <message>
        <source>%1 cannot be imported: it has no &quot;%2&quot; array; is it a COCO instances file?</source>
        <translation>无法导入 %1：其中没有 &quot;%2&quot; 数组。这是 COCO 实例标注文件吗？</translation>
    </message>
    <message>
        <source>the category id %1 is listed twice</source>
        <translation>类别 ID %1 重复出现</translation>
    </message>
    <message>
        <source>the category name &quot;%1&quot; is listed twice</source>
        <translation>类别名称“%1”重复出现</translation>
    </message>
    <message>
        <source>the image id %1 is listed twice</source>
        <translation>图像 ID %1 重复出现</translation>
    </message>
    <message>
        <source>the file %1 is listed twice</source>
        <translation>文件 %1 重复出现</translation>
    </message>
    <message>
        <source>the image file %1 is missing from %2</source>
        <translation>%2 中缺少图像文件 %1</translation>
    </message>
    <message>
        <source>the box lies outside the %1 x %2 image</source>
        <translation>边界框超出了 %1 × %2 的图像范围</translation>
    </message>
    <message>
        <source>a polygon needs an even number of coordinates, at least 6</source>
        <translation>多边形的坐标数必须是偶数，且至少为 6 个</translation>
    </message>
    <message>
        <source>the point lies outside the %1 x %2 image</source>
        <translation>该点超出了 %1 × %2 的图像范围</translation>
    </message>
    <message>
        <source>the mask is %1 x %2 but the image is %3 x %4</source>
        <translation>掩码尺寸为 %1 × %2，但图像尺寸为 %3 × %4</translation>
    </message>
    <message>
        <source>the image id %1 is not among the images</source>
        <translation>图像 ID %1 不在图像列表中</translation>
    </message>
    <message>
        <source>the category id %1 is not among the categories</source>
        <translation>类别 ID %1 不在类别列表中</translation>
    </message>
    <message>
        <source>the annotation id %1 is used twice</source>
        <translation>标注 ID %1 被重复使用</translation>
    </message>
    <message>
        <source>Storing annotations</source>
        <translation>正在存储标注</translation>
    </message>
    <message>
        <source>Could not read %1. Check that the file exists and is readable.</source>
        <translation>无法读取 %1。请检查该文件是否存在且可读。</translation>
    </message>
    <message>
        <source>the JSON is malformed near byte %1</source>
        <translation>JSON 格式错误，位于第 %1 字节附近</translation>
    </message>
    <message>
        <source>the JSON is malformed (%1)</source>
        <translation>JSON 格式错误（%1）</translation>
    </message>
    <message>
        <source>The import stopped because storing the shapes failed.</source>
        <translation>存储形状失败，导入已停止。</translation>
    </message>
    <message>
        <source>the file %1 lies outside the images folder</source>
        <translation>文件 %1 位于图像文件夹之外</translation>
    </message>
</context>
<context>
    <name>CocoSaxHandler</name>
    <message>
        <source>the JSON is malformed near byte %1 (%2)</source>
        <translation>JSON 格式错误，位于第 %1 字节附近（%2）</translation>
    </message>
</context>
<context>
    <name>CocoScanner</name>
    <message>
        <source>a COCO file must be a JSON object with images, annotations and categories</source>
        <translation>COCO 文件必须是包含 images、annotations 和 categories 的 JSON 对象</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an array</source>
        <translation>&quot;%1&quot; 必须是数组</translation>
    </message>
</context>
<context>
    <name>CocoWriter</name>
    <message>
        <source>its geometry could not be read</source>
        <translation>无法读取其几何数据</translation>
    </message>
    <message>
        <source>COCO has no rotated boxes: written as the polygon of its 4 corners</source>
        <translation>COCO 不支持旋转框：已写为由其 4 个角点构成的多边形</translation>
    </message>
    <message>
        <source>COCO instances hold no %1 shapes</source>
        <translation>COCO 实例标注不支持 %1 形状</translation>
    </message>
    <message>
        <source>the shape is incomplete</source>
        <translation>形状不完整</translation>
    </message>
    <message>
        <source>no size</source>
        <translation>缺少尺寸</translation>
    </message>
    <message>
        <source>its mask could not be read: %1</source>
        <translation>无法读取其掩码：%1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Writing %1</source>
        <translation>正在写入 %1</translation>
    </message>
    <message>
        <source>The export to %1 was cancelled; the file was not written.</source>
        <translation>已取消导出到 %1；未写入该文件。</translation>
    </message>
</context>
<context>
    <name>CodeSync</name>
    <message>
        <source>Could not read %1 to upload it. Check its permissions.</source>
        <translation>无法读取 %1 以进行上传。请检查其权限。</translation>
    </message>
    <message>
        <source>Could not save the upload manifest %1; the next upload sends every file again.</source>
        <translation>无法保存上传清单 %1；下次上传时将重新发送所有文件。</translation>
    </message>
    <message>
        <source>The code folder %1 does not exist. Choose another folder to upload.</source>
        <translation>代码文件夹 %1 不存在。请选择其他要上传的文件夹。</translation>
    </message>
    <message>
        <source>The upload of %1 was cancelled.</source>
        <translation>已取消上传 %1。</translation>
    </message>
    <message>
        <source>Could not upload %1 to %2</source>
        <translation>无法将 %1 上传到 %2</translation>
    </message>
    <message>
        <source>Could not unpack the uploaded files into %1 on %2: tar exited with status %3. Check that the folder is writable and the disk has room.</source>
        <translation>无法将上传的文件解包到 %2 上的 %1：tar 以状态 %3 退出。请检查该文件夹是否可写，以及磁盘是否有足够空间。</translation>
    </message>
    <message>
        <source>Could not upload %1</source>
        <translation>无法上传 %1</translation>
    </message>
    <message>
        <source>Could not remove deleted files from %1</source>
        <translation>无法从 %1 中删除已删除的文件</translation>
    </message>
    <message>
        <source>Could not remove the files deleted locally from %1 on %2 (rm exited with status %3).</source>
        <translation>无法从 %2 上的 %1 中删除本地已删除的文件（rm 退出状态为 %3）。</translation>
    </message>
    <message>
        <source>%1 changed while it was being uploaded. Upload again.</source>
        <translation>%1 在上传过程中发生了更改。请重新上传。</translation>
    </message>
    <message>
        <source>The upload of %1 stopped.</source>
        <translation>%1 的上传已停止。</translation>
    </message>
    <message>
        <source>Uploading %1</source>
        <translation>正在上传 %1</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database file %1 does not exist.</source>
        <translation>数据库文件 %1 不存在。</translation>
    </message>
    <message>
        <source>The database file %1 could not be opened. Check that you may read (and, to edit, write) it and its folder.</source>
        <translation>无法打开数据库文件 %1。请检查您是否有权读取该文件及其所在文件夹（如需编辑，还需要写入权限）。</translation>
    </message>
    <message>
        <source>Could not create the backup file %1. Check that the folder exists and is writable.</source>
        <translation>无法创建备份文件 %1。请检查文件夹是否存在且可写。</translation>
    </message>
    <message>
        <source>Could not start the backup into %1.</source>
        <translation>无法开始备份到 %1。</translation>
    </message>
    <message>
        <source>The backup into %1 failed. Check the free space on its disk.</source>
        <translation>备份到 %1 失败。请检查其所在磁盘的可用空间。</translation>
    </message>
    <message>
        <source>Row %1 of table %2 refers to a missing row of table %3.</source>
        <translation>表 %2 的第 %1 行引用了表 %3 中不存在的行。</translation>
    </message>
    <message>
        <source>Expected data is missing from the project database.</source>
        <translation>项目数据库中缺少应有的数据。</translation>
    </message>
</context>
<context>
    <name>DatabaseHeader</name>
    <message>
        <source>Could not read %1. Check that it exists and that you may read it.</source>
        <translation>无法读取 %1。请检查该文件是否存在，以及您是否有读取权限。</translation>
    </message>
    <message>
        <source>The database file %1 is damaged or is not an SQLite database. Restore it from a backup.</source>
        <translation>数据库文件 %1 已损坏或不是 SQLite 数据库。请从备份中恢复。</translation>
    </message>
</context>
<context>
    <name>DatasetImport</name>
    <message>
        <source>Could not read the size of the image %1: %2. Check that the file exists and is an image.</source>
        <translation>无法读取图像 %1 的尺寸：%2。请检查该文件是否存在且为图像文件。</translation>
    </message>
    <message>
        <source>%1 cannot be imported: the image %2 is annotated twice.</source>
        <translation>无法导入 %1：图像 %2 被重复标注。</translation>
    </message>
    <message>
        <source>Could not add the label &quot;%1&quot;</source>
        <translation>无法添加标签“%1”</translation>
    </message>
    <message>
        <source>Could not add the image %1</source>
        <translation>无法添加图像 %1</translation>
    </message>
    <message>
        <source>Could not add a shape to the image %1</source>
        <translation>无法向图像 %1 添加形状</translation>
    </message>
    <message>
        <source>%1 cannot be imported: the image path &quot;%2&quot; leads outside the images folder %3. Keep the images inside that folder, or name the folder that holds them (--images).</source>
        <translation>无法导入 %1：图像路径“%2”指向图像文件夹 %3 之外。请将图像保存在该文件夹内，或指定存放这些图像的文件夹（--images）。</translation>
    </message>
</context>
<context>
    <name>DatasetIndexReader</name>
    <message>
        <source>Dataset %1 is no longer in this project. It may have been deleted in another window; refresh the navigator.</source>
        <translation>数据集 %1 已不在此项目中。它可能已在其他窗口中被删除；请刷新导航器。</translation>
    </message>
</context>
<context>
    <name>DatasetReader</name>
    <message>
        <source>There is no dataset named &quot;%1&quot; in this project.</source>
        <translation>此项目中没有名为“%1”的数据集。</translation>
    </message>
    <message>
        <source>There is no dataset with id %1 in this project; it may have been deleted.</source>
        <translation>此项目中没有 ID 为 %1 的数据集；它可能已被删除。</translation>
    </message>
</context>
<context>
    <name>DatasetSplits</name>
    <message>
        <source>The split fractions must be 0 or more and not all 0 (given %1, %2, %3).</source>
        <translation>划分比例必须大于或等于 0，且不能全为 0（当前为 %1、%2、%3）。</translation>
    </message>
    <message>
        <source>Could not assign the splits</source>
        <translation>无法分配数据集划分</translation>
    </message>
</context>
<context>
    <name>DatasetStatistics</name>
    <message>
        <source>The dataset has no version %1. List its versions to see which exist.</source>
        <translation>该数据集没有版本 %1。请列出其版本以查看现有版本。</translation>
    </message>
    <message>
        <source>Could not count the images of the dataset</source>
        <translation>无法统计数据集的图像数量</translation>
    </message>
    <message>
        <source>Could not measure the shapes of the dataset</source>
        <translation>无法测量数据集的形状</translation>
    </message>
    <message>
        <source>Could not read version %1</source>
        <translation>无法读取版本 %1</translation>
    </message>
</context>
<context>
    <name>DatasetStore</name>
    <message>
        <source>A dataset needs a name.</source>
        <translation>数据集必须有名称。</translation>
    </message>
    <message>
        <source>Could not create the dataset &quot;%1&quot;</source>
        <translation>无法创建数据集“%1”</translation>
    </message>
    <message>
        <source>A label needs a name.</source>
        <translation>标签必须有名称。</translation>
    </message>
    <message>
        <source>Could not add the label &quot;%1&quot;</source>
        <translation>无法添加标签“%1”</translation>
    </message>
    <message>
        <source>Could not add the image %1</source>
        <translation>无法添加图像 %1</translation>
    </message>
    <message>
        <source>Could not add a shape to the image %1</source>
        <translation>无法向图像 %1 添加形状</translation>
    </message>
</context>
<context>
    <name>DatasetVersions</name>
    <message>
        <source>The version names the label &quot;%1&quot; but does not define it.</source>
        <translation>该版本引用了标签“%1”，但没有定义它。</translation>
    </message>
    <message>
        <source>Could not restore the image %1</source>
        <translation>无法恢复图像 %1</translation>
    </message>
    <message>
        <source>Could not freeze the dataset as a version</source>
        <translation>无法将数据集冻结为版本</translation>
    </message>
    <message>
        <source>Could not write the version manifest</source>
        <translation>无法写入版本清单</translation>
    </message>
    <message>
        <source>Could not record the new version</source>
        <translation>无法记录新版本</translation>
    </message>
    <message>
        <source>The dataset has no version %1. List its versions to see which exist.</source>
        <translation>该数据集没有版本 %1。请列出其版本以查看现有版本。</translation>
    </message>
    <message>
        <source>Could not restore the labels of version %1</source>
        <translation>无法恢复版本 %1 的标签</translation>
    </message>
    <message>
        <source>The version manifest chunk %1 is empty; the version is damaged.</source>
        <translation>版本清单块 %1 为空；该版本已损坏。</translation>
    </message>
    <message>
        <source>Neither side of the comparison holds the image %1. List the differences again to see which images changed.</source>
        <translation>比较的双方都不包含图像 %1。请重新列出差异，查看哪些图像发生了变化。</translation>
    </message>
    <message>
        <source>Canceled; the dataset and its versions are as they were.</source>
        <translation>已取消；数据集及其版本保持原样。</translation>
    </message>
    <message>
        <source>Writing the version manifest</source>
        <translation>正在写入版本清单</translation>
    </message>
    <message>
        <source>Rewriting the images that differ</source>
        <translation>正在重写有差异的图像</translation>
    </message>
</context>
<context>
    <name>DemoProject</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Synthetic circles, squares and triangles on noisy backgrounds, drawn by Atelier.</source>
        <translation>由 Atelier 绘制的合成图像：噪声背景上的圆形、正方形和三角形。</translation>
    </message>
    <message>
        <source>Creating the demo project was canceled.</source>
        <translation>已取消创建演示项目。</translation>
    </message>
    <message>
        <source>Drawing image %1 of %2</source>
        <translation>正在绘制图像 %1/%2</translation>
    </message>
    <message>
        <source>Could not write the demo image %1. Check the free space on its disk.</source>
        <translation>无法写入演示图像 %1。请检查其所在磁盘的可用空间。</translation>
    </message>
</context>
<context>
    <name>DemoServing</name>
    <message>
        <source>Could not write %1 to %2. Check that the folder is writable and the disk has room.</source>
        <translation>无法将 %1 写入 %2。请检查该文件夹是否可写，以及磁盘是否有剩余空间。</translation>
    </message>
    <message>
        <source>the demo model</source>
        <translation>演示模型</translation>
    </message>
    <message>
        <source>The demo inference server is missing from this build of Atelier (%1). Reinstall Atelier.</source>
        <translation>此 Atelier 版本中缺少演示推理服务器（%1）。请重新安装 Atelier。</translation>
    </message>
    <message>
        <source>Could not make the folder %1 for the demo inference server.</source>
        <translation>无法为演示推理服务器创建文件夹 %1。</translation>
    </message>
    <message>
        <source>the demo inference server</source>
        <translation>演示推理服务器</translation>
    </message>
</context>
<context>
    <name>DemoTraining</name>
    <message>
        <source>The demo training script is missing from this build of Atelier (%1). Reinstall Atelier.</source>
        <translation>此 Atelier 版本中缺少演示训练脚本（%1）。请重新安装 Atelier。</translation>
    </message>
    <message>
        <source>Could not write the demo training script to %1. Check that the folder is writable.</source>
        <translation>无法将演示训练脚本写入 %1。请检查该文件夹是否可写。</translation>
    </message>
</context>
<context>
    <name>DeploymentBundle</name>
    <message>
        <source>Could not place the model file at %1. Check the free space and permissions of the project folder.</source>
        <translation>无法将模型文件放置到 %1。请检查项目文件夹的可用空间和权限。</translation>
    </message>
    <message>
        <source>The serve command is empty. Give the program and its arguments, such as python3 serve.py --port {port}.</source>
        <translation>服务命令为空。请给出程序及其参数，例如 python3 serve.py --port {port}。</translation>
    </message>
    <message>
        <source>The serve command &quot;%1&quot; has no {port}: the server must listen on the port Atelier gives it, where the health probes look.</source>
        <translation>服务命令“%1”中没有 {port}：服务器必须监听 Atelier 分配给它的端口，健康探针会在该端口上检查。</translation>
    </message>
    <message>
        <source>The serve command has the placeholder %1; the ones there are: %2.</source>
        <translation>服务命令中含有占位符 %1；可用的占位符为：%2。</translation>
    </message>
    <message>
        <source>Could not make the deployment folder %1. Check that the project folder is writable.</source>
        <translation>无法创建部署文件夹 %1。请检查项目文件夹是否可写。</translation>
    </message>
    <message>
        <source>The file of %1 version %2 is missing from the project&apos;s blobs folder. Register the version again, or restore the blobs folder from a backup.</source>
        <translation>项目的 blobs 文件夹中缺少 %1 版本 %2 的文件。请重新注册该版本，或从备份中恢复 blobs 文件夹。</translation>
    </message>
</context>
<context>
    <name>DeploymentEventsModel</name>
    <message>
        <source>Started</source>
        <translation>已启动</translation>
    </message>
    <message>
        <source>Health change</source>
        <translation>健康状况变化</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>重启</translation>
    </message>
    <message>
        <source>Rollout</source>
        <translation>切换版本</translation>
    </message>
    <message>
        <source>Probe problem</source>
        <translation>探测问题</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
</context>
<context>
    <name>DeploymentHealth</name>
    <message>
        <source>starting the server process</source>
        <translation>正在启动服务器进程</translation>
    </message>
    <message>
        <source>the server process was killed by signal %1 (exit code %2)%3</source>
        <translation>服务器进程被信号 %1 终止（退出码 %2）%3</translation>
    </message>
    <message>
        <source>the server process ended with exit code %1%2</source>
        <translation>服务器进程已结束，退出码为 %1%2</translation>
    </message>
    <message>
        <source>the server process is gone without an exit code (killed together with its wrapper, or the computer restarted)%1</source>
        <translation>服务器进程已消失且没有退出码（与其包装进程一同被终止，或计算机已重启）%1</translation>
    </message>
    <message>
        <source>waiting for the server to accept connections</source>
        <translation>正在等待服务器接受连接</translation>
    </message>
    <message>
        <source>the server stopped accepting connections: %1</source>
        <translation>服务器已停止接受连接：%1</translation>
    </message>
    <message>
        <source>the server did not accept connections within %1 s of its start: %2</source>
        <translation>服务器在启动后 %1 秒内未接受连接：%2</translation>
    </message>
    <message>
        <source>the liveness probe failed: %1</source>
        <translation>存活探针失败：%1</translation>
    </message>
    <message>
        <source>the liveness probe answered HTTP %1</source>
        <translation>存活探针返回 HTTP %1</translation>
    </message>
    <message>
        <source>the readiness probe failed: %1</source>
        <translation>就绪探针失败：%1</translation>
    </message>
    <message>
        <source>the server is live but still not ready %1 s after its start (HTTP %2)</source>
        <translation>服务器已存活，但在启动 %1 秒后仍未就绪（HTTP %2）</translation>
    </message>
    <message>
        <source>the server is live; the model is loading (ready answers HTTP %1)</source>
        <translation>服务器已存活；模型正在加载（就绪探针返回 HTTP %1）</translation>
    </message>
    <message>
        <source>the model&apos;s readiness probe failed: %1</source>
        <translation>模型的就绪探针失败：%1</translation>
    </message>
    <message>
        <source>the server is ready but its model is not (HTTP %1)</source>
        <translation>服务器已就绪，但其模型尚未就绪（HTTP %1）</translation>
    </message>
    <message>
        <source>the server is ready; its model is loading (HTTP %1)</source>
        <translation>服务器已就绪；其模型正在加载（HTTP %1）</translation>
    </message>
    <message>
        <source>ready: live, and the model answers</source>
        <translation>就绪：已存活，且模型可以应答</translation>
    </message>
</context>
<context>
    <name>DeploymentMetrics</name>
    <message>
        <source>the metrics have no counter %1</source>
        <translation>指标中没有计数器 %1</translation>
    </message>
</context>
<context>
    <name>DeploymentStateBadge</name>
    <message>
        <source>Starting</source>
        <translation>正在启动</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>正在加载</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>降级</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>宕机</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
</context>
<context>
    <name>DeploymentStore</name>
    <message>
        <source>The model version %1 is missing from the project.</source>
        <translation>项目中缺少模型版本 %1。</translation>
    </message>
    <message>
        <source>The model &quot;%1&quot; has no version %2 in this project. &quot;atelier model list&quot; shows the registered models and their versions.</source>
        <translation>此项目中模型“%1”没有版本 %2。可用“atelier model list”查看已注册的模型及其版本。</translation>
    </message>
    <message>
        <source>A deployment needs a name.</source>
        <translation>部署需要一个名称。</translation>
    </message>
    <message>
        <source>A deployment named &quot;%1&quot; exists already. Choose another name.</source>
        <translation>名为“%1”的部署已存在。请选择其他名称。</translation>
    </message>
    <message>
        <source>Could not create the deployment &quot;%1&quot;</source>
        <translation>无法创建部署“%1”</translation>
    </message>
    <message>
        <source>deployed by %1</source>
        <translation>由 %1 部署</translation>
    </message>
    <message>
        <source>Could not record the server job of the deployment %1</source>
        <translation>无法记录部署 %1 的服务器作业</translation>
    </message>
    <message>
        <source>Could not record that the deployment %1 is %2</source>
        <translation>无法记录部署 %1 的状态为 %2</translation>
    </message>
    <message>
        <source>Could not record the %1 of the deployment %2</source>
        <translation>无法记录部署 %2 的 %1 操作</translation>
    </message>
    <message>
        <source>Could not roll the deployment %1 to another version</source>
        <translation>无法将部署 %1 切换到其他版本</translation>
    </message>
    <message>
        <source>Could not record an event of the deployment %1</source>
        <translation>无法记录部署 %1 的事件</translation>
    </message>
    <message>
        <source>Could not record the metrics of the deployment %1</source>
        <translation>无法记录部署 %1 的指标</translation>
    </message>
    <message>
        <source>There is no deployment %1 in this project.</source>
        <translation>此项目中没有部署 %1。</translation>
    </message>
    <message>
        <source>There is no deployment named &quot;%1&quot; in this project. &quot;atelier deploy status DIR NAME&quot; takes a deployment&apos;s name or id.</source>
        <translation>此项目中没有名为“%1”的部署。“atelier deploy status DIR NAME”接受部署的名称或 ID。</translation>
    </message>
    <message>
        <source>A deployment serves at least one model version: give one with its weight.</source>
        <translation>部署至少要提供一个模型版本的服务：请给出一个版本及其权重。</translation>
    </message>
    <message>
        <source>The model version %1 is given twice in the traffic split: give each version once.</source>
        <translation>模型版本 %1 在流量拆分中出现了两次：每个版本只能给出一次。</translation>
    </message>
    <message>
        <source>A weight of the traffic split is %1: weights are 0 or more.</source>
        <translation>流量拆分中的某个权重为 %1：权重必须为 0 或更大。</translation>
    </message>
    <message>
        <source>Every weight of the traffic split is 0: at least one version must take traffic.</source>
        <translation>流量拆分中的所有权重均为 0：至少要有一个版本承接流量。</translation>
    </message>
    <message>
        <source>Could not record the routes of the deployment %1</source>
        <translation>无法记录部署 %1 的路由</translation>
    </message>
    <message>
        <source>Could not record the server job of the model version %1 of the deployment %2</source>
        <translation>无法记录部署 %2 中模型版本 %1 的服务器作业</translation>
    </message>
    <message>
        <source>Could not record the traffic gateway of the deployment %1</source>
        <translation>无法记录部署 %1 的流量网关</translation>
    </message>
    <message>
        <source>Could not change the traffic split of the deployment &quot;%1&quot;</source>
        <translation>无法更改部署“%1”的流量拆分</translation>
    </message>
</context>
<context>
    <name>ExportFolder</name>
    <message>
        <source>The path %1 lies outside the export folder %2; rename the image inside its dataset.</source>
        <translation>路径 %1 位于导出文件夹 %2 之外；请在其数据集中重命名该图像。</translation>
    </message>
    <message>
        <source>Could not create the folder of %1. Check that %2 is writable.</source>
        <translation>无法为 %1 创建文件夹。请检查 %2 是否可写。</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Could not copy the image %1 to %2. Check that %3 is writable.</source>
        <translation>无法将图像 %1 复制到 %2。请检查 %3 是否可写。</translation>
    </message>
</context>
<context>
    <name>ExportSource</name>
    <message>
        <source>Could not read the dataset &quot;%1&quot;</source>
        <translation>无法读取数据集“%1”</translation>
    </message>
    <message>
        <source>The dataset &quot;%1&quot; has no version %2. List its versions to see which exist.</source>
        <translation>数据集“%1”没有版本 %2。请列出其版本以查看现有版本。</translation>
    </message>
    <message>
        <source>Could not read version %1 of &quot;%2&quot;</source>
        <translation>无法读取“%2”的版本 %1</translation>
    </message>
</context>
<context>
    <name>FlatYaml</name>
    <message>
        <source>Could not read %1: %2. Check that the file exists and is readable.</source>
        <translation>无法读取 %1：%2。请检查该文件是否存在且可读。</translation>
    </message>
    <message>
        <source>%1:%2: %3. The file is not a meta.yaml that MLflow&apos;s file store writes.</source>
        <translation>%1:%2：%3。该文件不是 MLflow 文件存储写入的 meta.yaml。</translation>
    </message>
    <message>
        <source>the quoted value of &quot;%1&quot; does not end</source>
        <translation>&quot;%1&quot; 的带引号值没有结束</translation>
    </message>
    <message>
        <source>unexpected indented line &quot;%1&quot;</source>
        <translation>意外的缩进行 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected &quot;key: value&quot;, found &quot;%1&quot;</source>
        <translation>此处应为 &quot;key: value&quot;，但找到的是 &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>FolderImport</name>
    <message>
        <source>The import of %1 was cancelled.</source>
        <translation>已取消导入 %1。</translation>
    </message>
    <message>
        <source>Found %1 images</source>
        <translation>已找到 %1 张图像</translation>
    </message>
    <message>
        <source>the image header could not be read (%1)</source>
        <translation>无法读取图像文件头（%1）</translation>
    </message>
    <message>
        <source>Reading image headers</source>
        <translation>正在读取图像文件头</translation>
    </message>
    <message>
        <source>The image folder %1 does not exist. Check the path.</source>
        <translation>图像文件夹 %1 不存在。请检查路径。</translation>
    </message>
    <message>
        <source>Could not import the folder %1</source>
        <translation>无法导入文件夹 %1</translation>
    </message>
    <message>
        <source>The dataset &quot;%1&quot; already exists with the images of %2. Choose another name to import %3.</source>
        <translation>数据集“%1”已存在，其中包含 %2 的图像。请选择其他名称来导入 %3。</translation>
    </message>
    <message>
        <source>There is no dataset with id %1 to rescan.</source>
        <translation>没有 ID 为 %1 的数据集可供重新扫描。</translation>
    </message>
    <message>
        <source>The folder %1 of the dataset is gone. Move it back, or import the images from where they are now.</source>
        <translation>数据集的文件夹 %1 已不存在。请将其移回原处，或从图像当前所在的位置导入。</translation>
    </message>
    <message>
        <source>Could not mark the images of dataset %1 as missing</source>
        <translation>无法将数据集 %1 的图像标记为缺失</translation>
    </message>
    <message>
        <source>Could not remove the unfinished dataset %1</source>
        <translation>无法删除未完成的数据集 %1</translation>
    </message>
    <message>
        <source>Could not remove the images added by a stopped rescan</source>
        <translation>无法删除已中止的重新扫描所添加的图像</translation>
    </message>
</context>
<context>
    <name>FolderTransfer</name>
    <message>
        <source>Could not write files into %1 on %2 (tar exited with status %3). Check that the folder is writable, the disk has room and GNU tar is installed there.</source>
        <translation>无法将文件写入 %2 上的 %1（tar 退出状态为 %3）。请检查该文件夹是否可写、磁盘是否有剩余空间，以及那里是否已安装 GNU tar。</translation>
    </message>
    <message>
        <source>Could not read %1 on %2 (tar exited with status %3).</source>
        <translation>无法读取 %2 上的 %1（tar 退出状态为 %3）。</translation>
    </message>
    <message>
        <source>Could not create the folder %1 for what came from %2. Check its permissions.</source>
        <translation>无法为来自 %2 的内容创建文件夹 %1。请检查其权限。</translation>
    </message>
    <message>
        <source>Could not create a temporary folder in %1. Check its permissions.</source>
        <translation>无法在 %1 中创建临时文件夹。请检查其权限。</translation>
    </message>
    <message>
        <source>Could not unpack what came from %1</source>
        <translation>无法解包来自 %1 的内容</translation>
    </message>
    <message>
        <source>Could not run tar on this computer. Install tar.</source>
        <translation>无法在本计算机上运行 tar。请安装 tar。</translation>
    </message>
    <message>
        <source>tar could not unpack into %1. Check that the disk has room.</source>
        <translation>tar 无法解包到 %1。请检查磁盘是否有剩余空间。</translation>
    </message>
    <message>
        <source>Could not write %1. Check the folder&apos;s permissions and that the disk has room.</source>
        <translation>无法写入 %1。请检查该文件夹的权限以及磁盘是否有剩余空间。</translation>
    </message>
</context>
<context>
    <name>HttpProbe</name>
    <message>
        <source>Could not set up an HTTP request to %1: libcurl did not start. The computer may be out of memory.</source>
        <translation>无法设置到 %1 的 HTTP 请求：libcurl 未能启动。计算机可能内存不足。</translation>
    </message>
    <message>
        <source>Nothing answers at %1: the connection was refused. The server is not running, or listens on another port.</source>
        <translation>%1 处无应答：连接被拒绝。服务器未在运行，或在监听其他端口。</translation>
    </message>
    <message>
        <source>Could not connect to %1 within %2 ms.</source>
        <translation>无法在 %2 毫秒内连接到 %1。</translation>
    </message>
    <message>
        <source>%1 accepted the connection but sent no answer to %2 within %3 ms.</source>
        <translation>%1 接受了连接，但在 %3 毫秒内未对 %2 作出应答。</translation>
    </message>
    <message>
        <source>The answer from %1 is larger than %2 bytes; it was not read.</source>
        <translation>来自 %1 的应答大于 %2 字节；未读取该应答。</translation>
    </message>
    <message>
        <source>The request to %1 failed: %2</source>
        <translation>对 %1 的请求失败：%2</translation>
    </message>
</context>
<context>
    <name>ImageAnnotations</name>
    <message>
        <source>Could not read image %1</source>
        <translation>无法读取图像 %1</translation>
    </message>
    <message>
        <source>Image %1 is not in the project; it was probably deleted. Reopen the dataset.</source>
        <translation>图像 %1 不在项目中，可能已被删除。请重新打开数据集。</translation>
    </message>
    <message>
        <source>The tags of %1 could not be read; they are shown as none.</source>
        <translation>无法读取 %1 的标记，因此显示为无标记。</translation>
    </message>
    <message>
        <source>Shape %1 has the unknown kind &quot;%2&quot; and is not shown.</source>
        <translation>形状 %1 的类型“%2”未知，因此未显示。</translation>
    </message>
    <message>
        <source>Shape %1 is not shown: %2</source>
        <translation>未显示形状 %1：%2</translation>
    </message>
</context>
<context>
    <name>ImageLoader</name>
    <message>
        <source>The image %1 does not exist. Check that its folder is still where the dataset points.</source>
        <translation>图像 %1 不存在。请检查其所在文件夹是否仍位于数据集指向的位置。</translation>
    </message>
    <message>
        <source>The image %1 cannot be read: it is not a file or you lack permission. Check its permissions.</source>
        <translation>无法读取图像 %1：它不是文件，或您没有访问权限。请检查其权限。</translation>
    </message>
    <message>
        <source>The image %1 is not in a format Atelier reads (JPEG, PNG, BMP, TIFF, WebP, GIF). Convert it to PNG or JPEG.</source>
        <translation>图像 %1 的格式不受 Atelier 支持（支持 JPEG、PNG、BMP、TIFF、WebP、GIF）。请将其转换为 PNG 或 JPEG。</translation>
    </message>
    <message>
        <source>Could not read the size of the image %1: the file is damaged or truncated. Replace it with a good copy.</source>
        <translation>无法读取图像 %1 的尺寸：文件已损坏或不完整。请用完好的副本替换它。</translation>
    </message>
    <message>
        <source>The image %1 is too large to open in memory (%2 x %3 pixels, %4 MiB decoded). Save it as PNG or tiled TIFF, which open in tiles from the project&apos;s cache.</source>
        <translation>图像 %1 太大，无法在内存中打开（%2 × %3 像素，解码后 %4 MiB）。请将其另存为 PNG 或分块 TIFF，这两种格式可从项目缓存中按图块打开。</translation>
    </message>
    <message>
        <source>Opening the image %1 was cancelled.</source>
        <translation>已取消打开图像 %1。</translation>
    </message>
    <message>
        <source>Could not decode the image %1: the file is damaged, truncated or not really %2. Replace it with a good copy.</source>
        <translation>无法解码图像 %1：文件已损坏、不完整，或实际上并非 %2 格式。请用完好的副本替换它。</translation>
    </message>
</context>
<context>
    <name>ImageShapeDiff</name>
    <message>
        <source>A shape of kind &quot;%1&quot; cannot be shown: this program does not know that kind.</source>
        <translation>无法显示类型为“%1”的形状：本程序不认识该类型。</translation>
    </message>
    <message>
        <source>Could not read a shape of %1</source>
        <translation>无法读取 %1 的一个形状</translation>
    </message>
</context>
<context>
    <name>ImageStatus</name>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
</context>
<context>
    <name>JobSpec</name>
    <message>
        <source>The job has no name. Give it one, such as &quot;train-resnet&quot;.</source>
        <translation>作业没有名称。请为其命名，例如“train-resnet”。</translation>
    </message>
    <message>
        <source>The job &quot;%1&quot; has no command. Give the program to run and its arguments.</source>
        <translation>作业“%1”没有命令。请给出要运行的程序及其参数。</translation>
    </message>
    <message>
        <source>The environment variable name &quot;%1&quot; of the job &quot;%2&quot; is not valid. Use letters, digits and &apos;_&apos;, not starting with a digit.</source>
        <translation>作业“%2”的环境变量名“%1”无效。请使用字母、数字和 &apos;_&apos;，且不能以数字开头。</translation>
    </message>
    <message>
        <source>The job &quot;%1&quot; asks for a negative count (GPUs, CPUs, memory, time limit or retries). Use 0 or more.</source>
        <translation>作业“%1”请求的数量为负数（GPU、CPU、内存、时间限制或重试次数）。请使用 0 或更大的值。</translation>
    </message>
    <message>
        <source>The stored spec of the job &quot;%1&quot; has a malformed environment entry.</source>
        <translation>作业“%1”已存储的规格中有一个格式错误的环境变量条目。</translation>
    </message>
</context>
<context>
    <name>JobStore</name>
    <message>
        <source>Could not create the job &quot;%1&quot;</source>
        <translation>无法创建作业“%1”</translation>
    </message>
    <message>
        <source>submitted by %1</source>
        <translation>由 %1 提交</translation>
    </message>
    <message>
        <source>Could not record that the job %1 is %2</source>
        <translation>无法记录作业 %1 的状态为 %2</translation>
    </message>
    <message>
        <source>Could not record the process of the job %1</source>
        <translation>无法记录作业 %1 的进程</translation>
    </message>
    <message>
        <source>Could not link the job %1 to its tracking run</source>
        <translation>无法将作业 %1 关联到其跟踪运行</translation>
    </message>
    <message>
        <source>Could not cancel the job %1</source>
        <translation>无法取消作业 %1</translation>
    </message>
    <message>
        <source>There is no job %1 in this project. &quot;atelier job list&quot; shows the jobs.</source>
        <translation>此项目中没有作业 %1。可用“atelier job list”查看作业。</translation>
    </message>
</context>
<context>
    <name>JobsTableModel</name>
    <message>
        <source>Queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>同步中</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>已成功</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>已丢失</translation>
    </message>
</context>
<context>
    <name>KnownHosts</name>
    <message>
        <source>Could not read the known hosts file %1. Check its permissions.</source>
        <translation>无法读取已知主机文件 %1。请检查其权限。</translation>
    </message>
</context>
<context>
    <name>LabelClassEdits</name>
    <message>
        <source>The label class %1 is not in the project; it was probably deleted or merged meanwhile. Reopen the dataset.</source>
        <translation>标签类别 %1 不在项目中，可能已在此期间被删除或合并。请重新打开数据集。</translation>
    </message>
    <message>
        <source>A label needs a name.</source>
        <translation>标签必须有名称。</translation>
    </message>
    <message>
        <source>The dataset already has a label &quot;%1&quot;. Choose another name, or merge the two labels.</source>
        <translation>数据集中已有标签“%1”。请选择其他名称，或合并这两个标签。</translation>
    </message>
    <message>
        <source>Could not rename the label &quot;%1&quot;</source>
        <translation>无法重命名标签“%1”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a colour; write it as #rrggbb.</source>
        <translation>“%1”不是颜色值；请按 #rrggbb 格式填写。</translation>
    </message>
    <message>
        <source>Could not change the colour of the label &quot;%1&quot;</source>
        <translation>无法更改标签“%1”的颜色</translation>
    </message>
    <message>
        <source>A label cannot be merged into itself. Choose another label to merge into.</source>
        <translation>标签不能合并到自身。请选择要合并到的其他标签。</translation>
    </message>
    <message>
        <source>The labels &quot;%1&quot; and &quot;%2&quot; belong to different datasets and cannot be merged.</source>
        <translation>标签“%1”和“%2”属于不同的数据集，无法合并。</translation>
    </message>
    <message>
        <source>Could not merge the label &quot;%1&quot; into &quot;%2&quot;</source>
        <translation>无法将标签“%1”合并到“%2”</translation>
    </message>
    <message>
        <source>Could not bring back the label &quot;%1&quot;</source>
        <translation>无法恢复标签“%1”</translation>
    </message>
    <message>
        <source>%1: the dataset has a label of that name again. Rename that label first.</source>
        <translation>%1：数据集中又出现了同名标签。请先重命名该标签。</translation>
    </message>
</context>
<context>
    <name>LabelmeReader</name>
    <message>
        <source>%1 cannot be imported: %2 at %3.</source>
        <translation>无法导入 %1：%2（位置：%3）。</translation>
    </message>
    <message>
        <source>the shape has no label</source>
        <translation>该形状没有标签</translation>
    </message>
    <message>
        <source>a %1 needs %2 points, not %3</source>
        <translation>%1 需要 %2 个点，而不是 %3 个</translation>
    </message>
    <message>
        <source>a %1 needs at least %2 points, not %3</source>
        <translation>%1 至少需要 %2 个点，而不是 %3 个</translation>
    </message>
    <message>
        <source>stored as a polygon of %1 vertices; the attribute labelme_circle keeps the circle</source>
        <translation>已存储为具有 %1 个顶点的多边形；属性 labelme_circle 保留了原始圆形</translation>
    </message>
    <message>
        <source>Atelier has no shape of type &quot;%1&quot;</source>
        <translation>Atelier 没有类型为 &quot;%1&quot; 的形状</translation>
    </message>
    <message>
        <source>a point must be [x, y]</source>
        <translation>点必须为 [x, y]</translation>
    </message>
    <message>
        <source>the shape has no list of points</source>
        <translation>该形状没有点列表</translation>
    </message>
    <message>
        <source>the mask is not a base64 PNG image</source>
        <translation>掩码不是 base64 编码的 PNG 图像</translation>
    </message>
    <message>
        <source>the mask is %1 x %2 pixels but its points span %3 x %4</source>
        <translation>掩码为 %1 × %2 像素，但其点的范围为 %3 × %4</translation>
    </message>
    <message>
        <source>the mask lies outside the %1 x %2 image</source>
        <translation>掩码超出了 %1 × %2 的图像范围</translation>
    </message>
    <message>
        <source>%1 cannot be imported: imageData is not a base64 image.</source>
        <translation>无法导入 %1：imageData 不是 base64 编码的图像。</translation>
    </message>
    <message>
        <source>%1 has no imageHeight and imageWidth</source>
        <translation>%1 中没有 imageHeight 和 imageWidth</translation>
    </message>
    <message>
        <source>%1 does not exist. Give a folder of labelme .json files or one such file.</source>
        <translation>%1 不存在。请指定包含 labelme .json 文件的文件夹，或单个此类文件。</translation>
    </message>
    <message>
        <source>%1 holds no .json files.</source>
        <translation>%1 中没有 .json 文件。</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>正在读取 %1</translation>
    </message>
    <message>
        <source>The import of %1 was cancelled; nothing was changed.</source>
        <translation>已取消导入 %1；未做任何更改。</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 line %2: %3; is it a complete labelme file?</source>
        <translation>%1 第 %2 行：%3。这是完整的 labelme 文件吗？</translation>
    </message>
    <message>
        <source>%1 cannot be imported: it has no imagePath or no shapes list; is it a labelme file?</source>
        <translation>无法导入 %1：其中没有 imagePath 或 shapes 列表。这是 labelme 文件吗？</translation>
    </message>
    <message>
        <source>the circle is too large to store as a polygon</source>
        <translation>圆形太大，无法存储为多边形</translation>
    </message>
</context>
<context>
    <name>LabelmeWriter</name>
    <message>
        <source>labelme has no rotated boxes: written as the polygon of its 4 corners</source>
        <translation>labelme 不支持旋转框：已写为由其 4 个角点构成的多边形</translation>
    </message>
    <message>
        <source>the shape kind %1 is unknown</source>
        <translation>形状类型 %1 未知</translation>
    </message>
    <message>
        <source>the mask is %1 x %2 but the image is %3 x %4</source>
        <translation>掩码尺寸为 %1 × %2，但图像尺寸为 %3 × %4</translation>
    </message>
    <message>
        <source>the mask is empty, and labelme cannot hold an empty mask</source>
        <translation>掩码为空，而 labelme 无法存储空掩码</translation>
    </message>
    <message>
        <source>Writing %1</source>
        <translation>正在写入 %1</translation>
    </message>
    <message>
        <source>The export to %1 was cancelled; the files written so far are incomplete.</source>
        <translation>已取消导出到 %1；已写入的文件不完整。</translation>
    </message>
    <message>
        <source>the image file is missing from %1, so only its JSON file was written</source>
        <translation>%1 中缺少该图像文件，因此只写入了其 JSON 文件</translation>
    </message>
</context>
<context>
    <name>LatencyHistogram</name>
    <message>
        <source>The latency histogram is damaged: entry %1 is not [upper_bound_ms, count].</source>
        <translation>延迟直方图已损坏：条目 %1 不是 [upper_bound_ms, count]。</translation>
    </message>
</context>
<context>
    <name>LineageGraph</name>
    <message>
        <source>&quot;%1&quot; is not a kind of lineage node. Give one of %2, then &apos;:&apos; and an id, such as run:3.</source>
        <translation>“%1”不是血缘节点的类型。请给出 %2 之一，后跟 &apos;:&apos; 和 ID，例如 run:3。</translation>
    </message>
    <message>
        <source>There is no %1 with id %2 in this project.</source>
        <translation>此项目中没有 ID 为 %2 的 %1。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no lineage node. Give KIND:ID with KIND one of %2, such as run:3 or model_version:detector/2.</source>
        <translation>“%1”未指明血缘节点。请以 KIND:ID 的形式给出，KIND 为 %2 之一，例如 run:3 或 model_version:detector/2。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no %2: give its row id or NAME/NUMBER, such as %2:%3/1.</source>
        <translation>“%1”未指明 %2：请给出其行 ID 或 NAME/NUMBER，例如 %2:%3/1。</translation>
    </message>
    <message>
        <source>There is no %1 &quot;%2&quot; in this project.</source>
        <translation>此项目中没有 %1“%2”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a direction: give up, down or both.</source>
        <translation>“%1”不是方向：请给出 up、down 或 both。</translation>
    </message>
    <message>
        <source>Could not read the lineage of %1</source>
        <translation>无法读取 %1 的血缘关系</translation>
    </message>
</context>
<context>
    <name>LineageLayout</name>
    <message>
        <source>The graph layout library (Graphviz) could not start.</source>
        <translation>无法启动图形布局库（Graphviz）。</translation>
    </message>
    <message>
        <source>The lineage graph could not be handed to Graphviz.</source>
        <translation>无法将血缘关系图交给 Graphviz。</translation>
    </message>
    <message>
        <source>Graphviz could not lay out the lineage graph.</source>
        <translation>Graphviz 无法对血缘关系图进行布局。</translation>
    </message>
    <message>
        <source>gvLayout(dot) failed: is the dot layout plugin of Graphviz installed (libgvc6, its config6a)?</source>
        <translation>gvLayout(dot) 失败：是否已安装 Graphviz 的 dot 布局插件（libgvc6 及其 config6a）？</translation>
    </message>
</context>
<context>
    <name>LineageNodeStyle</name>
    <message>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>Dataset version</source>
        <translation>数据集版本</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>作业</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Model version</source>
        <translation>模型版本</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>部署</translation>
    </message>
    <message>
        <source>Predictions</source>
        <translation>预测结果</translation>
    </message>
</context>
<context>
    <name>LoadGenerator</name>
    <message>
        <source>%1 requests</source>
        <translation>%1 个请求</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an HTTP URL. Give one such as http://127.0.0.1:8080/v2/health/ready.</source>
        <translation>“%1”不是 HTTP URL。请给出类似 http://127.0.0.1:8080/v2/health/ready 的地址。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an HTTP method. Use GET, POST, PUT or another word of letters.</source>
        <translation>“%1”不是 HTTP 方法。请使用 GET、POST、PUT 或其他由字母组成的单词。</translation>
    </message>
    <message>
        <source>The concurrency must be between 1 and %1 connections, not %2.</source>
        <translation>并发数必须介于 1 到 %1 个连接之间，而不是 %2。</translation>
    </message>
    <message>
        <source>The threads must be between 1 and the concurrency (%1), not %2: each thread needs a connection of its own.</source>
        <translation>线程数必须介于 1 到并发数（%1）之间，而不是 %2：每个线程都需要自己的连接。</translation>
    </message>
    <message>
        <source>Give either a duration or a number of requests for the load test, not %1.</source>
        <translation>请为负载测试指定持续时间或请求数量中的一项，而不是%1。</translation>
    </message>
    <message>
        <source>both</source>
        <translation>两者都指定</translation>
    </message>
    <message>
        <source>neither</source>
        <translation>两者都未指定</translation>
    </message>
    <message>
        <source>The duration of the load test must be more than 0 seconds.</source>
        <translation>负载测试的持续时间必须大于 0 秒。</translation>
    </message>
    <message>
        <source>The number of requests must be at least 1, not %1.</source>
        <translation>请求数量必须至少为 1，而不是 %1。</translation>
    </message>
    <message>
        <source>The rate must be more than 0 requests per second, not %1.</source>
        <translation>速率必须大于每秒 0 个请求，而不是 %1。</translation>
    </message>
    <message>
        <source>The request timeout must be more than 0 milliseconds.</source>
        <translation>请求超时必须大于 0 毫秒。</translation>
    </message>
</context>
<context>
    <name>LoadTestStore</name>
    <message>
        <source>There is no deployment %1 to keep the load test with. &quot;atelier deploy status&quot; lists the deployments.</source>
        <translation>没有可用于保存该负载测试的部署 %1。可用“atelier deploy status”列出部署。</translation>
    </message>
    <message>
        <source>Could not store the load test of %1</source>
        <translation>无法保存 %1 的负载测试</translation>
    </message>
    <message>
        <source>Could not read the load tests</source>
        <translation>无法读取负载测试</translation>
    </message>
</context>
<context>
    <name>LoadWorker</name>
    <message>
        <source>Could not set the request header &quot;%1&quot;.</source>
        <translation>无法设置请求头“%1”。</translation>
    </message>
    <message>
        <source>Could not start the HTTP client (libcurl) for the load test.</source>
        <translation>无法为负载测试启动 HTTP 客户端（libcurl）。</translation>
    </message>
    <message>
        <source>The URL &quot;%1&quot; is not valid: %2.</source>
        <translation>URL“%1”无效：%2。</translation>
    </message>
    <message>
        <source>Could not set up the HTTP client for the load test.</source>
        <translation>无法为负载测试设置 HTTP 客户端。</translation>
    </message>
</context>
<context>
    <name>LocalCommandRunner</name>
    <message>
        <source>this computer</source>
        <translation>本计算机</translation>
    </message>
    <message>
        <source>No command was given to run on this computer.</source>
        <translation>未指定要在本计算机上运行的命令。</translation>
    </message>
    <message>
        <source>Could not run %1 on this computer. Check that it is installed and on the PATH.</source>
        <translation>无法在本计算机上运行 %1。请检查它是否已安装并位于 PATH 中。</translation>
    </message>
    <message>
        <source>%1 crashed on this computer.</source>
        <translation>%1 在本计算机上崩溃了。</translation>
    </message>
    <message numerus="yes">
        <source>%1 did not finish within %n second(s) on this computer.</source>
        <translation>
            <numerusform>%1 未能在本计算机上于 %n 秒内完成。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LocalTarget</name>
    <message>
        <source>Could not start the job: no pipe.</source>
        <translation>无法启动作业：没有管道。</translation>
    </message>
    <message>
        <source>Could not start the job: the system refused a new process. Close some programs and try again.</source>
        <translation>无法启动作业：系统拒绝创建新进程。请关闭一些程序后重试。</translation>
    </message>
    <message>
        <source>The shell /bin/sh on this computer did not answer. Jobs need it to start: check that it is installed and runs.</source>
        <translation>本计算机上的 shell /bin/sh 没有响应。作业需要它才能启动：请检查它是否已安装且能够运行。</translation>
    </message>
    <message>
        <source>Could not make the job folder %1. Check that the project folder is writable.</source>
        <translation>无法创建作业文件夹 %1。请检查项目文件夹是否可写。</translation>
    </message>
    <message>
        <source>The working folder %1 does not exist. Create it or choose another for the job.</source>
        <translation>工作文件夹 %1 不存在。请创建该文件夹，或为作业选择其他文件夹。</translation>
    </message>
    <message numerus="yes">
        <source>The job asks for %n GPU(s), and this computer has %1 for jobs. Ask for fewer.</source>
        <translation>
            <numerusform>作业请求了 %n 个 GPU，而本计算机可供作业使用的只有 %1 个。请减少请求的数量。</numerusform>
        </translation>
    </message>
    <message>
        <source>The command &quot;%1&quot; was not found on this computer (looked in %2). Install it, or give its full path.</source>
        <translation>在本计算机上找不到命令“%1”（已在 %2 中查找）。请安装它，或给出其完整路径。</translation>
    </message>
    <message>
        <source>Could not open the log files in %1. Check that the project folder is writable.</source>
        <translation>无法打开 %1 中的日志文件。请检查项目文件夹是否可写。</translation>
    </message>
    <message>
        <source>The job %1 has no process to cancel yet. Try again in a moment.</source>
        <translation>作业 %1 还没有可取消的进程。请稍后重试。</translation>
    </message>
    <message>
        <source>Could not stop the job %1 (process group %2).</source>
        <translation>无法停止作业 %1（进程组 %2）。</translation>
    </message>
    <message>
        <source>The job %1 (process group %2) did not end after SIGKILL. It may be stuck in the kernel (a hung disk or GPU driver).</source>
        <translation>作业 %1（进程组 %2）在 SIGKILL 之后仍未结束。它可能卡在内核中（磁盘或 GPU 驱动程序挂起）。</translation>
    </message>
    <message>
        <source>Could not read the log %1.</source>
        <translation>无法读取日志 %1。</translation>
    </message>
    <message>
        <source>The checkpoint pattern &quot;%1&quot; is not a valid glob.</source>
        <translation>检查点模式“%1”不是有效的 glob。</translation>
    </message>
</context>
<context>
    <name>MaskPngWriter</name>
    <message>
        <source>the image has more than %1 objects, which 16-bit instance masks cannot number</source>
        <translation>该图像的对象超过 %1 个，16 位实例掩码无法为其编号</translation>
    </message>
    <message>
        <source>a %1 covers no area to paint</source>
        <translation>%1 没有可绘制的面积</translation>
    </message>
    <message>
        <source>the mask is %1 x %2 but the image is %3 x %4</source>
        <translation>掩码尺寸为 %1 × %2，但图像尺寸为 %3 × %4</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has %2 labels, more than an 8-bit class mask can number (255). Export it as COCO instead.</source>
        <translation>“%1”有 %2 个标签，超出了 8 位类别掩码可编号的数量（255）。请改为导出为 COCO 格式。</translation>
    </message>
    <message>
        <source>Writing %1</source>
        <translation>正在写入 %1</translation>
    </message>
    <message>
        <source>The export to %1 was cancelled; the files written so far are incomplete.</source>
        <translation>已取消导出到 %1；已写入的文件不完整。</translation>
    </message>
    <message>
        <source>the image size is unknown, so no mask can be painted</source>
        <translation>图像尺寸未知，因此无法绘制掩码</translation>
    </message>
</context>
<context>
    <name>MaskRle</name>
    <message>
        <source>A mask of %1 x %2 pixels (height x width) is not possible: both must be at least 0, and the mask at most 4294967295 pixels.</source>
        <translation>不能创建 %1 × %2 像素（高 × 宽）的掩码：高和宽都不能小于 0，且掩码总像素数不能超过 4294967295。</translation>
    </message>
    <message>
        <source>The mask&apos;s run lengths add up to %1 pixels, but a mask of %2 x %3 pixels has %4: its size or its counts are wrong.</source>
        <translation>掩码的游程长度合计为 %1 像素，但 %2 × %3 像素的掩码应有 %4 像素：掩码的尺寸或计数有误。</translation>
    </message>
    <message>
        <source>The compressed mask is malformed: the count that starts at character %1 runs on past %2 characters, more than any 32-bit count needs.</source>
        <translation>压缩掩码格式错误：从第 %1 个字符开始的计数长度超过了 %2 个字符，超出了任何 32 位计数所需的长度。</translation>
    </message>
    <message>
        <source>The compressed mask is cut short: it ends inside the count that starts at character %1.</source>
        <translation>压缩掩码不完整：它在从第 %1 个字符开始的计数中间就结束了。</translation>
    </message>
    <message>
        <source>The compressed mask is malformed: character %1 is %2, outside the RLE alphabet &apos;0&apos; to &apos;o&apos;.</source>
        <translation>压缩掩码格式错误：第 %1 个字符为 %2，超出了 RLE 字母表 &apos;0&apos; 到 &apos;o&apos; 的范围。</translation>
    </message>
    <message>
        <source>The compressed mask is empty; even an empty mask has one count.</source>
        <translation>压缩掩码为空；即使是空掩码也应有一个计数。</translation>
    </message>
    <message>
        <source>The compressed mask is malformed: count %1 (at character %2) comes to %3, outside 0 to 4294967295.</source>
        <translation>压缩掩码格式错误：第 %1 个计数（位于第 %2 个字符）的值为 %3，超出了 0 到 4294967295 的范围。</translation>
    </message>
    <message>
        <source>The mask&apos;s count list is empty; even an empty mask has one count.</source>
        <translation>掩码的计数列表为空；即使是空掩码也应有一个计数。</translation>
    </message>
    <message>
        <source>Count %1 of the mask is %2, outside 0 to 4294967295.</source>
        <translation>掩码的第 %1 个计数为 %2，超出了 0 到 4294967295 的范围。</translation>
    </message>
    <message>
        <source>There are no masks to merge.</source>
        <translation>没有可合并的掩码。</translation>
    </message>
    <message>
        <source>Masks of %1 x %2 and %3 x %4 pixels cannot be merged; the parts of one object must have the size of its image.</source>
        <translation>无法合并 %1 × %2 像素和 %3 × %4 像素的掩码；同一对象的各个部分必须与其图像尺寸相同。</translation>
    </message>
    <message>
        <source>Polygon coordinate %1 is %2; coordinates must be finite numbers between -100000000 and 100000000.</source>
        <translation>多边形坐标 %1 为 %2；坐标必须是介于 -100000000 和 100000000 之间的有限数值。</translation>
    </message>
</context>
<context>
    <name>MergeLabelClassesCommand</name>
    <message>
        <source>Merge labels</source>
        <translation>合并标签</translation>
    </message>
</context>
<context>
    <name>MetricStore</name>
    <message>
        <source>Could not create the metric &quot;%1&quot;</source>
        <translation>无法创建指标“%1”</translation>
    </message>
    <message>
        <source>Could not store the metric &quot;%1&quot;</source>
        <translation>无法存储指标“%1”</translation>
    </message>
    <message>
        <source>Could not update the metric&apos;s chart data</source>
        <translation>无法更新指标的图表数据</translation>
    </message>
    <message>
        <source>Could not update the metric &quot;%1&quot;</source>
        <translation>无法更新指标“%1”</translation>
    </message>
    <message>
        <source>Could not read the run&apos;s metrics</source>
        <translation>无法读取运行的指标</translation>
    </message>
    <message>
        <source>The run has no metric &quot;%1&quot;. Check the metric&apos;s name.</source>
        <translation>该运行没有指标“%1”。请检查指标名称。</translation>
    </message>
    <message>
        <source>The metric series %1 does not exist.</source>
        <translation>指标序列 %1 不存在。</translation>
    </message>
    <message>
        <source>Invalid page token &quot;%1&quot;: pass the token the previous page returned.</source>
        <translation>无效的分页令牌“%1”：请传入上一页返回的令牌。</translation>
    </message>
    <message>
        <source>Could not read the history of the metric &quot;%1&quot;</source>
        <translation>无法读取指标“%1”的历史记录</translation>
    </message>
    <message>
        <source>Could not read the metric&apos;s points</source>
        <translation>无法读取指标的数据点</translation>
    </message>
    <message>
        <source>Could not read the metric&apos;s chart data</source>
        <translation>无法读取指标的图表数据</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>%1 was written by a newer version of Atelier (schema %2; this version knows schema %3 at most). Open it with a newer Atelier. The file was not changed.</source>
        <translation>%1 由更新版本的 Atelier 写入（架构版本 %2；此版本最高仅支持架构版本 %3）。请使用更新版本的 Atelier 打开。文件未做任何更改。</translation>
    </message>
    <message>
        <source>Atelier is missing its schema migration %1.</source>
        <translation>Atelier 缺少架构迁移 %1。</translation>
    </message>
    <message>
        <source>Upgrading %1 to schema %2 failed</source>
        <translation>将 %1 升级到架构版本 %2 失败</translation>
    </message>
</context>
<context>
    <name>MlflowArtifactRoutes</name>
    <message>
        <source>%1 %2 is not an endpoint of this server&apos;s artifact proxy.</source>
        <translation>%1 %2 不是此服务器工件代理的端点。</translation>
    </message>
    <message>
        <source>The content of the artifact &quot;%1&quot; is missing from the project&apos;s blobs folder. Restore the folder from a backup.</source>
        <translation>项目的 blobs 文件夹中缺少工件“%1”的内容。请从备份中恢复该文件夹。</translation>
    </message>
</context>
<context>
    <name>MlflowChecks</name>
    <message>
        <source>Invalid %1 name: &apos;%2&apos;. Names may only contain alphanumerics, underscores (_), dashes (-), periods (.), spaces ( ), and slashes (/).</source>
        <translation>无效的 %1 名称：&apos;%2&apos;。名称只能包含字母数字、下划线 (_)、短划线 (-)、句点 (.)、空格 ( ) 和斜杠 (/)。</translation>
    </message>
    <message>
        <source>Invalid %1 name: &apos;%2&apos;. Names may be treated as files in certain cases, and must not resolve to other names when treated as such. This name would resolve to &apos;%3&apos;</source>
        <translation>无效的 %1 名称：&apos;%2&apos;。名称在某些情况下会被视为文件，此时不得解析为其他名称。该名称将解析为 &apos;%3&apos;</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; had length %3, which exceeded length limit of %4</source>
        <translation>%1 &apos;%2&apos; 的长度为 %3，超出了长度限制 %4</translation>
    </message>
    <message>
        <source>A batch logging request can contain at most %1 %2. Got %3 %2. Please split up %2 across multiple requests and try again.</source>
        <translation>一个批量记录请求最多只能包含 %1 个 %2。收到了 %3 个 %2。请将 %2 拆分到多个请求中，然后重试。</translation>
    </message>
    <message>
        <source>Invalid experiment name: &apos;%1&apos;</source>
        <translation>无效的实验名称：&apos;%1&apos;</translation>
    </message>
    <message>
        <source>Experiment name exceeds the maximum length of %1 characters</source>
        <translation>实验名称超出了 %1 个字符的最大长度</translation>
    </message>
    <message>
        <source>Got invalid timestamp %1 for metric &apos;%2&apos; (value=%3). Timestamp must be a nonnegative long (64-bit integer) </source>
        <translation>指标 &apos;%2&apos;（value=%3）的时间戳 %1 无效。时间戳必须是非负的 long（64 位整数） </translation>
    </message>
    <message>
        <source>Invalid run ID: &apos;%1&apos;</source>
        <translation>无效的运行 ID：&apos;%1&apos;</translation>
    </message>
    <message>
        <source>Duplicate parameter keys have been submitted: [%1]. Please ensure the request contains only one param value per param key.</source>
        <translation>提交了重复的参数键：[%1]。请确保请求中每个参数键只有一个参数值。</translation>
    </message>
</context>
<context>
    <name>MlflowRegistryRoutes</name>
    <message>
        <source>Parameter &apos;version&apos; must be a whole number of 1 or more, such as &quot;1&quot;.</source>
        <translation>参数 &apos;version&apos; 必须是 1 或更大的整数，例如“1”。</translation>
    </message>
    <message>
        <source>Invalid Model Version stage: %1. Value must be one of None, Staging, Production, Archived.</source>
        <translation>无效的模型版本阶段：%1。值必须为 None、Staging、Production、Archived 之一。</translation>
    </message>
    <message>
        <source>This server does not keep tags of registered models and model versions. Register without tags, and put the information in the description.</source>
        <translation>此服务器不保存已注册模型和模型版本的标签。请在不带标签的情况下注册，并将相关信息写入描述中。</translation>
    </message>
    <message>
        <source>Invalid model version source &apos;%1&apos;. This server registers models from its own runs&apos; artifacts: give the source as runs:/&lt;run_id&gt;/&lt;path&gt; or as the run&apos;s artifact_uri followed by /&lt;path&gt;.</source>
        <translation>无效的模型版本来源 &apos;%1&apos;。此服务器从其自身运行的工件注册模型：请以 runs:/&lt;run_id&gt;/&lt;path&gt; 的形式，或以运行的 artifact_uri 后跟 /&lt;path&gt; 的形式给出来源。</translation>
    </message>
    <message>
        <source>The model version source &apos;%1&apos; names no artifact of a run. Give runs:/&lt;run_id&gt;/&lt;path&gt;, such as runs:/&lt;run_id&gt;/model.</source>
        <translation>模型版本来源 &apos;%1&apos; 未指明任何运行的工件。请给出 runs:/&lt;run_id&gt;/&lt;path&gt;，例如 runs:/&lt;run_id&gt;/model。</translation>
    </message>
    <message>
        <source>The source &apos;%1&apos; is an artifact of run %2, not of the run_id given (%3).</source>
        <translation>来源 &apos;%1&apos; 是运行 %2 的工件，而不是所给 run_id（%3）的工件。</translation>
    </message>
</context>
<context>
    <name>MlflowRequest</name>
    <message>
        <source>Missing value for required parameter &apos;%1&apos;. See the API docs for more information about request parameters.</source>
        <translation>缺少必需参数 &apos;%1&apos; 的值。有关请求参数的更多信息，请参阅 API 文档。</translation>
    </message>
    <message>
        <source>Invalid value %1 for parameter &apos;%2&apos; supplied: expected %3, got a JSON %4. See the API docs for more information about request parameters.</source>
        <translation>为参数 &apos;%2&apos; 提供的值 %1 无效：应为%3，但收到的是 JSON %4。有关请求参数的更多信息，请参阅 API 文档。</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>数组</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>The request body is not valid JSON. Send the fields as one JSON object with Content-Type: application/json.</source>
        <translation>请求正文不是有效的 JSON。请以一个 JSON 对象发送各字段，并设置 Content-Type: application/json。</translation>
    </message>
    <message>
        <source>The request body is a JSON %1, not an object. Send the fields as one JSON object.</source>
        <translation>请求正文是 JSON %1，而不是对象。请以一个 JSON 对象发送各字段。</translation>
    </message>
    <message>
        <source>one of RUNNING, SCHEDULED, FINISHED, FAILED, KILLED</source>
        <translation>RUNNING、SCHEDULED、FINISHED、FAILED、KILLED 之一</translation>
    </message>
    <message>
        <source>one of ACTIVE_ONLY, DELETED_ONLY, ALL</source>
        <translation>ACTIVE_ONLY、DELETED_ONLY、ALL 之一</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
</context>
<context>
    <name>MlflowRouteTable</name>
    <message>
        <source>%1 %2 is not an endpoint of this MLflow-compatible server.</source>
        <translation>%1 %2 不是此 MLflow 兼容服务器的端点。</translation>
    </message>
</context>
<context>
    <name>MlflowRoutes</name>
    <message>
        <source>No experiment with id=%1 exists.</source>
        <translation>不存在 id=%1 的实验。</translation>
    </message>
    <message>
        <source>Invalid value %1 for parameter &apos;max_results&apos; supplied: it must be at least 1 and at most %2.</source>
        <translation>为参数 &apos;max_results&apos; 提供的值 %1 无效：它必须至少为 1，且最多为 %2。</translation>
    </message>
    <message>
        <source>This server does not filter experiments yet (filter &quot;%1&quot;). Search without a filter and pick the experiments in your script.</source>
        <translation>此服务器尚不支持筛选实验（筛选条件“%1”）。请不带筛选条件进行搜索，然后在脚本中挑选实验。</translation>
    </message>
    <message>
        <source>Invalid experiment id &quot;%1&quot; in &apos;experiment_ids&apos;: experiment ids are whole numbers.</source>
        <translation>&apos;experiment_ids&apos; 中的实验 ID“%1”无效：实验 ID 必须是整数。</translation>
    </message>
    <message>
        <source>Missing value for required parameter &apos;run_ids&apos;. See the API docs for more information about request parameters.</source>
        <translation>缺少必需参数 &apos;run_ids&apos; 的值。有关请求参数的更多信息，请参阅 API 文档。</translation>
    </message>
    <message>
        <source>GetMetricHistoryBulkInterval request must specify at most %1 run_ids. Received %2 run_ids.</source>
        <translation>GetMetricHistoryBulkInterval 请求最多只能指定 %1 个 run_ids。收到了 %2 个 run_ids。</translation>
    </message>
    <message>
        <source>If either start step or end step are specified, both must be specified.</source>
        <translation>如果指定了起始步骤或结束步骤中的任意一个，则两者都必须指定。</translation>
    </message>
    <message>
        <source>end_step must be greater than start_step. Found start_step=%1 and end_step=%2.</source>
        <translation>end_step 必须大于 start_step。当前 start_step=%1，end_step=%2。</translation>
    </message>
</context>
<context>
    <name>MlmodelFile</name>
    <message>
        <source>%1, line %2: indented with a tab; MLmodel files are indented with spaces.</source>
        <translation>%1，第 %2 行：使用了制表符缩进；MLmodel 文件使用空格缩进。</translation>
    </message>
    <message>
        <source>%1, line %2 is not of the form &quot;key: value&quot;: %3</source>
        <translation>%1，第 %2 行不符合“key: value”格式：%3</translation>
    </message>
    <message>
        <source>%1, line %2: a quoted value is never closed.</source>
        <translation>%1，第 %2 行：带引号的值未闭合。</translation>
    </message>
</context>
<context>
    <name>MlrunsImport</name>
    <message>
        <source>Could not read %1: %2. Check that the file is readable.</source>
        <translation>无法读取 %1：%2。请检查该文件是否可读。</translation>
    </message>
    <message>
        <source>%1 names no experiment. Add a &quot;name:&quot; line or remove the folder.</source>
        <translation>%1 未指明实验名称。请添加一行 &quot;name:&quot;，或删除该文件夹。</translation>
    </message>
    <message>
        <source>Could not import the experiment in %1</source>
        <translation>无法导入 %1 中的实验</translation>
    </message>
    <message>
        <source>Could not import the tag %1</source>
        <translation>无法导入标记 %1</translation>
    </message>
    <message>
        <source>%1: unknown run status &quot;%2&quot;. MLflow writes 1 (RUNNING) to 5 (KILLED).</source>
        <translation>%1：未知的运行状态“%2”。MLflow 写入的状态为 1（RUNNING）到 5（KILLED）。</translation>
    </message>
    <message>
        <source>%1: unknown lifecycle_stage &quot;%2&quot;. MLflow writes active or deleted.</source>
        <translation>%1：未知的 lifecycle_stage“%2”。MLflow 写入的值为 active 或 deleted。</translation>
    </message>
    <message>
        <source>Could not import the run %1</source>
        <translation>无法导入运行 %1</translation>
    </message>
    <message>
        <source>Could not update the run %1</source>
        <translation>无法更新运行 %1</translation>
    </message>
    <message>
        <source>Could not import %1</source>
        <translation>无法导入 %1</translation>
    </message>
    <message>
        <source>Could not read %1 past byte %2.</source>
        <translation>无法读取 %1 中第 %2 字节之后的内容。</translation>
    </message>
    <message>
        <source>%1:%2: malformed metric line &quot;%3&quot;: expected &quot;timestamp value step&quot; (integer, number, integer). Fix or remove the line and sync again.</source>
        <translation>%1:%2：格式错误的指标行“%3”：应为 &quot;timestamp value step&quot;（整数、数字、整数）。请修正或删除该行，然后重新同步。</translation>
    </message>
    <message>
        <source>Could not import the artifact %1</source>
        <translation>无法导入工件 %1</translation>
    </message>
    <message>
        <source>%1 is not a folder. Pass the mlruns folder of an MLflow file store.</source>
        <translation>%1 不是文件夹。请传入 MLflow 文件存储的 mlruns 文件夹。</translation>
    </message>
    <message>
        <source>Could not sync the MLflow file store %1</source>
        <translation>无法同步 MLflow 文件存储 %1</translation>
    </message>
</context>
<context>
    <name>ModelCatalog</name>
    <message>
        <source>Registered Model with name=%1 not found. &quot;atelier model list DIR&quot; shows the registered models.</source>
        <translation>未找到 name=%1 的已注册模型。可用“atelier model list DIR”查看已注册的模型。</translation>
    </message>
    <message>
        <source>Model Version (name=%1, version=%2) not found.</source>
        <translation>未找到模型版本（name=%1，version=%2）。</translation>
    </message>
    <message>
        <source>There is no model version with id %1 in this project.</source>
        <translation>此项目中没有 ID 为 %1 的模型版本。</translation>
    </message>
    <message>
        <source>Registered model alias %1 not found.</source>
        <translation>未找到已注册模型的别名 %1。</translation>
    </message>
    <message>
        <source>There is no run &quot;%1&quot; in this project. Give the MLflow run id (32 hex digits) or the run&apos;s number.</source>
        <translation>此项目中没有运行“%1”。请给出 MLflow 运行 ID（32 位十六进制数字）或运行编号。</translation>
    </message>
</context>
<context>
    <name>ModelPackager</name>
    <message>
        <source>The content of &quot;%1&quot; is missing from the project&apos;s blobs folder (%2). Restore the blobs folder from a backup.</source>
        <translation>项目的 blobs 文件夹中缺少“%1”的内容（%2）。请从备份中恢复 blobs 文件夹。</translation>
    </message>
    <message>
        <source>There is no file or folder %1. Give the path of a model file (model.onnx) or of an MLflow model folder.</source>
        <translation>不存在文件或文件夹 %1。请给出模型文件（model.onnx）或 MLflow 模型文件夹的路径。</translation>
    </message>
    <message>
        <source>The folder %1 holds no file to register.</source>
        <translation>文件夹 %1 中没有可注册的文件。</translation>
    </message>
    <message>
        <source>The model folder &quot;%1&quot; has an MLmodel file that cannot be read</source>
        <translation>模型文件夹“%1”中的 MLmodel 文件无法读取</translation>
    </message>
    <message>
        <source>The blob %1 is not a model folder&apos;s manifest.</source>
        <translation>blob %1 不是模型文件夹的清单。</translation>
    </message>
    <message>
        <source>%1 exists already. Export the model into another folder.</source>
        <translation>%1 已存在。请将模型导出到其他文件夹。</translation>
    </message>
    <message>
        <source>The content of &quot;%1&quot; is missing from the project&apos;s blobs folder. Restore the blobs folder from a backup.</source>
        <translation>项目的 blobs 文件夹中缺少“%1”的内容。请从备份中恢复 blobs 文件夹。</translation>
    </message>
    <message>
        <source>Could not write %1. Check the free space and permissions of %2.</source>
        <translation>无法写入 %1。请检查 %2 的可用空间和权限。</translation>
    </message>
</context>
<context>
    <name>ModelRegistry</name>
    <message>
        <source>A registered model needs a name. Give one, such as &quot;detector&quot;.</source>
        <translation>已注册模型需要一个名称。请给出名称，例如“detector”。</translation>
    </message>
    <message>
        <source>An alias needs a name of 1 to 255 characters, such as &quot;champion&quot;.</source>
        <translation>别名需要 1 到 255 个字符的名称，例如“champion”。</translation>
    </message>
    <message>
        <source>&apos;latest&apos; alias name (case insensitive) is reserved: it always names the newest version. Choose another alias.</source>
        <translation>别名 &apos;latest&apos;（不区分大小写）是保留名称：它始终指向最新版本。请选择其他别名。</translation>
    </message>
    <message>
        <source>Version alias name &apos;%1&apos; is reserved: aliases of the form v&lt;number&gt; would be mistaken for versions. Choose another alias.</source>
        <translation>版本别名 &apos;%1&apos; 是保留名称：v&lt;数字&gt; 形式的别名会被误认为版本。请选择其他别名。</translation>
    </message>
    <message>
        <source>Registered Model (name=%1) already exists. Register a new version of it, or choose another name.</source>
        <translation>已注册模型（name=%1）已存在。请为其注册新版本，或选择其他名称。</translation>
    </message>
    <message>
        <source>Could not create the registered model &quot;%1&quot;</source>
        <translation>无法创建已注册模型“%1”</translation>
    </message>
    <message>
        <source>The registered model &quot;%1&quot; has deployed versions. Remove its deployments first, then delete the model.</source>
        <translation>已注册模型“%1”有已部署的版本。请先删除其部署，然后再删除该模型。</translation>
    </message>
    <message>
        <source>Could not delete the registered model &quot;%1&quot;</source>
        <translation>无法删除已注册模型“%1”</translation>
    </message>
    <message>
        <source>The run has no artifact file or folder &quot;%1&quot;. List the run&apos;s artifacts and give one of their paths, such as &quot;model&quot; or &quot;model/model.onnx&quot;.</source>
        <translation>该运行没有工件文件或文件夹“%1”。请列出该运行的工件，并给出其中一个路径，例如“model”或“model/model.onnx”。</translation>
    </message>
    <message>
        <source>There is no run %1 in this project to register a model from.</source>
        <translation>此项目中没有可用于注册模型的运行 %1。</translation>
    </message>
    <message>
        <source>Could not register &quot;%1&quot; as a version of %2</source>
        <translation>无法将“%1”注册为 %2 的版本</translation>
    </message>
    <message>
        <source>Could not register %1 as a version of %2</source>
        <translation>无法将 %1 注册为 %2 的版本</translation>
    </message>
    <message>
        <source>Could not record version %1 of &quot;%2&quot;</source>
        <translation>无法记录“%2”的版本 %1</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>已注册</translation>
    </message>
    <message>
        <source>archived as version %1 moved to %2</source>
        <translation>因版本 %1 移至 %2 而归档</translation>
    </message>
    <message>
        <source>Could not move version %1 of &quot;%2&quot; to %3</source>
        <translation>无法将“%2”的版本 %1 移至 %3</translation>
    </message>
    <message>
        <source>Could not set the alias &quot;%1&quot; of &quot;%2&quot;</source>
        <translation>无法设置“%2”的别名“%1”</translation>
    </message>
</context>
<context>
    <name>NvidiaSmi</name>
    <message>
        <source>nvidia-smi printed a line Atelier cannot read: &quot;%1&quot;. Check that the host&apos;s NVIDIA driver works.</source>
        <translation>nvidia-smi 输出了一行 Atelier 无法读取的内容：“%1”。请检查该主机的 NVIDIA 驱动是否正常。</translation>
    </message>
</context>
<context>
    <name>Nvml</name>
    <message>
        <source>No NVIDIA driver was found here, so no GPUs are shown.</source>
        <translation>此处未找到 NVIDIA 驱动，因此不显示 GPU。</translation>
    </message>
    <message>
        <source>The NVIDIA driver&apos;s management library is too old for Atelier; update the driver to see GPUs.</source>
        <translation>NVIDIA 驱动的管理库对 Atelier 而言版本过旧；请更新驱动以显示 GPU。</translation>
    </message>
    <message>
        <source>The NVIDIA driver did not start its management library, so no GPUs are shown. Check that `nvidia-smi` works.</source>
        <translation>NVIDIA 驱动未能启动其管理库，因此不显示 GPU。请检查 `nvidia-smi` 是否可用。</translation>
    </message>
    <message>
        <source>Could not count the GPUs.</source>
        <translation>无法统计 GPU 数量。</translation>
    </message>
    <message>
        <source>Could not read GPU %1.</source>
        <translation>无法读取 GPU %1。</translation>
    </message>
</context>
<context>
    <name>Project</name>
    <message>
        <source>%1 already holds an Atelier project. Open it instead, or choose an empty folder.</source>
        <translation>%1 中已有 Atelier 项目。请直接打开该项目，或选择一个空文件夹。</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder. Choose a folder for the new project.</source>
        <translation>%1 是文件而不是文件夹。请为新项目选择一个文件夹。</translation>
    </message>
    <message>
        <source>Could not create the project folder %1. Check that its parent folder exists and is writable.</source>
        <translation>无法创建项目文件夹 %1。请检查其上级文件夹是否存在且可写。</translation>
    </message>
    <message>
        <source>Could not create the project in %1</source>
        <translation>无法在 %1 中创建项目</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Choose an existing project folder.</source>
        <translation>文件夹 %1 不存在。请选择一个现有的项目文件夹。</translation>
    </message>
    <message>
        <source>%1 is not an Atelier project: it has no %2. Open a project folder, or create a new project (File &gt; New Project or `atelier project init`).</source>
        <translation>%1 不是 Atelier 项目：其中没有 %2。请打开一个项目文件夹，或新建项目（文件 &gt; 新建项目，或 `atelier project init`）。</translation>
    </message>
    <message>
        <source>The project %1 is read-only: Atelier needs to write %2 and its journal in that folder. Make the folder and the file writable, or copy the project somewhere you can write.</source>
        <translation>项目 %1 为只读：Atelier 需要在该文件夹中写入 %2 及其日志文件。请将该文件夹和文件设为可写，或将项目复制到您有写入权限的位置。</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not an Atelier project. Open a folder made by Atelier, or create a new project.</source>
        <translation>%1 是其他程序的 SQLite 数据库，而不是 Atelier 项目。请打开由 Atelier 创建的文件夹，或新建项目。</translation>
    </message>
    <message>
        <source>Could not open the project %1</source>
        <translation>无法打开项目 %1</translation>
    </message>
    <message>
        <source>Could not create the folder %1 in the project. Check that the project folder is writable.</source>
        <translation>无法在项目中创建文件夹 %1。请检查项目文件夹是否可写。</translation>
    </message>
</context>
<context>
    <name>ProjectCatalog</name>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n 张图像</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n 次运行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n version(s)</source>
        <translation>
            <numerusform>%n 个版本</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrometheusHistogram</name>
    <message>
        <source>The metrics have no histogram named %1.</source>
        <translation>指标中没有名为 %1 的直方图。</translation>
    </message>
    <message>
        <source>The metric %1 is a %2, not a histogram.</source>
        <translation>指标 %1 是 %2，而不是直方图。</translation>
    </message>
    <message>
        <source>The histogram %1 has no series with the labels asked for.</source>
        <translation>直方图 %1 中没有带所请求标签的序列。</translation>
    </message>
</context>
<context>
    <name>PrometheusText</name>
    <message>
        <source>the line ends with a carriage return; lines end with \n alone</source>
        <translation>该行以回车符结尾；行应仅以 \n 结尾</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>%1 is not a valid metric name after # %2</source>
        <translation>%1 不是 # %2 之后的有效指标名称</translation>
    </message>
    <message>
        <source>a second HELP line for the metric %1</source>
        <translation>指标 %1 的第二个 HELP 行</translation>
    </message>
    <message>
        <source>unknown metric type %1 (counter, gauge, histogram, summary or untyped)</source>
        <translation>未知的指标类型 %1（counter、gauge、histogram、summary 或 untyped）</translation>
    </message>
    <message>
        <source>unexpected text %1 after the type</source>
        <translation>类型之后有意外的文本 %1</translation>
    </message>
    <message>
        <source>a second TYPE line for the metric %1, or a TYPE line after its samples</source>
        <translation>指标 %1 的第二个 TYPE 行，或位于其样本之后的 TYPE 行</translation>
    </message>
    <message>
        <source>%1 does not start with a metric name</source>
        <translation>%1 不是以指标名称开头</translation>
    </message>
    <message>
        <source>unexpected %1 after the metric name %2</source>
        <translation>指标名称 %2 之后有意外的 %1</translation>
    </message>
    <message>
        <source>the sample %1 has no value</source>
        <translation>样本 %1 没有值</translation>
    </message>
    <message>
        <source>%1 is not a number (the value of %2)</source>
        <translation>%1 不是数字（%2 的值）</translation>
    </message>
    <message>
        <source>%1 is not a timestamp (whole milliseconds)</source>
        <translation>%1 不是时间戳（整毫秒数）</translation>
    </message>
    <message>
        <source>unexpected %1 after the timestamp</source>
        <translation>时间戳之后有意外的 %1</translation>
    </message>
    <message>
        <source>expected a label name or &apos;}&apos; in the labels of %1, not %2</source>
        <translation>%1 的标签中应为标签名称或 &apos;}&apos;，而不是 %2</translation>
    </message>
    <message>
        <source>the label name __name__ is reserved</source>
        <translation>标签名称 __name__ 是保留名称</translation>
    </message>
    <message>
        <source>the label %1 appears twice in a sample of %2</source>
        <translation>标签 %1 在 %2 的一个样本中出现了两次</translation>
    </message>
    <message>
        <source>expected &apos;=&apos; after the label name %1</source>
        <translation>标签名称 %1 之后应为 &apos;=&apos;</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; after the value of the label %1</source>
        <translation>标签 %1 的值之后应为 &apos;,&apos; 或 &apos;}&apos;</translation>
    </message>
    <message>
        <source>expected &apos;&quot;&apos; to start the value of the label %1</source>
        <translation>标签 %1 的值应以 &apos;&quot;&apos; 开头</translation>
    </message>
    <message>
        <source>invalid escape \%1 in the value of the label %2 (only \\, \&quot; and \n are allowed)</source>
        <translation>标签 %2 的值中有无效的转义 \%1（仅允许 \\、\&quot; 和 \n）</translation>
    </message>
    <message>
        <source>the value of the label %1 has no closing &apos;&quot;&apos;</source>
        <translation>标签 %1 的值没有结束的 &apos;&quot;&apos;</translation>
    </message>
    <message>
        <source>the histogram %1 has samples named %1_bucket, %1_sum and %1_count, not %2</source>
        <translation>直方图 %1 的样本应命名为 %1_bucket、%1_sum 和 %1_count，而不是 %2</translation>
    </message>
    <message>
        <source>the sample %1 needs a %2 label</source>
        <translation>样本 %1 需要 %2 标签</translation>
    </message>
    <message>
        <source>the %1 label of %2 is %3, not a number</source>
        <translation>%2 的 %1 标签为 %3，不是数字</translation>
    </message>
    <message>
        <source>The metrics are not in the Prometheus text format</source>
        <translation>指标不是 Prometheus 文本格式</translation>
    </message>
</context>
<context>
    <name>RecolorLabelClassCommand</name>
    <message>
        <source>Change label colour</source>
        <translation>更改标签颜色</translation>
    </message>
</context>
<context>
    <name>RegistrySearch</name>
    <message>
        <source>Invalid filter &apos;%1&apos;: %2. Write comparisons joined by AND, such as name = &apos;detector&apos; or name LIKE &apos;det%&apos;.</source>
        <translation>无效的过滤条件 &apos;%1&apos;：%2。请写出用 AND 连接的比较，例如 name = &apos;detector&apos; 或 name LIKE &apos;det%&apos;。</translation>
    </message>
    <message>
        <source>a quoted value is never closed</source>
        <translation>带引号的值未闭合</translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos;</source>
        <translation>意外的字符 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>expected AND before &apos;%1&apos;</source>
        <translation>&apos;%1&apos; 之前应为 AND</translation>
    </message>
    <message>
        <source>expected a key</source>
        <translation>此处应为键</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a key to search by (keys: %2)</source>
        <translation>&apos;%1&apos; 不是可用于搜索的键（可用键：%2）</translation>
    </message>
    <message>
        <source>expected a comparison after &apos;%1&apos;</source>
        <translation>&apos;%1&apos; 之后应为比较运算</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of =, !=, LIKE, ILIKE, IN</source>
        <translation>&apos;%1&apos; 不是 =、!=、LIKE、ILIKE、IN 之一</translation>
    </message>
    <message>
        <source>IN needs a list in parentheses</source>
        <translation>IN 需要一个括号括起的列表</translation>
    </message>
    <message>
        <source>the IN list is not closed with &apos;)&apos;</source>
        <translation>IN 列表未以 &apos;)&apos; 闭合</translation>
    </message>
    <message>
        <source>values must be quoted strings</source>
        <translation>值必须是带引号的字符串</translation>
    </message>
    <message>
        <source>Invalid value %1 for parameter &apos;max_results&apos; supplied: it must be at least 1 and at most %2.</source>
        <translation>为参数 &apos;max_results&apos; 提供的值 %1 无效：它必须至少为 1，且最多为 %2。</translation>
    </message>
    <message>
        <source>Invalid order_by clause &apos;%1&apos;. Give a key (%2) and optionally ASC or DESC.</source>
        <translation>无效的 order_by 子句 &apos;%1&apos;。请给出一个键（%2），并可选择加上 ASC 或 DESC。</translation>
    </message>
    <message>
        <source>Invalid page token &quot;%1&quot;. Pass the next_page_token of the previous answer as it came.</source>
        <translation>无效的分页令牌“%1”。请原样传入上一次应答中的 next_page_token。</translation>
    </message>
</context>
<context>
    <name>RemoveShapesCommand</name>
    <message numerus="yes">
        <source>Remove %n shape(s)</source>
        <translation>
            <numerusform>删除 %n 个形状</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RenameLabelClassCommand</name>
    <message>
        <source>Rename label &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>将标签“%1”重命名为“%2”</translation>
    </message>
</context>
<context>
    <name>RequestBodies</name>
    <message>
        <source>Could not read the request body file &quot;%1&quot;: %2.</source>
        <translation>无法读取请求体文件“%1”：%2。</translation>
    </message>
    <message>
        <source>The request body file &quot;%1&quot; holds %2 MiB; a load test keeps its bodies in memory, so choose a file of at most %3 MiB.</source>
        <translation>请求体文件“%1”大小为 %2 MiB；负载测试会将请求体保存在内存中，因此请选择不超过 %3 MiB 的文件。</translation>
    </message>
    <message>
        <source>Reading the images was cancelled.</source>
        <translation>读取图像已取消。</translation>
    </message>
    <message>
        <source>Reading images</source>
        <translation>正在读取图像</translation>
    </message>
    <message>
        <source>None of the %1 images of %2 version %3 could be read from %4; check that the image folder is still there.</source>
        <translation>无法从 %4 读取 %2 版本 %3 的 %1 张图像中的任何一张；请检查图像文件夹是否仍然存在。</translation>
    </message>
</context>
<context>
    <name>RunComparison</name>
    <message>
        <source>Choose between %1 and %2 runs to compare; %3 are selected.</source>
        <translation>请选择 %1 到 %2 次运行进行比较；当前已选择 %3 次。</translation>
    </message>
</context>
<context>
    <name>RunFilter</name>
    <message>
        <source>Unterminated string</source>
        <translation>未结束的字符串</translation>
    </message>
    <message>
        <source>Close it with a matching %1.</source>
        <translation>请用匹配的 %1 将其闭合。</translation>
    </message>
    <message>
        <source>the end</source>
        <translation>输入末尾</translation>
    </message>
    <message>
        <source>%1 %2 at column %3 in &apos;%4&apos;.</source>
        <translation>%1 %2（位于 &apos;%4&apos; 的第 %3 列）。</translation>
    </message>
    <message>
        <source>%1 %2 at column %3 in order_by &apos;%4&apos;.</source>
        <translation>%1 %2（位于 order_by &apos;%4&apos; 的第 %3 列）。</translation>
    </message>
    <message>
        <source>Write metrics.&lt;key&gt;, params.&lt;key&gt;, tags.&lt;key&gt; or attributes.&lt;key&gt;; quote keys with spaces in backquotes.</source>
        <translation>请写为 metrics.&lt;key&gt;、params.&lt;key&gt;、tags.&lt;key&gt; 或 attributes.&lt;key&gt;；包含空格的键请用反引号括起来。</translation>
    </message>
    <message>
        <source>Expected an identifier, found</source>
        <translation>此处应为标识符，但找到</translation>
    </message>
    <message>
        <source>Invalid entity type</source>
        <translation>无效的实体类型</translation>
    </message>
    <message>
        <source>Use metrics, params, tags, attributes or datasets.</source>
        <translation>请使用 metrics、params、tags、attributes 或 datasets。</translation>
    </message>
    <message>
        <source>Expected a key after &apos;%1.&apos;, found</source>
        <translation>&apos;%1.&apos; 之后应为键，但找到</translation>
    </message>
    <message>
        <source>Invalid attribute key</source>
        <translation>无效的属性键</translation>
    </message>
    <message>
        <source>Valid keys are %1.</source>
        <translation>有效的键为 %1。</translation>
    </message>
    <message>
        <source>Datasets cannot order runs: found</source>
        <translation>数据集不能用于对运行排序：找到</translation>
    </message>
    <message>
        <source>Invalid dataset key</source>
        <translation>无效的数据集键</translation>
    </message>
    <message>
        <source>Valid dataset keys are name, digest and context.</source>
        <translation>有效的数据集键为 name、digest 和 context。</translation>
    </message>
    <message>
        <source>metrics take %1</source>
        <translation>指标可使用 %1</translation>
    </message>
    <message>
        <source>params take %1</source>
        <translation>参数可使用 %1</translation>
    </message>
    <message>
        <source>tags take %1</source>
        <translation>标记可使用 %1</translation>
    </message>
    <message>
        <source>datasets take %1</source>
        <translation>数据集可使用 %1</translation>
    </message>
    <message>
        <source>attribute %1 takes %2</source>
        <translation>属性 %1 可使用 %2</translation>
    </message>
    <message>
        <source>Expected IN after NOT, found</source>
        <translation>NOT 之后应为 IN，但找到</translation>
    </message>
    <message>
        <source>Missing comparator after &apos;%1&apos;: found</source>
        <translation>&apos;%1&apos; 之后缺少比较运算符：找到</translation>
    </message>
    <message>
        <source>Invalid comparator</source>
        <translation>无效的比较运算符</translation>
    </message>
    <message>
        <source>Here %1.</source>
        <translation>此处%1。</translation>
    </message>
    <message>
        <source>IN takes a list of quoted strings such as (&apos;a&apos;, &apos;b&apos;).</source>
        <translation>IN 需要一个由带引号的字符串组成的列表，例如 (&apos;a&apos;, &apos;b&apos;)。</translation>
    </message>
    <message>
        <source>Expected &apos;(&apos; after IN, found</source>
        <translation>IN 之后应为 &apos;(&apos;，但找到</translation>
    </message>
    <message>
        <source>Expected a quoted string in the list, found</source>
        <translation>列表中应为带引号的字符串，但找到</translation>
    </message>
    <message>
        <source>Expected &apos;,&apos; or &apos;)&apos; in the list, found</source>
        <translation>列表中应为 &apos;,&apos; 或 &apos;)&apos;，但找到</translation>
    </message>
    <message>
        <source>Expected a number for %1, found</source>
        <translation>%1 应为数字，但找到</translation>
    </message>
    <message>
        <source>Expected whole milliseconds for %1, found</source>
        <translation>%1 应为整数毫秒数，但找到</translation>
    </message>
    <message>
        <source>Expected a quoted string for %1, found</source>
        <translation>%1 应为带引号的字符串，但找到</translation>
    </message>
    <message>
        <source>Quote values in single or double quotes.</source>
        <translation>请用单引号或双引号将值括起来。</translation>
    </message>
    <message>
        <source>Expected AND, found</source>
        <translation>此处应为 AND，但找到</translation>
    </message>
    <message>
        <source>MLflow filters join comparisons with AND only.</source>
        <translation>MLflow 筛选条件只能用 AND 连接各个比较。</translation>
    </message>
    <message>
        <source>Expected a comparison after AND, found</source>
        <translation>AND 之后应为比较表达式，但找到</translation>
    </message>
    <message>
        <source>Invalid ordering</source>
        <translation>无效的排序</translation>
    </message>
    <message>
        <source>Use ASC or DESC.</source>
        <translation>请使用 ASC 或 DESC。</translation>
    </message>
    <message>
        <source>Unexpected</source>
        <translation>意外的</translation>
    </message>
    <message>
        <source>Write one key and ASC or DESC.</source>
        <translation>请写一个键，后跟 ASC 或 DESC。</translation>
    </message>
</context>
<context>
    <name>RunSearch</name>
    <message>
        <source>Invalid page token &apos;%1&apos;. Pass the next_page_token of the previous search unchanged, or none for the first page.</source>
        <translation>无效的分页令牌 &apos;%1&apos;。请原样传入上一次搜索返回的 next_page_token；如果是第一页，则不传。</translation>
    </message>
    <message>
        <source>Invalid value %1 for max_results: it must be between 1 and %2.</source>
        <translation>max_results 的值 %1 无效：必须介于 1 和 %2 之间。</translation>
    </message>
    <message>
        <source>Could not search the runs</source>
        <translation>无法搜索运行</translation>
    </message>
</context>
<context>
    <name>SbatchScript</name>
    <message>
        <source>The job %1 has no command to run.</source>
        <translation>作业 %1 没有要运行的命令。</translation>
    </message>
    <message>
        <source>The job folder &quot;%1&quot; is not an absolute path. Slurm needs one for the job&apos;s output.</source>
        <translation>作业文件夹“%1”不是绝对路径。Slurm 需要绝对路径来存放作业的输出。</translation>
    </message>
    <message>
        <source>The job folder &quot;%1&quot; contains a double quote or a line break, which an #SBATCH line cannot hold. Move the project to a folder without them.</source>
        <translation>作业文件夹“%1”包含双引号或换行符，而 #SBATCH 行无法容纳这些字符。请将项目移到不含这些字符的文件夹中。</translation>
    </message>
    <message>
        <source>The partition name &quot;%1&quot; is not valid: use letters, digits, &apos;_&apos;, &apos;-&apos; and &apos;.&apos;.</source>
        <translation>分区名称“%1”无效：请使用字母、数字、&apos;_&apos;、&apos;-&apos; 和 &apos;.&apos;。</translation>
    </message>
    <message>
        <source>The account name &quot;%1&quot; is not valid: use letters, digits, &apos;_&apos;, &apos;-&apos; and &apos;.&apos;.</source>
        <translation>账户名称“%1”无效：请使用字母、数字、&apos;_&apos;、&apos;-&apos; 和 &apos;.&apos;。</translation>
    </message>
    <message>
        <source>The array &quot;%1&quot; is not a Slurm array: write indices like 0-9, 1,3,5 or 0-99:2%10.</source>
        <translation>“%1”不是有效的 Slurm 数组：请按 0-9、1,3,5 或 0-99:2%10 的形式写出索引。</translation>
    </message>
    <message>
        <source>The job %1 asks for a negative number of nodes, tasks, GPUs, CPUs, memory or time.</source>
        <translation>作业 %1 请求的节点、任务、GPU、CPU、内存或时间数量为负数。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid environment variable name: use letters, digits and &apos;_&apos;, not starting with a digit.</source>
        <translation>“%1”不是有效的环境变量名：请使用字母、数字和 &apos;_&apos;，且不能以数字开头。</translation>
    </message>
</context>
<context>
    <name>SectionTexts</name>
    <message>
        <source>Datasets</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>No datasets yet</source>
        <translation>暂无数据集</translation>
    </message>
    <message>
        <source>Image folders and COCO, YOLO, Pascal VOC or labelme exports that you import will appear here, ready to annotate.</source>
        <translation>导入的图像文件夹以及 COCO、YOLO、Pascal VOC 或 labelme 导出文件将显示在这里，可直接进行标注。</translation>
    </message>
    <message>
        <source>The annotation canvas for this dataset arrives with the annotation pane. It will show its %1, their shapes and labels.</source>
        <translation>此数据集的标注画布将随标注窗格一同推出，届时将显示其中的 %1，以及这些图像的形状和标签。</translation>
    </message>
    <message>
        <source>Experiments</source>
        <translation>实验</translation>
    </message>
    <message>
        <source>Experiment</source>
        <translation>实验</translation>
    </message>
    <message>
        <source>No experiments yet</source>
        <translation>暂无实验</translation>
    </message>
    <message>
        <source>Runs logged by training scripts through the MLflow-compatible server will appear here.</source>
        <translation>训练脚本通过 MLflow 兼容服务器记录的运行将显示在这里。</translation>
    </message>
    <message>
        <source>The runs table for this experiment arrives with the experiments view. It will list its %1 with their parameters and metric charts.</source>
        <translation>此实验的运行表将随实验视图一同推出，届时将列出其 %1，以及各次运行的参数和指标图表。</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>作业</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>作业</translation>
    </message>
    <message>
        <source>No jobs yet</source>
        <translation>暂无作业</translation>
    </message>
    <message>
        <source>Training jobs launched on this computer, on SSH hosts or on Slurm clusters will appear here.</source>
        <translation>在本机、SSH 主机或 Slurm 集群上启动的训练作业将显示在这里。</translation>
    </message>
    <message>
        <source>The job view arrives with the job launcher. It will show this job&apos;s state (%1), its live log and its GPUs.</source>
        <translation>作业视图将随作业启动器一同推出，届时将显示此作业的状态（%1）、实时日志及其使用的 GPU。</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>No models yet</source>
        <translation>暂无模型</translation>
    </message>
    <message>
        <source>Models registered from finished runs will appear here with their versions and stages.</source>
        <translation>从已完成的运行中注册的模型将连同其版本和阶段显示在这里。</translation>
    </message>
    <message>
        <source>The registry view for this model arrives with the model registry. It will show its %1 and the lineage from data to deployment.</source>
        <translation>此模型的注册表视图将随模型注册表一同推出，届时将显示其 %1，以及从数据到部署的血缘关系。</translation>
    </message>
    <message>
        <source>Deployments</source>
        <translation>部署</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>部署</translation>
    </message>
    <message>
        <source>No deployments yet</source>
        <translation>暂无部署</translation>
    </message>
    <message>
        <source>Model versions served over the KServe v2 protocol will appear here with their health.</source>
        <translation>通过 KServe v2 协议提供服务的模型版本将连同其健康状况显示在这里。</translation>
    </message>
    <message>
        <source>The deployment dashboard arrives with serving. It will show this deployment&apos;s health (%1), traffic and latency.</source>
        <translation>部署仪表板将随模型服务功能一同推出，届时将显示此部署的健康状况（%1）、流量和延迟。</translation>
    </message>
</context>
<context>
    <name>Sha256</name>
    <message>
        <source>Could not read %1. Check its permissions.</source>
        <translation>无法读取 %1。请检查其权限。</translation>
    </message>
    <message>
        <source>Could not read %1.</source>
        <translation>无法读取 %1。</translation>
    </message>
</context>
<context>
    <name>Shape</name>
    <message>
        <source>The geometry of a %1 shape is not valid JSON.</source>
        <translation>%1 形状的几何数据不是有效的 JSON。</translation>
    </message>
    <message>
        <source>The geometry of a %1 shape is not a JSON object.</source>
        <translation>%1 形状的几何数据不是 JSON 对象。</translation>
    </message>
    <message>
        <source>The geometry of a %1 shape has no &quot;points&quot; list.</source>
        <translation>%1 形状的几何数据中没有 &quot;points&quot; 列表。</translation>
    </message>
    <message>
        <source>A %1 shape needs exactly %2 coordinates; its geometry has %3.</source>
        <translation>%1 形状需要恰好 %2 个坐标，但其几何数据中有 %3 个。</translation>
    </message>
    <message>
        <source>A %1 shape needs an even number of coordinates, at least 2; its geometry has %2.</source>
        <translation>%1 形状的坐标数必须是偶数，且至少为 2 个，但其几何数据中有 %2 个。</translation>
    </message>
    <message>
        <source>The points of a %1 shape must all be numbers.</source>
        <translation>%1 形状的点必须全部是数字。</translation>
    </message>
    <message>
        <source>The rotation of a rotated box must be a number of degrees.</source>
        <translation>旋转框的旋转角度必须是以度为单位的数字。</translation>
    </message>
    <message>
        <source>The geometry of a mask has no &quot;rle&quot; string.</source>
        <translation>掩码的几何数据中没有 &quot;rle&quot; 字符串。</translation>
    </message>
    <message>
        <source>The geometry of a mask needs &quot;size&quot;: [height, width] in whole pixels.</source>
        <translation>掩码的几何数据需要以整像素为单位的 &quot;size&quot;: [height, width]。</translation>
    </message>
    <message>
        <source>The run lengths of a mask cannot be read</source>
        <translation>无法读取掩码的游程长度</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>边界框</translation>
    </message>
    <message>
        <source>Rotated box</source>
        <translation>旋转框</translation>
    </message>
    <message>
        <source>Polygon</source>
        <translation>多边形</translation>
    </message>
    <message>
        <source>Polyline</source>
        <translation>折线</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>点</translation>
    </message>
    <message>
        <source>Mask</source>
        <translation>掩码</translation>
    </message>
</context>
<context>
    <name>ShapeGeometry</name>
    <message>
        <source>its mask could not be read: %1</source>
        <translation>无法读取其掩码：%1</translation>
    </message>
    <message>
        <source>its geometry is not a list of at least %1 coordinates</source>
        <translation>其几何数据不是至少包含 %1 个坐标的列表</translation>
    </message>
    <message>
        <source>its geometry holds a number that is not finite</source>
        <translation>其几何数据中包含非有限数值</translation>
    </message>
    <message>
        <source>the shape kind %1 is unknown</source>
        <translation>形状类型 %1 未知</translation>
    </message>
    <message>
        <source>its geometry could not be read: %1</source>
        <translation>无法读取其几何数据：%1</translation>
    </message>
</context>
<context>
    <name>ShellDocks</name>
    <message>
        <source>Navigator</source>
        <translation>导航器</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
</context>
<context>
    <name>SlurmStates</name>
    <message>
        <source>%1 answered in a form Atelier does not read. Check that the cluster runs Slurm 20.11 or newer.</source>
        <translation>%1 返回的格式 Atelier 无法读取。请检查集群运行的是否为 Slurm 20.11 或更高版本。</translation>
    </message>
</context>
<context>
    <name>SlurmTarget</name>
    <message>
        <source>exit code %1, no message</source>
        <translation>退出码 %1，无消息</translation>
    </message>
    <message numerus="yes">
        <source>Could not read the job folders on %1 (%n folder(s)). Check that they are on a file system the login node sees.</source>
        <translation>
            <numerusform>无法读取 %1 上的作业文件夹（%n 个文件夹）。请检查它们是否位于登录节点可访问的文件系统上。</numerusform>
        </translation>
    </message>
    <message>
        <source>squeue failed on %1: %2. Check that the Slurm controller is up (scontrol ping).</source>
        <translation>squeue 在 %1 上失败：%2。请检查 Slurm 控制器是否正在运行（scontrol ping）。</translation>
    </message>
    <message>
        <source>sacct failed on %1: %2. Check the cluster&apos;s accounting (slurmdbd).</source>
        <translation>sacct 在 %1 上失败：%2。请检查集群的记账服务（slurmdbd）。</translation>
    </message>
    <message>
        <source>scontrol show job failed on %1: %2. Check that the Slurm controller is up (scontrol ping).</source>
        <translation>scontrol show job 在 %1 上失败：%2。请检查 Slurm 控制器是否正在运行（scontrol ping）。</translation>
    </message>
    <message>
        <source>The target &quot;%1&quot; is of kind %2, not slurm.</source>
        <translation>目标“%1”的类型为 %2，而不是 slurm。</translation>
    </message>
    <message>
        <source>The target &quot;%1&quot; asks for GPUs by &quot;%2&quot;: write gres (--gres=gpu:N) or gpus (--gpus=N).</source>
        <translation>目标“%1”以“%2”方式请求 GPU：请写 gres（--gres=gpu:N）或 gpus（--gpus=N）。</translation>
    </message>
    <message>
        <source>Slurm&apos;s sinfo does not run on %1: %2. Install the Slurm client commands there, or put them on the PATH.</source>
        <translation>Slurm 的 sinfo 无法在 %1 上运行：%2。请在该主机上安装 Slurm 客户端命令，或将其加入 PATH。</translation>
    </message>
    <message>
        <source>Could not submit the job %1 to the Slurm target &quot;%2&quot;</source>
        <translation>无法将作业 %1 提交到 Slurm 目标“%2”</translation>
    </message>
    <message>
        <source>%1: could not make the job folder %2 on %3 (%4). Check that it is writable.</source>
        <translation>%1：无法在 %3 上创建作业文件夹 %2（%4）。请检查其是否可写。</translation>
    </message>
    <message>
        <source>the default partition</source>
        <translation>默认分区</translation>
    </message>
    <message>
        <source>partition %1</source>
        <translation>分区 %1</translation>
    </message>
    <message>
        <source>sbatch refused the job %1 on the Slurm target &quot;%2&quot; (%3): %4. Check the target&apos;s partition and the resources the job asks for.</source>
        <translation>sbatch 在 Slurm 目标“%2”（%3）上拒绝了作业 %1：%4。请检查目标的分区以及作业请求的资源。</translation>
    </message>
    <message>
        <source>%1: sbatch answered &quot;%2&quot; instead of a job id.</source>
        <translation>%1：sbatch 返回了“%2”，而不是作业 ID。</translation>
    </message>
    <message numerus="yes">
        <source>Could not ask Slurm on %1 about %n job(s)</source>
        <translation>
            <numerusform>无法向 %1 上的 Slurm 查询 %n 个作业</numerusform>
        </translation>
    </message>
    <message>
        <source>Slurm ended the job %1 as %2</source>
        <translation>Slurm 以 %2 状态结束了作业 %1</translation>
    </message>
    <message>
        <source>Slurm no longer knows the job %1</source>
        <translation>Slurm 中已不再有作业 %1 的记录</translation>
    </message>
    <message>
        <source>The job %1 has no Slurm job id to cancel yet. Try again in a moment.</source>
        <translation>作业 %1 还没有可取消的 Slurm 作业 ID。请稍后重试。</translation>
    </message>
    <message>
        <source>scancel could not cancel the Slurm job %1 (job %2) on %3: %4.</source>
        <translation>scancel 无法取消 %3 上的 Slurm 作业 %1（作业 %2）：%4。</translation>
    </message>
    <message>
        <source>Could not read the log %1 on %2</source>
        <translation>无法读取 %2 上的日志 %1</translation>
    </message>
    <message>
        <source>Could not read the log %1 on %2: %3.</source>
        <translation>无法读取 %2 上的日志 %1：%3。</translation>
    </message>
    <message>
        <source>The checkpoint pattern &quot;%1&quot; is not a valid glob.</source>
        <translation>检查点模式“%1”不是有效的 glob。</translation>
    </message>
    <message>
        <source>Could not list %1 on %2</source>
        <translation>无法列出 %2 上的 %1</translation>
    </message>
    <message>
        <source>Could not list %1 on %2: %3.</source>
        <translation>无法列出 %2 上的 %1：%3。</translation>
    </message>
</context>
<context>
    <name>SplitHealth</name>
    <message>
        <source>%1 is %2: %3</source>
        <translation>%1 的状态为 %2：%3</translation>
    </message>
    <message>
        <source>the traffic gateway is down: %1</source>
        <translation>流量网关已宕机：%1</translation>
    </message>
    <message>
        <source>every version that takes traffic is down: %1</source>
        <translation>承接流量的所有版本均已宕机：%1</translation>
    </message>
    <message>
        <source>the traffic gateway is degraded: %1</source>
        <translation>流量网关已降级：%1</translation>
    </message>
    <message>
        <source>the traffic gateway is starting: %1</source>
        <translation>流量网关正在启动：%1</translation>
    </message>
    <message>
        <source>ready: the gateway and every version of the split answer</source>
        <translation>就绪：网关和流量拆分中的每个版本均有应答</translation>
    </message>
</context>
<context>
    <name>SqliteError</name>
    <message>
        <source>The change conflicts with data already in %1 (a name already taken, or an item that another one still refers to).</source>
        <translation>此更改与 %1 中的现有数据冲突（名称已被占用，或该项仍被其他项引用）。</translation>
    </message>
    <message>
        <source>The database file %1 is damaged or is not an SQLite database. Restore it from a backup.</source>
        <translation>数据库文件 %1 已损坏或不是 SQLite 数据库。请从备份中恢复。</translation>
    </message>
    <message>
        <source>The database file %1 is read-only. Make it and its folder writable, or copy the project somewhere you can write.</source>
        <translation>数据库文件 %1 为只读。请将该文件及其所在文件夹设为可写，或将项目复制到您有写入权限的位置。</translation>
    </message>
    <message>
        <source>The database file %1 is busy in another program. Close the other program or try again in a moment.</source>
        <translation>数据库文件 %1 正被其他程序占用。请关闭该程序，或稍后重试。</translation>
    </message>
    <message>
        <source>The disk holding %1 is full. Free some space and try again.</source>
        <translation>%1 所在的磁盘已满。请释放一些空间后重试。</translation>
    </message>
    <message>
        <source>The database file %1 could not be read or written (input/output error). Check the disk and try again.</source>
        <translation>无法读取或写入数据库文件 %1（输入/输出错误）。请检查磁盘后重试。</translation>
    </message>
    <message>
        <source>A database operation on %1 failed.</source>
        <translation>对 %1 的数据库操作失败。</translation>
    </message>
</context>
<context>
    <name>SshCommandRunner</name>
    <message>
        <source>No command was given to run on %1.</source>
        <translation>未指定要在 %1 上运行的命令。</translation>
    </message>
    <message>
        <source>Could not run %1 on %2</source>
        <translation>无法在 %2 上运行 %1</translation>
    </message>
</context>
<context>
    <name>SshConfig</name>
    <message>
        <source>Could not read the SSH configuration %1. Check its permissions.</source>
        <translation>无法读取 SSH 配置 %1。请检查其权限。</translation>
    </message>
    <message>
        <source>%1: Host without a pattern matches no host.</source>
        <translation>%1：没有模式的 Host 不匹配任何主机。</translation>
    </message>
    <message>
        <source>%1: Match blocks are not supported by Atelier; the lines under it apply to no host.</source>
        <translation>%1：Atelier 不支持 Match 块；其下的各行不适用于任何主机。</translation>
    </message>
    <message>
        <source>%1: %2 has no value and is ignored.</source>
        <translation>%1：%2 没有值，已忽略。</translation>
    </message>
    <message>
        <source>%1: Include goes deeper than %2 files and is ignored.</source>
        <translation>%1：Include 的嵌套深度超过 %2 个文件，已忽略。</translation>
    </message>
    <message>
        <source>%1: could not read the included file %2 (%3).</source>
        <translation>%1：无法读取所包含的文件 %2（%3）。</translation>
    </message>
    <message>
        <source>%1: Port &quot;%2&quot; is not a number from 1 to 65535 and is ignored.</source>
        <translation>%1：Port“%2”不是 1 到 65535 之间的数字，已忽略。</translation>
    </message>
    <message>
        <source>%1: %2 is not supported by Atelier and is not applied.</source>
        <translation>%1：Atelier 不支持 %2，未予应用。</translation>
    </message>
</context>
<context>
    <name>SshConnection</name>
    <message>
        <source>Could not set up the SSH connection to %1. Check the host name, user and port of the target.</source>
        <translation>无法建立到 %1 的 SSH 连接。请检查目标的主机名、用户和端口。</translation>
    </message>
    <message>
        <source>%1 sent no host key, so its identity could not be checked. Try again; if it persists, ask the server&apos;s administrator.</source>
        <translation>%1 未发送主机密钥，因此无法验证其身份。请重试；如果问题仍然存在，请咨询服务器管理员。</translation>
    </message>
    <message>
        <source>Could not compute the fingerprint of the host key of %1.</source>
        <translation>无法计算 %1 的主机密钥指纹。</translation>
    </message>
    <message>
        <source>The host key of %1 does not match the one recorded in %2 (line %3): the server now shows the %4 key %5. Either the server was reinstalled or someone is intercepting the connection. Compare the fingerprint with the server&apos;s administrator; only if the change is expected, delete that line and connect again.</source>
        <translation>%1 的主机密钥与 %2（第 %3 行）中记录的不一致：服务器现在出示的是 %4 密钥 %5。可能是服务器已重新安装，也可能有人正在拦截连接。请与服务器管理员核对指纹；仅当此变更在预期之中时，才删除该行并重新连接。</translation>
    </message>
    <message>
        <source>Could not check the host key of %1 against %2. Check that the file is readable.</source>
        <translation>无法对照 %2 检查 %1 的主机密钥。请检查该文件是否可读。</translation>
    </message>
    <message>
        <source>The host key of %1 (%2 %3) was not trusted, so no connection was made. Connect again and accept the key once its fingerprint is confirmed by the server&apos;s administrator.</source>
        <translation>%1 的主机密钥（%2 %3）未被信任，因此未建立连接。请在服务器管理员确认其指纹后重新连接并接受该密钥。</translation>
    </message>
    <message>
        <source>Could not add the host key of %1 to %2. Check that the file is writable.</source>
        <translation>无法将 %1 的主机密钥添加到 %2。请检查该文件是否可写。</translation>
    </message>
    <message>
        <source>the key file %1 is not a private key that can be read</source>
        <translation>密钥文件 %1 不是可读取的私钥</translation>
    </message>
    <message>
        <source>the passphrase of %1 was wrong %2 times</source>
        <translation>%1 的密码短语错误了 %2 次</translation>
    </message>
    <message>
        <source>answering the server&apos;s login prompt</source>
        <translation>响应服务器的登录提示</translation>
    </message>
    <message>
        <source>logging in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Password of %1 on %2:</source>
        <translation>%1 在 %2 上的密码：</translation>
    </message>
    <message>
        <source>the keys of ssh-agent</source>
        <translation>ssh-agent 中的密钥</translation>
    </message>
    <message>
        <source>logging in with ssh-agent</source>
        <translation>使用 ssh-agent 登录</translation>
    </message>
    <message>
        <source>the key file %1 does not exist</source>
        <translation>密钥文件 %1 不存在</translation>
    </message>
    <message>
        <source>the key %1</source>
        <translation>密钥 %1</translation>
    </message>
    <message>
        <source>logging in with the key %1</source>
        <translation>使用密钥 %1 登录</translation>
    </message>
    <message>
        <source>keyboard-interactive login</source>
        <translation>键盘交互式登录</translation>
    </message>
    <message>
        <source>a password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Could not log in to %1 as %2: the server accepted none of %3.</source>
        <translation>无法以 %2 身份登录 %1：服务器未接受 %3 中的任何一项。</translation>
    </message>
    <message>
        <source>the methods Atelier knows</source>
        <translation>Atelier 支持的方法</translation>
    </message>
    <message>
        <source>Also, %1.</source>
        <translation>此外，%1。</translation>
    </message>
    <message>
        <source>Add your public key to ~/.ssh/authorized_keys of %1 on the server, or choose the right key file in the target&apos;s settings.</source>
        <translation>请将公钥添加到服务器上 %1 的 ~/.ssh/authorized_keys 中，或在目标设置中选择正确的密钥文件。</translation>
    </message>
    <message>
        <source>The connection to %1 was lost while %2. Check the network and that the server is up, then try again.</source>
        <translation>在%2时，与 %1 的连接中断。请检查网络以及服务器是否正常运行，然后重试。</translation>
    </message>
    <message>
        <source>Could not start an SSH session to %1: out of memory.</source>
        <translation>无法启动到 %1 的 SSH 会话：内存不足。</translation>
    </message>
    <message>
        <source>Could not connect to %1 on port %2: %3. Check the host name and the port, and that the host is up and runs an SSH server.</source>
        <translation>无法通过端口 %2 连接到 %1：%3。请检查主机名和端口，并确认该主机正在运行且运行着 SSH 服务器。</translation>
    </message>
    <message>
        <source>Could not run %1 on %2: not connected. Connect to the target first.</source>
        <translation>无法在 %2 上运行 %1：未连接。请先连接到目标。</translation>
    </message>
    <message>
        <source>starting %1</source>
        <translation>启动 %1</translation>
    </message>
    <message>
        <source>sending input to %1</source>
        <translation>向 %1 发送输入</translation>
    </message>
    <message>
        <source>running %1</source>
        <translation>运行 %1</translation>
    </message>
    <message>
        <source>%1 on %2 did not finish within %3 seconds and was abandoned.</source>
        <translation>%2 上的 %1 未在 %3 秒内完成，已放弃。</translation>
    </message>
    <message>
        <source>Not connected to %1.</source>
        <translation>未连接到 %1。</translation>
    </message>
    <message>
        <source>The connection to %1 is lost: the server did not answer within %2 seconds.</source>
        <translation>与 %1 的连接已中断：服务器未在 %2 秒内响应。</translation>
    </message>
</context>
<context>
    <name>SshTarget</name>
    <message>
        <source>The SSH target &quot;%1&quot; has no host. Add it again with --host.</source>
        <translation>SSH 目标“%1”没有主机。请使用 --host 重新添加。</translation>
    </message>
    <message>
        <source>%1 on %2 failed at the step &quot;connect&quot;</source>
        <translation>%2 上的 %1 在“connect”步骤失败</translation>
    </message>
    <message>
        <source>%1 on %2 failed at the step &quot;connect&quot;: the connection was lost and Atelier is reconnecting. It is tried again by itself; check the network if this persists.</source>
        <translation>%2 上的 %1 在“connect”步骤失败：连接已中断，Atelier 正在重新连接。系统会自动重试；如果问题持续存在，请检查网络。</translation>
    </message>
    <message>
        <source>%1 on %2 failed</source>
        <translation>%2 上的 %1 失败</translation>
    </message>
    <message>
        <source>Checking the target</source>
        <translation>正在检查目标</translation>
    </message>
    <message>
        <source>The shell sh on %1 did not answer. Jobs need it to start: check that the account has a working POSIX shell.</source>
        <translation>%1 上的 shell sh 没有响应。作业需要它才能启动：请检查该账户是否有可用的 POSIX shell。</translation>
    </message>
    <message>
        <source>Could not upload the working folder %1 to %2 on %3 (step &quot;upload&quot;)</source>
        <translation>无法将工作文件夹 %1 上传到 %3 上的 %2（步骤“upload”）</translation>
    </message>
    <message>
        <source>Starting the job %1</source>
        <translation>正在启动作业 %1</translation>
    </message>
    <message>
        <source>Could not make the job folder %1 on %2 (step &quot;start&quot;): %3. Check that the target&apos;s root folder is writable there, or choose another root.</source>
        <translation>无法在 %2 上创建作业文件夹 %1（步骤“start”）：%3。请检查该主机上目标的根文件夹是否可写，或选择其他根文件夹。</translation>
    </message>
    <message>
        <source>Could not write to the job folder %1 on %2 (step &quot;start&quot;): %3. The disk there may be full: free some space or choose another root folder for the target.</source>
        <translation>无法写入 %2 上的作业文件夹 %1（步骤“start”）：%3。该主机的磁盘可能已满：请释放一些空间，或为目标选择其他根文件夹。</translation>
    </message>
    <message>
        <source>The working folder %1 does not exist on %2 (step &quot;start&quot;). Create it there, or give a local folder to upload.</source>
        <translation>%2 上不存在工作文件夹 %1（步骤“start”）。请在该主机上创建它，或指定一个要上传的本地文件夹。</translation>
    </message>
    <message>
        <source>The command &quot;%1&quot; was not found on %2 (step &quot;start&quot;; looked in %3). Install it there, or give its full path.</source>
        <translation>在 %2 上找不到命令“%1”（步骤“start”；已在 %3 中查找）。请在该主机上安装它，或给出其完整路径。</translation>
    </message>
    <message>
        <source>%1 has no setsid or nohup (step &quot;start&quot;), which Atelier needs to run jobs detached. Install util-linux and coreutils there.</source>
        <translation>%1 上没有 setsid 或 nohup（步骤“start”），而 Atelier 需要它们以分离方式运行作业。请在该主机上安装 util-linux 和 coreutils。</translation>
    </message>
    <message>
        <source>Could not start the job %1 on %2 (step &quot;start&quot;): the shell exited with status %3. %4</source>
        <translation>无法在 %2 上启动作业 %1（步骤“start”）：shell 以状态 %3 退出。%4</translation>
    </message>
    <message>
        <source>The job %1 was started on %2, but the host did not say which process runs it. Check the job folder %3 there.</source>
        <translation>作业 %1 已在 %2 上启动，但主机未告知运行它的进程。请检查该主机上的作业文件夹 %3。</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n job(s)</source>
        <translation>
            <numerusform>正在检查 %n 个作业</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read the state of the job %1 on %2: the host&apos;s answer was cut short. It is asked again on the next check.</source>
        <translation>无法读取 %2 上作业 %1 的状态：主机的响应被截断。下次检查时将再次查询。</translation>
    </message>
    <message>
        <source>Cancelling the job %1</source>
        <translation>正在取消作业 %1</translation>
    </message>
    <message>
        <source>The job %1 has no process on %2 to cancel yet. Try again in a moment.</source>
        <translation>作业 %1 在 %2 上还没有可取消的进程。请稍后重试。</translation>
    </message>
    <message>
        <source>The job %1 (process group %2 on %3) did not end after SIGKILL. It may be stuck in the kernel (a hung disk or GPU driver) there.</source>
        <translation>作业 %1（%3 上的进程组 %2）在 SIGKILL 之后仍未结束。它可能卡在该主机的内核中（磁盘或 GPU 驱动程序挂起）。</translation>
    </message>
    <message>
        <source>Reading the log %1</source>
        <translation>正在读取日志 %1</translation>
    </message>
    <message>
        <source>Could not read the log %1 on %2. Check that the job folder is readable there.</source>
        <translation>无法读取 %2 上的日志 %1。请检查该主机上的作业文件夹是否可读。</translation>
    </message>
    <message>
        <source>The checkpoint pattern &quot;%1&quot; is not a valid glob.</source>
        <translation>检查点模式“%1”不是有效的 glob。</translation>
    </message>
    <message>
        <source>Looking for checkpoints in %1</source>
        <translation>正在 %1 中查找检查点</translation>
    </message>
    <message>
        <source>Could not list the files of %1 on %2 (find needs GNU findutils there).</source>
        <translation>无法列出 %2 上 %1 中的文件（find 需要该主机上安装 GNU findutils）。</translation>
    </message>
    <message>
        <source>Transferring files</source>
        <translation>正在传输文件</translation>
    </message>
    <message>
        <source>Could not copy the uploaded code into %1 on %2 (step &quot;upload&quot;): %3. Check that the disk has room.</source>
        <translation>无法将已上传的代码复制到 %2 上的 %1 中（步骤“upload”）：%3。请检查磁盘是否有剩余空间。</translation>
    </message>
</context>
<context>
    <name>Statement</name>
    <message>
        <source>The project database rejected a query. This is a bug in Atelier; please report it with the log.</source>
        <translation>项目数据库拒绝了一条查询。这是 Atelier 的缺陷，请附上日志报告此问题。</translation>
    </message>
</context>
<context>
    <name>TargetStore</name>
    <message>
        <source>A compute target needs a name, such as &quot;workstation&quot; or &quot;cluster&quot;.</source>
        <translation>计算目标需要一个名称，例如“workstation”或“cluster”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of compute target. Use one of: %2.</source>
        <translation>“%1”不是计算目标的类型。请使用以下类型之一：%2。</translation>
    </message>
    <message>
        <source>The setting &quot;%1&quot; of the target &quot;%2&quot; looks like a secret. Secrets are kept in the system keychain, never in the project: leave it out.</source>
        <translation>目标“%2”的设置“%1”看起来是机密信息。机密信息保存在系统钥匙串中，绝不会保存在项目中：请去掉此设置。</translation>
    </message>
    <message>
        <source>A compute target named &quot;%1&quot; exists already. Choose another name.</source>
        <translation>名为“%1”的计算目标已存在。请选择其他名称。</translation>
    </message>
    <message>
        <source>Could not add the compute target &quot;%1&quot;</source>
        <translation>无法添加计算目标“%1”</translation>
    </message>
    <message>
        <source>There is no compute target named &quot;%1&quot; in this project. Add it with &quot;atelier target add&quot; or pick one of the existing targets.</source>
        <translation>此项目中没有名为“%1”的计算目标。请使用“atelier target add”添加，或从现有目标中选择一个。</translation>
    </message>
    <message>
        <source>The compute target %1 is missing from the project.</source>
        <translation>项目中缺少计算目标 %1。</translation>
    </message>
</context>
<context>
    <name>TiledPyramidImage</name>
    <message>
        <source>Could not write the image tile %1: %2. Free some disk space or choose another cache folder.</source>
        <translation>无法写入图像图块 %1：%2。请释放一些磁盘空间，或选择其他缓存文件夹。</translation>
    </message>
    <message>
        <source>The image %1 does not exist. Check that its folder is still where the dataset points.</source>
        <translation>图像 %1 不存在。请检查其所在文件夹是否仍位于数据集指向的位置。</translation>
    </message>
    <message>
        <source>Could not read the image %1: %2. Check that the file is complete, or save it again as PNG or TIFF.</source>
        <translation>无法读取图像 %1：%2。请检查文件是否完整，或将其重新另存为 PNG 或 TIFF。</translation>
    </message>
    <message>
        <source>The image %1 is an interlaced PNG, which cannot be read a row at a time. Save it again without interlacing (or as a tiled TIFF) to open it.</source>
        <translation>图像 %1 是隔行扫描的 PNG，无法逐行读取。请将其重新另存为非隔行扫描的图像（或分块 TIFF）后再打开。</translation>
    </message>
    <message>
        <source>The image %1 is neither PNG nor TIFF, the formats that open in tiles. Convert it to a tiled TIFF to open it.</source>
        <translation>图像 %1 既不是 PNG 也不是 TIFF（可按图块打开的格式）。请将其转换为分块 TIFF 后再打开。</translation>
    </message>
    <message>
        <source>it has no pixels</source>
        <translation>该图像没有像素</translation>
    </message>
    <message>
        <source>Could not create the tile cache folder %1. Check that the project folder is writable.</source>
        <translation>无法创建图块缓存文件夹 %1。请检查项目文件夹是否可写。</translation>
    </message>
    <message>
        <source>Not enough memory to read the image %1 (%2 pixels wide) in bands of rows. Close other programs and try again.</source>
        <translation>内存不足，无法按行带读取图像 %1（宽 %2 像素）。请关闭其他程序后重试。</translation>
    </message>
    <message>
        <source>Opening the image %1 was cancelled.</source>
        <translation>已取消打开图像 %1。</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>正在读取 %1</translation>
    </message>
    <message>
        <source>Could not write the tile cache manifest %1: %2. Check that the cache folder is writable.</source>
        <translation>无法写入图块缓存清单 %1：%2。请检查缓存文件夹是否可写。</translation>
    </message>
</context>
<context>
    <name>TrackingStore</name>
    <message>
        <source>Run &apos;%1&apos; not found</source>
        <translation>未找到运行 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>No Experiment with id=%1 exists</source>
        <translation>不存在 id=%1 的实验</translation>
    </message>
    <message>
        <source>The run %1 must be in the &apos;active&apos; state. Current state is deleted.</source>
        <translation>运行 %1 必须处于 &apos;active&apos; 状态。当前状态为 deleted。</translation>
    </message>
    <message>
        <source>The experiment %1 must be in the &apos;active&apos; state. Current state is deleted.</source>
        <translation>实验 %1 必须处于 &apos;active&apos; 状态。当前状态为 deleted。</translation>
    </message>
    <message>
        <source>The run %1 is missing from the project database.</source>
        <translation>项目数据库中缺少运行 %1。</translation>
    </message>
    <message>
        <source>Artifact location cannot be a runs:/ URI. Given: &apos;%1&apos;</source>
        <translation>工件位置不能是 runs:/ URI。给定值：&apos;%1&apos;</translation>
    </message>
    <message>
        <source>Experiment(name=%1) already exists.</source>
        <translation>Experiment(name=%1) 已存在。</translation>
    </message>
    <message>
        <source>Could not create the experiment &quot;%1&quot;</source>
        <translation>无法创建实验“%1”</translation>
    </message>
    <message>
        <source>Could not tag the experiment &quot;%1&quot;</source>
        <translation>无法为实验“%1”添加标记</translation>
    </message>
    <message>
        <source>Could not find experiment with name &apos;%1&apos;</source>
        <translation>找不到名称为 &apos;%1&apos; 的实验</translation>
    </message>
    <message>
        <source>Invalid value for max_results. It must be a positive integer, but got %1</source>
        <translation>max_results 的值无效。它必须是正整数，但收到的是 %1</translation>
    </message>
    <message>
        <source>Invalid value for max_results. It must be at most %1, but got %2</source>
        <translation>max_results 的值无效。它最多为 %1，但收到的是 %2</translation>
    </message>
    <message>
        <source>Invalid page token &quot;%1&quot;: pass the token the previous page returned.</source>
        <translation>无效的分页令牌“%1”：请传入上一页返回的令牌。</translation>
    </message>
    <message>
        <source>Could not list the experiments</source>
        <translation>无法列出实验</translation>
    </message>
    <message>
        <source>Could not tag the experiment %1</source>
        <translation>无法为实验 %1 添加标记</translation>
    </message>
    <message>
        <source>Both &apos;run_name&apos; argument and &apos;mlflow.runName&apos; tag are specified, but with different values (run_name=&apos;%1&apos;, mlflow.runName=&apos;%2&apos;).</source>
        <translation>同时指定了 &apos;run_name&apos; 参数和 &apos;mlflow.runName&apos; 标记，但二者的值不同（run_name=&apos;%1&apos;，mlflow.runName=&apos;%2&apos;）。</translation>
    </message>
    <message>
        <source>Could not create a run in the experiment %1</source>
        <translation>无法在实验 %1 中创建运行</translation>
    </message>
    <message>
        <source>Could not tag the run %1</source>
        <translation>无法为运行 %1 添加标记</translation>
    </message>
    <message>
        <source>Could not update the run %1</source>
        <translation>无法更新运行 %1</translation>
    </message>
    <message>
        <source>Could not rename the run %1</source>
        <translation>无法重命名运行 %1</translation>
    </message>
    <message>
        <source>Could not read the run %1</source>
        <translation>无法读取运行 %1</translation>
    </message>
    <message>
        <source>Could not delete the run %1</source>
        <translation>无法删除运行 %1</translation>
    </message>
    <message>
        <source>Could not restore the run %1</source>
        <translation>无法恢复运行 %1</translation>
    </message>
    <message>
        <source>Could not move the run %1 to the experiment %2</source>
        <translation>无法将运行 %1 移动到实验 %2</translation>
    </message>
    <message>
        <source>Changing param values is not allowed. Params were already logged=&apos;[%1]&apos; for run ID=&apos;%2&apos;.</source>
        <translation>不允许更改参数值。运行 ID=&apos;%2&apos; 已记录过参数=&apos;[%1]&apos;。</translation>
    </message>
    <message>
        <source>Could not log the param &quot;%1&quot;</source>
        <translation>无法记录参数“%1”</translation>
    </message>
    <message>
        <source>Could not set the tag &quot;%1&quot;</source>
        <translation>无法设置标记“%1”</translation>
    </message>
    <message>
        <source>Could not delete the tag &quot;%1&quot;</source>
        <translation>无法删除标记“%1”</translation>
    </message>
    <message>
        <source>No tag with name: %1 in run with id %2</source>
        <translation>ID 为 %2 的运行中没有名为 %1 的标记</translation>
    </message>
    <message>
        <source>Could not log the dataset &quot;%1&quot;</source>
        <translation>无法记录数据集“%1”</translation>
    </message>
</context>
<context>
    <name>VersionCatalog</name>
    <message>
        <source>Could not list the versions of the dataset</source>
        <translation>无法列出数据集的版本</translation>
    </message>
    <message>
        <source>Could not read version %1</source>
        <translation>无法读取版本 %1</translation>
    </message>
</context>
<context>
    <name>VersionManifest</name>
    <message>
        <source>The version manifest %1 is not one this program can read.</source>
        <translation>本程序无法读取版本清单 %1。</translation>
    </message>
</context>
<context>
    <name>VocReader</name>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>the root element is &lt;%1&gt;, not &lt;annotation&gt;; is it a Pascal VOC file?</source>
        <translation>根元素是 &lt;%1&gt; 而不是 &lt;annotation&gt;。这是 Pascal VOC 文件吗？</translation>
    </message>
    <message>
        <source>&lt;annotation&gt; has no &lt;filename&gt;</source>
        <translation>&lt;annotation&gt; 中没有 &lt;filename&gt;</translation>
    </message>
    <message>
        <source>%1 line %2: %3.</source>
        <translation>%1 第 %2 行：%3。</translation>
    </message>
    <message>
        <source>&lt;%1&gt; holds &quot;%2&quot;, not a number</source>
        <translation>&lt;%1&gt; 的值为 &quot;%2&quot;，不是数字</translation>
    </message>
    <message>
        <source>&lt;%1&gt; must be a whole number of pixels</source>
        <translation>&lt;%1&gt; 必须是整数像素值</translation>
    </message>
    <message>
        <source>&lt;bndbox&gt; needs &lt;xmin&gt;, &lt;ymin&gt;, &lt;xmax&gt; and &lt;ymax&gt;</source>
        <translation>&lt;bndbox&gt; 必须有 &lt;xmin&gt;、&lt;ymin&gt;、&lt;xmax&gt; 和 &lt;ymax&gt;</translation>
    </message>
    <message>
        <source>&lt;bndbox&gt; ends before it starts (xmax &lt; xmin or ymax &lt; ymin)</source>
        <translation>&lt;bndbox&gt; 的终点在起点之前（xmax &lt; xmin 或 ymax &lt; ymin）</translation>
    </message>
    <message>
        <source>&lt;attribute&gt; has no &lt;name&gt;</source>
        <translation>&lt;attribute&gt; 中没有 &lt;name&gt;</translation>
    </message>
    <message>
        <source>%1 line %2: &lt;object&gt; has no &lt;name&gt;.</source>
        <translation>%1 第 %2 行：&lt;object&gt; 中没有 &lt;name&gt;。</translation>
    </message>
    <message>
        <source>%1 line %2: &lt;object&gt; has no &lt;bndbox&gt;.</source>
        <translation>%1 第 %2 行：&lt;object&gt; 中没有 &lt;bndbox&gt;。</translation>
    </message>
    <message>
        <source>%1 does not exist. Give a Pascal VOC folder or an .xml file.</source>
        <translation>%1 不存在。请指定 Pascal VOC 文件夹或 .xml 文件。</translation>
    </message>
    <message>
        <source>%1 holds no .xml files.</source>
        <translation>%1 中没有 .xml 文件。</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>正在读取 %1</translation>
    </message>
    <message>
        <source>The import of %1 was cancelled; nothing was changed.</source>
        <translation>已取消导入 %1；未做任何更改。</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 has no &lt;size&gt;</source>
        <translation>%1 中没有 &lt;size&gt;</translation>
    </message>
</context>
<context>
    <name>VocWriter</name>
    <message>
        <source>Pascal VOC holds no %1 shapes</source>
        <translation>Pascal VOC 不支持 %1 形状</translation>
    </message>
    <message>
        <source>Pascal VOC holds boxes only: written as the box that holds the %1</source>
        <translation>Pascal VOC 仅支持边界框：已写为包围该 %1 的边界框</translation>
    </message>
    <message>
        <source>the box reaches outside the image and was clipped to it</source>
        <translation>边界框超出图像范围，已裁剪到图像边界</translation>
    </message>
    <message>
        <source>the box is thinner than a pixel and was widened to one</source>
        <translation>边界框窄于 1 像素，已加宽到 1 像素</translation>
    </message>
    <message>
        <source>Writing %1</source>
        <translation>正在写入 %1</translation>
    </message>
    <message>
        <source>The export to %1 was cancelled; the files written so far are incomplete.</source>
        <translation>已取消导出到 %1；已写入的文件不完整。</translation>
    </message>
    <message>
        <source>the image file is missing from %1, so only its annotation was written</source>
        <translation>%1 中缺少该图像文件，因此只写入了其标注</translation>
    </message>
</context>
<context>
    <name>Workbench</name>
    <message>
        <source>Atelier: annotate images, version datasets, train, track and deploy models.</source>
        <translation>Atelier：标注图像、管理数据集版本，以及训练、跟踪和部署模型。</translation>
    </message>
    <message>
        <source>Open the demo project, creating it on first use.</source>
        <translation>打开演示项目（首次使用时自动创建）。</translation>
    </message>
    <message>
        <source>Open the project in &lt;folder&gt;.</source>
        <translation>打开 &lt;文件夹&gt; 中的项目。</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Quit as soon as the window shows the project&apos;s catalog (for start-up benchmarks).</source>
        <translation>窗口显示项目目录后立即退出（用于启动性能测试）。</translation>
    </message>
    <message>
        <source>Once ready, save a picture of the window to &lt;file&gt; and quit.</source>
        <translation>就绪后将窗口截图保存到 &lt;文件&gt; 并退出。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>A project folder to open.</source>
        <translation>要打开的项目文件夹。</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Open the dataset &lt;name&gt; for annotation.</source>
        <translation>打开数据集 &lt;名称&gt; 进行标注。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Open the dataset in review mode.</source>
        <translation>以审阅模式打开数据集。</translation>
    </message>
    <message>
        <source>There is no dataset named %1 in this project.</source>
        <translation>此项目中没有名为 %1 的数据集。</translation>
    </message>
    <message>
        <source>Open the overview (versions and statistics) of the dataset &lt;name&gt;.</source>
        <translation>打开数据集 &lt;名称&gt; 的概览（版本和统计信息）。</translation>
    </message>
    <message>
        <source>Show the overview&apos;s statistics.</source>
        <translation>显示概览的统计信息。</translation>
    </message>
    <message>
        <source>Compare two versions of a dataset image by image: &lt;name:from:to&gt;, where a version is its number or &quot;working&quot; for the working copy.</source>
        <translation>逐图像比较数据集的两个版本：&lt;名称:起始:目标&gt;，其中版本为其编号，或以 &quot;working&quot; 表示工作副本。</translation>
    </message>
    <message>
        <source>name:from:to</source>
        <translation>名称:起始:目标</translation>
    </message>
    <message>
        <source>--diff needs NAME:FROM:TO, e.g. pets:1:2 or pets:2:working; got %1.</source>
        <translation>--diff 需要 NAME:FROM:TO，例如 pets:1:2 或 pets:2:working；收到的是 %1。</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>Open the view of the job &lt;id&gt;: its events and logs.</source>
        <translation>打开作业 &lt;id&gt; 的视图：其事件与日志。</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Open the lineage graph of &lt;kind:id&gt;, such as model_version:detector/2 or deployment:detector-api.</source>
        <translation>打开 &lt;kind:id&gt; 的血缘关系图，例如 model_version:detector/2 或 deployment:detector-api。</translation>
    </message>
    <message>
        <source>kind:id</source>
        <translation>kind:id</translation>
    </message>
    <message>
        <source>Open the model registry.</source>
        <translation>打开模型注册表。</translation>
    </message>
    <message>
        <source>Open the dashboard of the deployment &lt;name or id&gt;: its health, traffic, latency and load tests.</source>
        <translation>打开部署 &lt;名称或 ID&gt; 的仪表板：其健康状况、流量、延迟和负载测试。</translation>
    </message>
    <message>
        <source>name or id</source>
        <translation>名称或 ID</translation>
    </message>
    <message>
        <source>There is no deployment named %1 in this project.</source>
        <translation>此项目中没有名为 %1 的部署。</translation>
    </message>
</context>
<context>
    <name>YoloDataFile</name>
    <message>
        <source>text follows the closing quote</source>
        <translation>右引号后还有文本</translation>
    </message>
    <message>
        <source>a quoted string is not closed</source>
        <translation>带引号的字符串未闭合</translation>
    </message>
    <message>
        <source>expected a top-level &quot;key: value&quot;</source>
        <translation>此处应为顶层的 &quot;key: value&quot;</translation>
    </message>
    <message>
        <source>expected &quot;key: value&quot;</source>
        <translation>此处应为 &quot;key: value&quot;</translation>
    </message>
    <message>
        <source>%1 line %2: %3.</source>
        <translation>%1 第 %2 行：%3。</translation>
    </message>
    <message>
        <source>a list is not closed with ]</source>
        <translation>列表未以 ] 闭合</translation>
    </message>
    <message>
        <source>expected a list item &quot;- value&quot;</source>
        <translation>此处应为列表项 &quot;- value&quot;</translation>
    </message>
    <message>
        <source>the names are not closed with %1</source>
        <translation>names 未以 %1 闭合</translation>
    </message>
    <message>
        <source>expected &quot;index: name&quot; in the names</source>
        <translation>names 中应为 &quot;index: name&quot;</translation>
    </message>
    <message>
        <source>names must be a list or an {index: name} map</source>
        <translation>names 必须是列表或 {index: name} 映射</translation>
    </message>
    <message>
        <source>expected &quot;- name&quot; or &quot;index: name&quot;</source>
        <translation>此处应为 &quot;- name&quot; 或 &quot;index: name&quot;</translation>
    </message>
    <message>
        <source>the class index &quot;%1&quot; is not a number from 0</source>
        <translation>类别索引 &quot;%1&quot; 不是大于或等于 0 的数字</translation>
    </message>
    <message>
        <source>the name of class %1 is empty</source>
        <translation>类别 %1 的名称为空</translation>
    </message>
    <message>
        <source>class %1 is named twice</source>
        <translation>类别 %1 被重复命名</translation>
    </message>
    <message>
        <source>%1 line %2: YAML does not allow tabs for indentation.</source>
        <translation>%1 第 %2 行：YAML 不允许使用制表符缩进。</translation>
    </message>
    <message>
        <source>class %1 is the last index a name can have</source>
        <translation>类别 %1 已是名称可用的最大索引</translation>
    </message>
</context>
<context>
    <name>YoloReader</name>
    <message>
        <source>Could not open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 line %2: %3.</source>
        <translation>%1 第 %2 行：%3。</translation>
    </message>
    <message>
        <source>the class &quot;%1&quot; is not among the %2 classes named</source>
        <translation>类别 &quot;%1&quot; 不在已命名的 %2 个类别中</translation>
    </message>
    <message>
        <source>expected &quot;class cx cy w h&quot; or &quot;class x1 y1 x2 y2 x3 y3 ...&quot;, found %1 numbers after the class</source>
        <translation>此处应为 &quot;class cx cy w h&quot; 或 &quot;class x1 y1 x2 y2 x3 y3 ...&quot;，但类别之后有 %1 个数字</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>&quot;%1&quot; 不是数字</translation>
    </message>
    <message>
        <source>the box has a negative size</source>
        <translation>边界框的尺寸为负</translation>
    </message>
    <message>
        <source>the coordinates lie outside 0..1 (the %1 x %2 image)</source>
        <translation>坐标超出了 0..1 的范围（图像为 %1 × %2）</translation>
    </message>
    <message>
        <source>%1 line %2: the name of class %3 is empty.</source>
        <translation>%1 第 %2 行：类别 %3 的名称为空。</translation>
    </message>
    <message>
        <source>%1: the image folder or list %2 does not exist under %3.</source>
        <translation>%1：%3 下不存在图像文件夹或列表 %2。</translation>
    </message>
    <message>
        <source>%1 has no data.yaml and no classes.txt: give the data.yaml of the YOLO dataset, or add a classes.txt with one class name a line.</source>
        <translation>%1 中既没有 data.yaml 也没有 classes.txt：请指定 YOLO 数据集的 data.yaml，或添加每行一个类别名称的 classes.txt。</translation>
    </message>
    <message>
        <source>%1 names no classes.</source>
        <translation>%1 中未命名任何类别。</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>正在读取 %1</translation>
    </message>
    <message>
        <source>The import of %1 was cancelled; nothing was changed.</source>
        <translation>已取消导入 %1；未做任何更改。</translation>
    </message>
</context>
<context>
    <name>YoloWriter</name>
    <message>
        <source>the image size is unknown, and YOLO coordinates are fractions of it</source>
        <translation>图像尺寸未知，而 YOLO 坐标是相对于图像尺寸的比例</translation>
    </message>
    <message>
        <source>YOLO holds no %1 shapes</source>
        <translation>YOLO 不支持 %1 形状</translation>
    </message>
    <message>
        <source>YOLO has no rotated boxes: written as the polygon of its 4 corners</source>
        <translation>YOLO 不支持旋转框：已写为由其 4 个角点构成的多边形</translation>
    </message>
    <message>
        <source>YOLO has no masks: written as the box of its pixels</source>
        <translation>YOLO 不支持掩码：已写为包围其像素的边界框</translation>
    </message>
    <message>
        <source>coordinates outside the image were clipped to its edge</source>
        <translation>超出图像范围的坐标已裁剪到图像边缘</translation>
    </message>
    <message>
        <source>Writing %1</source>
        <translation>正在写入 %1</translation>
    </message>
    <message>
        <source>The export to %1 was cancelled; the files written so far are incomplete.</source>
        <translation>已取消导出到 %1；已写入的文件不完整。</translation>
    </message>
    <message>
        <source>the image file is missing from %1, so only its labels were written</source>
        <translation>%1 中缺少该图像文件，因此只写入了其标签</translation>
    </message>
</context>
<context>
    <name>atelier::AnnotationActions</name>
    <message>
        <source>&amp;Annotate</source>
        <translation>标注(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Select and Edit</source>
        <translation>选择和编辑(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Rectangle</source>
        <translation>矩形(&amp;R)</translation>
    </message>
    <message>
        <source>R&amp;otated Rectangle</source>
        <translation>旋转矩形(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Polygon</source>
        <translation>多边形(&amp;P)</translation>
    </message>
    <message>
        <source>Poly&amp;line</source>
        <translation>折线(&amp;L)</translation>
    </message>
    <message>
        <source>P&amp;oint</source>
        <translation>点(&amp;O)</translation>
    </message>
    <message>
        <source>Mask &amp;Brush</source>
        <translation>掩码画笔(&amp;B)</translation>
    </message>
    <message>
        <source>Mask &amp;Eraser</source>
        <translation>掩码橡皮擦(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Fill Polygon into Mask</source>
        <translation>将多边形填充到掩码(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Copy Shapes</source>
        <translation>复制形状(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste Shapes</source>
        <translation>粘贴形状(&amp;P)</translation>
    </message>
    <message>
        <source>Paste Shapes of Pre&amp;vious Image</source>
        <translation>粘贴上一张图像的形状(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Delete Shapes</source>
        <translation>删除形状(&amp;D)</translation>
    </message>
    <message>
        <source>Bring to &amp;Front</source>
        <translation>置于顶层(&amp;F)</translation>
    </message>
    <message>
        <source>Send to Bac&amp;k</source>
        <translation>置于底层(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Hide or Show Shapes</source>
        <translation>隐藏或显示形状(&amp;H)</translation>
    </message>
    <message>
        <source>Loc&amp;k or Unlock Shapes</source>
        <translation>锁定或解锁形状(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Next Image</source>
        <translation>下一张图像(&amp;N)</translation>
    </message>
    <message>
        <source>Pre&amp;vious Image</source>
        <translation>上一张图像(&amp;V)</translation>
    </message>
    <message>
        <source>Next Image &amp;Without Shapes</source>
        <translation>下一张无形状的图像(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Go to Image…</source>
        <translation>转到图像(&amp;G)…</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>适应窗口(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>实际大小(&amp;A)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Mark Image as Done</source>
        <translation>将图像标记为已完成(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Review Mode</source>
        <translation>审阅模式(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Accept Image</source>
        <translation>接受图像(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;ject Image…</source>
        <translation>拒绝图像(&amp;J)…</translation>
    </message>
    <message>
        <source>Use Label %1</source>
        <translation>使用标签 %1</translation>
    </message>
    <message>
        <source>Annotate</source>
        <translation>标注</translation>
    </message>
    <message>
        <source>Use &amp;Label</source>
        <translation>使用标签(&amp;L)</translation>
    </message>
</context>
<context>
    <name>atelier::AnnotationCanvas</name>
    <message>
        <source>Could not fill into the mask: no image is open.</source>
        <translation>无法填充到掩码：未打开任何图像。</translation>
    </message>
    <message>
        <source>Could not fill the polygon into the mask</source>
        <translation>无法将多边形填充到掩码</translation>
    </message>
    <message>
        <source>Could not fill into the mask: select a polygon or a box first.</source>
        <translation>无法填充到掩码：请先选择一个多边形或边界框。</translation>
    </message>
    <message>
        <source>Fill into mask</source>
        <translation>填充到掩码</translation>
    </message>
</context>
<context>
    <name>atelier::AnnotationPane</name>
    <message>
        <source>Loading the dataset…</source>
        <translation>正在加载数据集…</translation>
    </message>
    <message>
        <source>Its images and labels are being read from the project.</source>
        <translation>正在从项目中读取其图像和标签。</translation>
    </message>
    <message>
        <source>An edit could not be saved: %1</source>
        <translation>无法保存一项编辑：%1</translation>
    </message>
    <message>
        <source>Edits cannot be saved: %1</source>
        <translation>无法保存编辑：%1</translation>
    </message>
    <message>
        <source>This image cannot be shown</source>
        <translation>无法显示此图像</translation>
    </message>
    <message>
        <source>%1

Its shapes are kept. Press D for the next image.</source>
        <translation>%1

其形状已保留。按 D 转到下一张图像。</translation>
    </message>
    <message>
        <source>Annotation</source>
        <translation>标注</translation>
    </message>
    <message>
        <source>Fill</source>
        <translation>填充</translation>
    </message>
    <message>
        <source>How opaque the inside of shapes is drawn</source>
        <translation>形状内部填充的不透明度</translation>
    </message>
    <message>
        <source>Brush</source>
        <translation>画笔</translation>
    </message>
    <message>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <source>Diameter of the mask brush and eraser ([ and ] change it)</source>
        <translation>掩码画笔和橡皮擦的直径（按 [ 和 ] 调整）</translation>
    </message>
    <message>
        <source>Filter by file name</source>
        <translation>按文件名筛选</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>任意状态</translation>
    </message>
    <message>
        <source>Only images without shapes</source>
        <translation>仅显示无形状的图像</translation>
    </message>
    <message>
        <source>Click a label to draw with it, or press its number. Right-click to add, rename, recolour or merge labels.</source>
        <translation>单击标签或按其编号即可使用该标签绘制。右键单击可添加、重命名、更改颜色或合并标签。</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>图像</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Shapes</source>
        <translation>形状</translation>
    </message>
    <message>
        <source>That label is no longer in this dataset.</source>
        <translation>该标签已不在此数据集中。</translation>
    </message>
    <message>
        <source>Label not changed</source>
        <translation>标签未更改</translation>
    </message>
    <message>
        <source>New Label…</source>
        <translation>新建标签…</translation>
    </message>
    <message>
        <source>New Label</source>
        <translation>新建标签</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Rename “%1”…</source>
        <translation>重命名“%1”…</translation>
    </message>
    <message>
        <source>Rename Label</source>
        <translation>重命名标签</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <source>Change Colour…</source>
        <translation>更改颜色…</translation>
    </message>
    <message>
        <source>Label Colour</source>
        <translation>标签颜色</translation>
    </message>
    <message>
        <source>Merge “%1” Into</source>
        <translation>将“%1”合并到</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>撤销%1</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>重做%1</translation>
    </message>
    <message>
        <source>This dataset cannot be opened</source>
        <translation>无法打开此数据集</translation>
    </message>
    <message>
        <source>Any label</source>
        <translation>任意标签</translation>
    </message>
    <message>
        <source>This dataset has no images yet</source>
        <translation>此数据集中暂无图像</translation>
    </message>
    <message>
        <source>Add a folder of images to it, or import annotations from COCO, YOLO, VOC or labelme.</source>
        <translation>请向其中添加图像文件夹，或从 COCO、YOLO、VOC 或 labelme 导入标注。</translation>
    </message>
    <message>
        <source>The image file is missing</source>
        <translation>图像文件缺失</translation>
    </message>
    <message>
        <source>%1 is no longer on disk. Its shapes are kept; put the file back and refresh, or go on with D.</source>
        <translation>%1 已不在磁盘上。其形状已保留；请将文件放回原处后刷新，或按 D 继续。</translation>
    </message>
    <message>
        <source>Image %1 of %2 · %3 · %4%5</source>
        <translation>图像 %1/%2 · %3 · %4%5</translation>
    </message>
    <message>
        <source> · Review: Y accepts, N rejects</source>
        <translation> · 审阅：按 Y 接受，按 N 拒绝</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>All edits saved</source>
        <translation>所有编辑均已保存</translation>
    </message>
    <message>
        <source>Edits are not saved</source>
        <translation>编辑未保存</translation>
    </message>
    <message>
        <source>Change label</source>
        <translation>更改标签</translation>
    </message>
    <message>
        <source>Paste shapes</source>
        <translation>粘贴形状</translation>
    </message>
    <message>
        <source>Paste shapes of the previous image</source>
        <translation>粘贴上一张图像的形状</translation>
    </message>
    <message>
        <source>Bring to front</source>
        <translation>置于顶层</translation>
    </message>
    <message>
        <source>Send to back</source>
        <translation>置于底层</translation>
    </message>
    <message>
        <source>Hide or show shapes</source>
        <translation>隐藏或显示形状</translation>
    </message>
    <message>
        <source>Lock or unlock shapes</source>
        <translation>锁定或解锁形状</translation>
    </message>
    <message>
        <source>Go to Image</source>
        <translation>转到图像</translation>
    </message>
    <message>
        <source>Image number (1 to %1):</source>
        <translation>图像编号（1 到 %1）：</translation>
    </message>
    <message>
        <source>Nothing to review</source>
        <translation>没有可审阅的图像</translation>
    </message>
    <message>
        <source>No image is marked done. Images marked done (Ctrl+Return) wait here for review.</source>
        <translation>没有标记为已完成的图像。标记为已完成（Ctrl+Return）的图像将在此等待审阅。</translation>
    </message>
    <message>
        <source>Reject Image</source>
        <translation>拒绝图像</translation>
    </message>
    <message>
        <source>What should the labeler fix?</source>
        <translation>标注员需要修正什么？</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>图像</translation>
    </message>
    <message>
        <source>Occluded</source>
        <translation>遮挡</translation>
    </message>
    <message>
        <source>Truncated</source>
        <translation>截断</translation>
    </message>
    <message>
        <source>Difficult</source>
        <translation>困难</translation>
    </message>
    <message>
        <source>Marks the selected shapes as %1 (kept in COCO, VOC and labelme files)</source>
        <translation>将所选形状标记为“%1”（在 COCO、VOC 和 labelme 文件中保留）</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>清除 %1</translation>
    </message>
    <message>
        <source>Mark as %1</source>
        <translation>标记为%1</translation>
    </message>
</context>
<context>
    <name>atelier::AnnotationWriter</name>
    <message>
        <source>Could not save an annotation edit</source>
        <translation>无法保存标注编辑</translation>
    </message>
    <message>
        <source>Could not save %1: the image (id %2) is no longer in the project; it was probably deleted meanwhile. Reopen the dataset.</source>
        <translation>无法保存%1：图像（ID %2）已不在项目中，可能已在此期间被删除。请重新打开数据集。</translation>
    </message>
    <message>
        <source>Could not save %1: the shape was never saved, because saving its creation failed.</source>
        <translation>无法保存%1：由于创建该形状时保存失败，该形状从未被保存。</translation>
    </message>
    <message>
        <source>Could not save %1: the shape is no longer in the project; it was probably deleted meanwhile. Reopen the image.</source>
        <translation>无法保存%1：该形状已不在项目中，可能已在此期间被删除。请重新打开该图像。</translation>
    </message>
    <message>
        <source>a new %1</source>
        <translation>新的 %1</translation>
    </message>
    <message>
        <source>Could not save %1 on image %2</source>
        <translation>无法在图像 %2 上保存%1</translation>
    </message>
    <message>
        <source>the change to a %1</source>
        <translation>对 %1 的更改</translation>
    </message>
    <message>
        <source>the removal of a shape</source>
        <translation>对形状的删除</translation>
    </message>
    <message>
        <source>Could not remove shape %1 from image %2</source>
        <translation>无法从图像 %2 中删除形状 %1</translation>
    </message>
    <message>
        <source>the status &quot;%1&quot;</source>
        <translation>状态“%1”</translation>
    </message>
    <message>
        <source>Could not save %1: an image&apos;s status is one of new, in_progress, done, accepted or rejected.</source>
        <translation>无法保存%1：图像的状态必须是 new、in_progress、done、accepted 或 rejected 之一。</translation>
    </message>
    <message>
        <source>Could not save %1 of image %2</source>
        <translation>无法保存图像 %2 的%1</translation>
    </message>
    <message>
        <source>the tags</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>Could not start saving annotations in %1</source>
        <translation>无法开始在 %1 中保存标注</translation>
    </message>
</context>
<context>
    <name>atelier::CommandListModel</name>
    <message>
        <source>%1: %2</source>
        <comment>command palette: category, command</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>atelier::CommandPalette</name>
    <message>
        <source>No matching commands</source>
        <translation>没有匹配的命令</translation>
    </message>
    <message>
        <source>Type the name of a command</source>
        <translation>输入命令名称</translation>
    </message>
</context>
<context>
    <name>atelier::DatasetDocuments</name>
    <message>
        <source>%1 — Overview</source>
        <translation>%1 — 概览</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
</context>
<context>
    <name>atelier::DatasetPane</name>
    <message>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <source>Version %1 — %2</source>
        <translation>版本 %1 — %2</translation>
    </message>
    <message>
        <source>&amp;Versions</source>
        <translation>版本(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Statistics</source>
        <translation>统计信息(&amp;S)</translation>
    </message>
    <message>
        <source>The versions cannot be read</source>
        <translation>无法读取版本</translation>
    </message>
    <message>
        <source>&amp;Freeze Version…</source>
        <translation>冻结版本(&amp;F)…</translation>
    </message>
    <message>
        <source>Freeze the working copy as a new version</source>
        <translation>将工作副本冻结为新版本</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>Make the working copy equal to the selected version</source>
        <translation>使工作副本与所选版本一致</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Write the working copy or a version as COCO, YOLO, Pascal VOC, labelme or mask PNGs</source>
        <translation>将工作副本或某个版本写为 COCO、YOLO、Pascal VOC、labelme 或掩码 PNG</translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation>比较(&amp;C)…</translation>
    </message>
    <message>
        <source>Show what changed between two versions</source>
        <translation>显示两个版本之间的变化</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <source>Reading the versions…</source>
        <translation>正在读取版本…</translation>
    </message>
    <message>
        <source>Working copy</source>
        <translation>工作副本</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>显示(&amp;H)：</translation>
    </message>
    <message numerus="yes">
        <source>%n version(s)</source>
        <translation>
            <numerusform>%n 个版本</numerusform>
        </translation>
    </message>
    <message>
        <source>No versions yet</source>
        <translation>暂无版本</translation>
    </message>
    <message>
        <source>A version freezes the images, labels, shapes, statuses and splits of %1 as they are now, so that training runs and exports can name exactly what they used. Unchanged images are stored once, so versions cost little.</source>
        <translation>版本会将 %1 当前的图像、标签、形状、状态和划分冻结下来，使训练运行和导出能够准确指明其所用的数据。未更改的图像只存储一次，因此版本的开销很小。</translation>
    </message>
    <message>
        <source>Reading the working copy…</source>
        <translation>正在读取工作副本…</translation>
    </message>
    <message>
        <source>Reading version %1…</source>
        <translation>正在读取版本 %1…</translation>
    </message>
    <message>
        <source>Counting labels and measuring every shape.</source>
        <translation>正在统计标签并测量每个形状。</translation>
    </message>
    <message>
        <source>The statistics cannot be read</source>
        <translation>无法读取统计信息</translation>
    </message>
    <message>
        <source>No images yet</source>
        <translation>暂无图像</translation>
    </message>
    <message>
        <source>Version %1 holds no images</source>
        <translation>版本 %1 中没有图像</translation>
    </message>
    <message>
        <source>Add images to %1 to see how its labels and shapes are spread.</source>
        <translation>向 %1 添加图像，即可查看其标签和形状的分布情况。</translation>
    </message>
    <message>
        <source>Freeze Version of %1</source>
        <translation>冻结 %1 的版本</translation>
    </message>
    <message>
        <source>What does this version hold? (for example: &quot;first review pass&quot;)</source>
        <translation>此版本包含什么内容？（例如：“第一轮审阅”）</translation>
    </message>
    <message>
        <source>Freeze</source>
        <translation>冻结</translation>
    </message>
    <message>
        <source>Freezing a version of %1</source>
        <translation>正在冻结 %1 的版本</translation>
    </message>
    <message>
        <source>Could not freeze a version of %1</source>
        <translation>无法冻结 %1 的版本</translation>
    </message>
    <message>
        <source>Restore version %1?</source>
        <translation>要恢复版本 %1 吗？</translation>
    </message>
    <message>
        <source>The working copy of %1 becomes exactly version %2: its images, statuses, splits, labels and shapes.</source>
        <translation>%1 的工作副本将与版本 %2 完全一致：包括其图像、状态、划分、标签和形状。</translation>
    </message>
    <message>
        <source>Changes made since then that are not frozen in a version are lost, and images added since are removed from the dataset (their files stay on disk). To keep them, cancel and freeze a version first.</source>
        <translation>此后所做且未冻结到版本中的更改将丢失，此后添加的图像将从数据集中移除（其文件仍保留在磁盘上）。如需保留这些内容，请取消并先冻结一个版本。</translation>
    </message>
    <message>
        <source>Restore Version %1</source>
        <translation>恢复版本 %1</translation>
    </message>
    <message>
        <source>Restoring version %1 of %2</source>
        <translation>正在恢复 %2 的版本 %1</translation>
    </message>
    <message>
        <source>Could not restore version %1 of %2</source>
        <translation>无法恢复 %2 的版本 %1</translation>
    </message>
    <message>
        <source>version %1 of %2</source>
        <translation>%2 的版本 %1</translation>
    </message>
    <message>
        <source>Exporting %1 as %2</source>
        <translation>正在将 %1 导出为 %2</translation>
    </message>
    <message>
        <source>Could not export %1 to %2</source>
        <translation>无法将 %1 导出到 %2</translation>
    </message>
    <message>
        <source>Compare Versions of %1</source>
        <translation>比较 %1 的版本</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>从(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>到(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>atelier::DatasetStatisticsView</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; images</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 张图像</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; shapes</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 个形状</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; label classes</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 个标签类别</translation>
    </message>
    <message>
        <source>status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>split: %1</source>
        <translation>划分：%1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 shapes without area (points, straight lines) are left out of the sizes</source>
        <translation>%1 个没有面积的形状（点、直线）未计入尺寸统计</translation>
    </message>
    <message>
        <source>%1 other labels</source>
        <translation>其他 %1 个标签</translation>
    </message>
    <message>
        <source>Shapes per label</source>
        <translation>每个标签的形状数</translation>
    </message>
    <message>
        <source>shapes</source>
        <translation>形状数</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>图像</translation>
    </message>
    <message>
        <source>Shapes per image</source>
        <translation>每张图像的形状数</translation>
    </message>
    <message>
        <source>shapes in the image</source>
        <translation>图像中的形状数</translation>
    </message>
    <message>
        <source>images</source>
        <translation>图像数</translation>
    </message>
    <message>
        <source>Medium (32–96 px): %1</source>
        <translation>中（32–96 px）：%1</translation>
    </message>
    <message>
        <source>Large (≥ 96 px): %1</source>
        <translation>大（≥ 96 px）：%1</translation>
    </message>
    <message>
        <source>box size: √(width × height), pixels</source>
        <translation>框尺寸：√(宽 × 高)，单位为像素</translation>
    </message>
    <message>
        <source>Box sizes (COCO scales)</source>
        <translation>框尺寸（COCO 尺度）</translation>
    </message>
    <message>
        <source>Shapes</source>
        <translation>形状</translation>
    </message>
    <message>
        <source>Aspect ratios (width : height)</source>
        <translation>宽高比（宽 : 高）</translation>
    </message>
    <message>
        <source>width : height of the bounding box</source>
        <translation>边界框的宽 : 高</translation>
    </message>
    <message>
        <source>Small (under 32 px): %1</source>
        <translation>小（32 px 以下）：%1</translation>
    </message>
</context>
<context>
    <name>atelier::DeploymentCharts</name>
    <message>
        <source>Requests per second</source>
        <translation>每秒请求数</translation>
    </message>
    <message>
        <source>Error rate (%)</source>
        <translation>错误率 (%)</translation>
    </message>
    <message>
        <source>Latency (ms)</source>
        <translation>延迟（毫秒）</translation>
    </message>
    <message>
        <source>GPU use (%)</source>
        <translation>GPU 使用率 (%)</translation>
    </message>
    <message>
        <source>requests/s</source>
        <translation>请求/秒</translation>
    </message>
    <message>
        <source>errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <source>probe p50</source>
        <translation>探测 p50</translation>
    </message>
    <message>
        <source>probe p99</source>
        <translation>探测 p99</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
</context>
<context>
    <name>atelier::DeploymentDocuments</name>
    <message>
        <source>Deployment %1</source>
        <translation>部署 %1</translation>
    </message>
</context>
<context>
    <name>atelier::DeploymentEventsModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>atelier::DeploymentSupervisor</name>
    <message>
        <source>Could not read the metrics at %1</source>
        <translation>无法读取 %1 处的指标</translation>
    </message>
    <message>
        <source>: the server answered HTTP %1</source>
        <translation>：服务器返回了 HTTP %1</translation>
    </message>
    <message>
        <source>Could not ask %1 about the server process: %2</source>
        <translation>无法向 %1 查询服务器进程：%2</translation>
    </message>
    <message>
        <source>serving the deployment %1 (%2)</source>
        <translation>正在为部署 %1 提供服务（%2）</translation>
    </message>
    <message>
        <source>the server ended with exit code %1</source>
        <translation>服务器已结束，退出码为 %1</translation>
    </message>
    <message>
        <source>the server ended with exit code %1: %2</source>
        <translation>服务器已结束，退出码为 %1：%2</translation>
    </message>
    <message>
        <source>the server process is gone without an exit code</source>
        <translation>服务器进程已消失且没有退出码</translation>
    </message>
    <message>
        <source>%1 has no figure for the dashboard: %2</source>
        <translation>%1 未提供仪表板所需的数据：%2</translation>
    </message>
    <message>
        <source>The port %1 is not a TCP port: give one from 1 to 65535.</source>
        <translation>端口 %1 不是 TCP 端口：请给出 1 到 65535 之间的端口。</translation>
    </message>
    <message>
        <source>The port %1 on 127.0.0.1 is already in use by another program. Choose another port, or leave the port out and Atelier picks a free one.</source>
        <translation>127.0.0.1 上的端口 %1 已被其他程序占用。请选择其他端口，或不指定端口，由 Atelier 选择一个空闲端口。</translation>
    </message>
    <message>
        <source>A deployment on the %1 target &quot;%2&quot; needs a port: Atelier cannot tell which ports are free there. Give one (--port).</source>
        <translation>在 %1 目标“%2”上的部署需要一个端口：Atelier 无法判断那里有哪些端口空闲。请指定一个端口（--port）。</translation>
    </message>
    <message>
        <source>Could not find a free port on 127.0.0.1 for the server.</source>
        <translation>无法在 127.0.0.1 上为服务器找到空闲端口。</translation>
    </message>
    <message>
        <source>Starting the deployment %1</source>
        <translation>正在启动部署 %1</translation>
    </message>
    <message>
        <source>the server could not start: %1</source>
        <translation>服务器无法启动：%1</translation>
    </message>
    <message>
        <source>The deployment &quot;%1&quot; is stopped already.</source>
        <translation>部署“%1”已经停止。</translation>
    </message>
    <message>
        <source>The deployment &quot;%1&quot; is being started or stopped already; wait for that to end.</source>
        <translation>部署“%1”正在启动或停止中；请等待其完成。</translation>
    </message>
    <message>
        <source>stopped by %1</source>
        <translation>由 %1 停止</translation>
    </message>
    <message>
        <source>The deployment &quot;%1&quot; serves %2 version %3 already.</source>
        <translation>部署“%1”已经在提供 %2 版本 %3 的服务。</translation>
    </message>
    <message>
        <source>from %1 version %2 to %3 version %4, by %5</source>
        <translation>由 %5 从 %1 版本 %2 切换到 %3 版本 %4</translation>
    </message>
    <message>
        <source>restarted by %1</source>
        <translation>由 %1 重启</translation>
    </message>
    <message>
        <source>Stopping the deployment %1</source>
        <translation>正在停止部署 %1</translation>
    </message>
    <message>
        <source>stopped with its deployment</source>
        <translation>随其部署一同停止</translation>
    </message>
    <message>
        <source>the %1 failed: %2</source>
        <translation>%1 失败：%2</translation>
    </message>
    <message>
        <source>the server could not be started</source>
        <translation>无法启动服务器</translation>
    </message>
    <message>
        <source>the traffic gateway</source>
        <translation>流量网关</translation>
    </message>
    <message>
        <source>Could not find free ports on 127.0.0.1 for the servers of the traffic split.</source>
        <translation>无法在 127.0.0.1 上为流量拆分的服务器找到空闲端口。</translation>
    </message>
    <message>
        <source>serve %1 (%2 v%3)</source>
        <translation>服务 %1（%2 v%3）</translation>
    </message>
    <message>
        <source>gateway %1</source>
        <translation>网关 %1</translation>
    </message>
    <message>
        <source>starting a server of the deployment %1 on %2</source>
        <translation>正在 %2 上启动部署 %1 的一个服务器</translation>
    </message>
    <message>
        <source>the traffic gateway has no figure for the dashboard: %1</source>
        <translation>流量网关未提供仪表板所需的数据：%1</translation>
    </message>
    <message>
        <source>A traffic split runs on a local target only; &quot;%1&quot; is a %2 target. Deploy the versions to a local target to split traffic between them.</source>
        <translation>流量拆分只能在本地目标上运行；“%1”是 %2 目标。请将这些版本部署到本地目标，以便在它们之间拆分流量。</translation>
    </message>
    <message>
        <source>%1 %2 %3 %</source>
        <translation>%1 %2 %3 %</translation>
    </message>
    <message>
        <source>%1 (before: %2), by %3</source>
        <translation>%1（之前：%2），操作者 %3</translation>
    </message>
    <message>
        <source>Changing the traffic split of %1</source>
        <translation>正在更改 %1 的流量拆分</translation>
    </message>
    <message>
        <source>the traffic gateway answered HTTP %1: %2</source>
        <translation>流量网关返回了 HTTP %1：%2</translation>
    </message>
    <message>
        <source>the traffic gateway did not take the new weights (%1); restarting the servers with them</source>
        <translation>流量网关未接受新的权重（%1）；正在使用新权重重启服务器</translation>
    </message>
</context>
<context>
    <name>atelier::DeploymentTiles</name>
    <message>
        <source>Uptime</source>
        <translation>运行时长</translation>
    </message>
    <message>
        <source>Requests/s</source>
        <translation>请求/秒</translation>
    </message>
    <message>
        <source>Error rate</source>
        <translation>错误率</translation>
    </message>
    <message>
        <source>Latency p50</source>
        <translation>延迟 p50</translation>
    </message>
    <message>
        <source>Latency p95</source>
        <translation>延迟 p95</translation>
    </message>
    <message>
        <source>Latency p99</source>
        <translation>延迟 p99</translation>
    </message>
    <message>
        <source>GPU use</source>
        <translation>GPU 使用率</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>自 %1 起</translation>
    </message>
    <message>
        <source>no server running</source>
        <translation>没有正在运行的服务器</translation>
    </message>
    <message>
        <source>inferences, from /metrics</source>
        <translation>推理，来自 /metrics</translation>
    </message>
    <message>
        <source>%1 errors/s</source>
        <translation>%1 个错误/秒</translation>
    </message>
    <message>
        <source>of inferences</source>
        <translation>占推理的比例</translation>
    </message>
    <message>
        <source>%1 MiB memory</source>
        <translation>%1 MiB 内存</translation>
    </message>
    <message>
        <source>probe %1</source>
        <translation>探测 %1</translation>
    </message>
    <message>
        <source>server, from /metrics</source>
        <translation>服务器，来自 /metrics</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
</context>
<context>
    <name>atelier::DeploymentView</name>
    <message>
        <source>%1 v%2</source>
        <translation>%1 v%2</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>重启</translation>
    </message>
    <message>
        <source>Rollout</source>
        <translation>切换版本</translation>
    </message>
    <message>
        <source>Roll Out</source>
        <translation>切换版本</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>仪表板</translation>
    </message>
    <message>
        <source>Load Tests</source>
        <translation>负载测试</translation>
    </message>
    <message>
        <source>Stop the server (SIGTERM, then SIGKILL after the grace period)</source>
        <translation>停止服务器（先发送 SIGTERM，宽限期过后发送 SIGKILL）</translation>
    </message>
    <message>
        <source>Start a new server process on the same port</source>
        <translation>在同一端口上启动新的服务器进程</translation>
    </message>
    <message>
        <source>The version of the model to serve instead</source>
        <translation>改为提供服务的模型版本</translation>
    </message>
    <message>
        <source>Stop the server and start one of the chosen version in its place</source>
        <translation>停止服务器，并在其位置启动所选版本的服务器</translation>
    </message>
    <message>
        <source>Lineage</source>
        <translation>血缘关系</translation>
    </message>
    <message>
        <source>Where this deployment comes from: model version, run, job and data</source>
        <translation>此部署的来源：模型版本、运行、作业和数据</translation>
    </message>
    <message>
        <source>Roll out:</source>
        <translation>切换到：</translation>
    </message>
    <message>
        <source>Deployment events</source>
        <translation>部署事件</translation>
    </message>
    <message>
        <source>Deployment %1 could not be read</source>
        <translation>无法读取部署 %1</translation>
    </message>
    <message>
        <source>%1 (serving)</source>
        <translation>%1（正在服务）</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1，位于 %2</translation>
    </message>
    <message>
        <source>deployment %1</source>
        <translation>部署 %1</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 失败：%2</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message>
        <source>Restarting…</source>
        <translation>正在重启…</translation>
    </message>
    <message>
        <source>Rolling out…</source>
        <translation>正在切换版本…</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
    <message>
        <source>Restarted: the new server is starting.</source>
        <translation>已重启：新服务器正在启动。</translation>
    </message>
    <message>
        <source>Rolled out: the new server is starting.</source>
        <translation>已切换版本：新服务器正在启动。</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>启动</translation>
    </message>
</context>
<context>
    <name>atelier::DeploymentsPane</name>
    <message>
        <source>The deployments could not be read</source>
        <translation>无法读取部署</translation>
    </message>
</context>
<context>
    <name>atelier::DeploymentsTableModel</name>
    <message>
        <source>%1 v%2</source>
        <translation>%1 v%2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>更改时间</translation>
    </message>
</context>
<context>
    <name>atelier::EventLogModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
</context>
<context>
    <name>atelier::EventLogPane</name>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Clear Events</source>
        <translation>清除事件</translation>
    </message>
</context>
<context>
    <name>atelier::ExperimentDocuments</name>
    <message>
        <source>Runs</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>运行 %1</translation>
    </message>
    <message numerus="yes">
        <source>Compare %n run(s)</source>
        <translation>
            <numerusform>比较 %n 次运行</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atelier::ExperimentsPane</name>
    <message>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>Filter runs, e.g. metrics.val_acc &gt; 0.9 and params.lr = &quot;0.01&quot;</source>
        <translation>筛选运行，例如 metrics.val_acc &gt; 0.9 and params.lr = &quot;0.01&quot;</translation>
    </message>
    <message>
        <source>Columns…</source>
        <translation>列…</translation>
    </message>
    <message>
        <source>Select 2 to 20 runs to compare them side by side</source>
        <translation>选择 2 到 20 次运行即可并排比较</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n 次运行</numerusform>
        </translation>
    </message>
    <message>
        <source>The runs could not be read</source>
        <translation>无法读取运行</translation>
    </message>
    <message>
        <source>The experiments could not be read</source>
        <translation>无法读取实验</translation>
    </message>
    <message>
        <source>All experiments</source>
        <translation>所有实验</translation>
    </message>
    <message>
        <source>The run columns could not be read</source>
        <translation>无法读取运行的列</translation>
    </message>
    <message>
        <source>Move to Experiment…</source>
        <translation>移动到实验…</translation>
    </message>
    <message>
        <source>Move to Experiment</source>
        <translation>移动到实验</translation>
    </message>
    <message numerus="yes">
        <source>Move %n run(s) to the experiment:</source>
        <translation>
            <numerusform>将 %n 个运行移动到实验：</numerusform>
        </translation>
    </message>
    <message>
        <source>The runs could not be moved</source>
        <translation>无法移动运行</translation>
    </message>
</context>
<context>
    <name>atelier::ExportDialog</name>
    <message>
        <source>Export Dataset</source>
        <translation>导出数据集</translation>
    </message>
    <message>
        <source>Working copy</source>
        <translation>工作副本</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <source>Version %1 — %2</source>
        <translation>版本 %1 — %2</translation>
    </message>
    <message>
        <source>COCO instances (JSON)</source>
        <translation>COCO 实例（JSON）</translation>
    </message>
    <message>
        <source>YOLO (Ultralytics)</source>
        <translation>YOLO（Ultralytics）</translation>
    </message>
    <message>
        <source>Pascal VOC (XML)</source>
        <translation>Pascal VOC（XML）</translation>
    </message>
    <message>
        <source>labelme (JSON per image)</source>
        <translation>labelme（每张图像一个 JSON）</translation>
    </message>
    <message>
        <source>Mask PNGs</source>
        <translation>掩码 PNG</translation>
    </message>
    <message>
        <source>An empty folder</source>
        <translation>一个空文件夹</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>来源(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>文件夹(&amp;O)：</translation>
    </message>
    <message>
        <source>Export into</source>
        <translation>导出到</translation>
    </message>
    <message>
        <source>Writes instances.json, and instances_train.json, instances_val.json and instances_test.json for the splits that images have.</source>
        <translation>写入 instances.json，并为图像所属的各个划分写入 instances_train.json、instances_val.json 和 instances_test.json。</translation>
    </message>
</context>
<context>
    <name>atelier::GatewayService</name>
    <message>
        <source>No such control endpoint: %1</source>
        <translation>没有这样的控制端点：%1</translation>
    </message>
    <message>
        <source>POST /routes takes a JSON array of {&quot;key&quot;, &quot;weight&quot;} objects.</source>
        <translation>POST /routes 接受由 {&quot;key&quot;, &quot;weight&quot;} 对象组成的 JSON 数组。</translation>
    </message>
    <message>
        <source>The gateway&apos;s routes must be a JSON array of {&quot;key&quot;, &quot;name&quot;, &quot;url&quot;, &quot;weight&quot;} objects, at least one.</source>
        <translation>网关的路由必须是由 {&quot;key&quot;, &quot;name&quot;, &quot;url&quot;, &quot;weight&quot;} 对象组成的 JSON 数组，且至少包含一个对象。</translation>
    </message>
    <message>
        <source>Each route of the gateway needs a key of its own (&quot;%1&quot; is empty or given twice).</source>
        <translation>网关的每个路由都需要各自的键（“%1”为空或重复出现）。</translation>
    </message>
    <message>
        <source>Could not listen on 127.0.0.1:%1 for the traffic gateway&apos;s control endpoint. Another program took the port; restart the deployment.</source>
        <translation>无法在 127.0.0.1:%1 上监听流量网关的控制端点。其他程序占用了该端口；请重启部署。</translation>
    </message>
    <message>
        <source>The new weights leave out the route &quot;%1&quot;: give a weight for every route of the gateway.</source>
        <translation>新的权重遗漏了路由“%1”：请为网关的每个路由给出权重。</translation>
    </message>
    <message>
        <source>The new weights name routes that the gateway does not have; a different set of routes needs a new gateway.</source>
        <translation>新的权重指定了网关中不存在的路由；使用不同的路由集合需要新的网关。</translation>
    </message>
</context>
<context>
    <name>atelier::ImageDetailsPanel</name>
    <message>
        <source>e.g. night, blurry</source>
        <translation>例如：夜间, 模糊</translation>
    </message>
    <message>
        <source>Tags (for classification, comma-separated):</source>
        <translation>标记（用于分类，以逗号分隔）：</translation>
    </message>
    <message>
        <source>Status history:</source>
        <translation>状态历史记录：</translation>
    </message>
    <message>
        <source>Review: %1</source>
        <translation>审阅意见：%1</translation>
    </message>
    <message>
        <source>%1  %2 → %3 by %4</source>
        <translation>%1  %2 → %3，由 %4 更改</translation>
    </message>
    <message>
        <source>No status changes yet.</source>
        <translation>暂无状态更改。</translation>
    </message>
</context>
<context>
    <name>atelier::ImageListModel</name>
    <message numerus="yes">
        <source>%1
%2 · %n shape(s)</source>
        <translation>
            <numerusform>%1
%2 · %n 个形状</numerusform>
        </translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>The file is missing from disk; its shapes are kept.</source>
        <translation>该文件已不在磁盘上；其形状已保留。</translation>
    </message>
</context>
<context>
    <name>atelier::JobDocuments</name>
    <message>
        <source>Job %1</source>
        <translation>作业 %1</translation>
    </message>
</context>
<context>
    <name>atelier::JobSupervisor</name>
    <message>
        <source>Could not create the tracking run of the job &quot;%1&quot;</source>
        <translation>无法创建作业“%1”的跟踪运行</translation>
    </message>
    <message>
        <source>The job %1 has ended already (%2): there is nothing to cancel.</source>
        <translation>作业 %1 已经结束（%2）：没有可取消的内容。</translation>
    </message>
    <message>
        <source>cancelled before it started</source>
        <translation>在启动前已取消</translation>
    </message>
    <message>
        <source>starting on %1 (attempt %2)</source>
        <translation>正在 %1 上启动（第 %2 次尝试）</translation>
    </message>
    <message>
        <source>Starting the job %1</source>
        <translation>正在启动作业 %1</translation>
    </message>
    <message>
        <source>Cancelling the job %1</source>
        <translation>正在取消作业 %1</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n job(s)</source>
        <translation>
            <numerusform>正在检查 %n 个作业</numerusform>
        </translation>
    </message>
    <message>
        <source>it never started: no process was recorded for it</source>
        <translation>从未启动：没有记录到它的进程</translation>
    </message>
    <message>
        <source>running (%1)</source>
        <translation>运行中（%1）</translation>
    </message>
    <message>
        <source>running (%1), resuming from %2</source>
        <translation>运行中（%1），从 %2 恢复</translation>
    </message>
    <message>
        <source>the command ended with exit code 0</source>
        <translation>命令已结束，退出码为 0</translation>
    </message>
    <message>
        <source>cancelled; the command ended with exit code %1</source>
        <translation>已取消；命令已结束，退出码为 %1</translation>
    </message>
    <message>
        <source>the command ended with exit code %1</source>
        <translation>命令已结束，退出码为 %1</translation>
    </message>
    <message>
        <source>the command ended with exit code %1: %2</source>
        <translation>命令已结束，退出码为 %1：%2</translation>
    </message>
    <message>
        <source>cancelled; its processes were stopped</source>
        <translation>已取消；其进程已被停止</translation>
    </message>
    <message>
        <source>its process ended without writing an exit code (it was killed, or the computer restarted)</source>
        <translation>其进程结束时未写入退出码（进程被终止，或计算机已重启）</translation>
    </message>
    <message>
        <source>attempt %1 ended with exit code %2%3; starting attempt %4 of %5</source>
        <translation>第 %1 次尝试已结束，退出码为 %2%3；正在开始第 %4 次尝试（共 %5 次）</translation>
    </message>
    <message>
        <source>Could not import what the job %1 logged in %2</source>
        <translation>无法导入作业 %1 在 %2 中记录的内容</translation>
    </message>
    <message numerus="yes">
        <source>Fetching what %n job(s) logged</source>
        <translation>
            <numerusform>正在获取 %n 个作业的日志输出</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not fetch what the job %1 logged on %2</source>
        <translation>无法获取作业 %1 在 %2 上记录的日志输出</translation>
    </message>
    <message>
        <source>The target &quot;%1&quot; is of kind %2, which this version of Atelier does not know: use local, ssh or slurm.</source>
        <translation>目标“%1”的类型为 %2，此版本的 Atelier 不认识该类型：请使用 local、ssh 或 slurm。</translation>
    </message>
</context>
<context>
    <name>atelier::JobView</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>尝试</translation>
    </message>
    <message>
        <source>Output (stdout)</source>
        <translation>输出（stdout）</translation>
    </message>
    <message>
        <source>Errors (stderr)</source>
        <translation>错误（stderr）</translation>
    </message>
    <message>
        <source>Job %1 could not be read</source>
        <translation>无法读取作业 %1</translation>
    </message>
    <message>
        <source>%1 (job %2)</source>
        <translation>%1（作业 %2）</translation>
    </message>
    <message>
        <source>Target: %1 (%2)</source>
        <translation>目标：%1（%2）</translation>
    </message>
    <message>
        <source>Command: %1</source>
        <translation>命令：%1</translation>
    </message>
    <message>
        <source>Attempt: %1 of %2</source>
        <translation>尝试：第 %1 次，共 %2 次</translation>
    </message>
    <message>
        <source>Exit code: %1</source>
        <translation>退出码：%1</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>运行 %1</translation>
    </message>
    <message>
        <source>The logs of job %1 cannot be read from the target &quot;%2&quot;</source>
        <translation>无法从目标“%2”读取作业 %1 的日志</translation>
    </message>
    <message>
        <source>The log of job %1 could not be read</source>
        <translation>无法读取作业 %1 的日志</translation>
    </message>
</context>
<context>
    <name>atelier::JobsPane</name>
    <message>
        <source>&amp;Cancel Job</source>
        <translation>取消作业(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Launch Job…</source>
        <translation>启动作业(&amp;L)…</translation>
    </message>
    <message>
        <source>Stop the selected jobs (SIGTERM, then SIGKILL after the grace period)</source>
        <translation>停止所选作业（先发送 SIGTERM，宽限期过后发送 SIGKILL）</translation>
    </message>
    <message>
        <source>The jobs could not be read</source>
        <translation>无法读取作业</translation>
    </message>
    <message>
        <source>Job %1 could not be cancelled</source>
        <translation>无法取消作业 %1</translation>
    </message>
</context>
<context>
    <name>atelier::JobsTableModel</name>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>尝试</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>持续时间</translation>
    </message>
</context>
<context>
    <name>atelier::LabelListModel</name>
    <message>
        <source>%1  %2 · %3</source>
        <translation>%1  %2 · %3</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n shape(s)</source>
        <translation>
            <numerusform>%1：%n 个形状</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atelier::LatencyHistogramChart</name>
    <message>
        <source>Latency histogram</source>
        <translation>延迟直方图</translation>
    </message>
    <message>
        <source>No load test shown</source>
        <translation>未显示负载测试</translation>
    </message>
    <message>
        <source>Latency (ms, log scale)</source>
        <translation>延迟（毫秒，对数刻度）</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>请求数</translation>
    </message>
    <message>
        <source>requests</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <source>%1 %2 ms</source>
        <translation>%1 %2 毫秒</translation>
    </message>
</context>
<context>
    <name>atelier::LaunchDialog</name>
    <message>
        <source>Launch Job</source>
        <translation>启动作业</translation>
    </message>
    <message>
        <source>train-resnet</source>
        <translation>train-resnet</translation>
    </message>
    <message>
        <source>python3 train.py --epochs 10</source>
        <translation>python3 train.py --epochs 10</translation>
    </message>
    <message>
        <source>The job&apos;s own folder</source>
        <translation>作业自身的文件夹</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>变量</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>How many GPUs the job sees through CUDA_VISIBLE_DEVICES; 0: none</source>
        <translation>作业通过 CUDA_VISIBLE_DEVICES 可见的 GPU 数量；0：不使用 GPU</translation>
    </message>
    <message>
        <source>How many times a failed job is started again</source>
        <translation>作业失败后重新启动的次数</translation>
    </message>
    <message>
        <source>Add &amp;Variable</source>
        <translation>添加变量(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>目标(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Command:</source>
        <translation>命令(&amp;C)：</translation>
    </message>
    <message>
        <source>Working &amp;folder:</source>
        <translation>工作文件夹(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>环境(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;GPUs:</source>
        <translation>GPU(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Retries:</source>
        <translation>重试次数(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Launch</source>
        <translation>启动(&amp;L)</translation>
    </message>
    <message>
        <source>The job cannot be launched: the project has no compute target. Add one with `atelier target add PROJECT --name local --kind local`, then open this dialog again.</source>
        <translation>无法启动作业：项目中没有计算目标。请使用 `atelier target add PROJECT --name local --kind local` 添加一个，然后重新打开此对话框。</translation>
    </message>
    <message>
        <source>The compute targets could not be read: %1</source>
        <translation>无法读取计算目标：%1</translation>
    </message>
</context>
<context>
    <name>atelier::LineageView</name>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>Open the selected node in its own view (or double-click it)</source>
        <translation>在单独的视图中打开所选节点（或双击该节点）</translation>
    </message>
    <message>
        <source>&amp;Upstream</source>
        <translation>上游(&amp;U)</translation>
    </message>
    <message>
        <source>Show where the selected node came from</source>
        <translation>显示所选节点的来源</translation>
    </message>
    <message>
        <source>&amp;Downstream</source>
        <translation>下游(&amp;D)</translation>
    </message>
    <message>
        <source>Show what was made from the selected node</source>
        <translation>显示由所选节点产生的内容</translation>
    </message>
    <message>
        <source>&amp;Both Ways</source>
        <translation>双向(&amp;B)</translation>
    </message>
    <message>
        <source>Show both where the selected node came from and what was made from it</source>
        <translation>同时显示所选节点的来源以及由其产生的内容</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom in (+, or the mouse wheel)</source>
        <translation>放大（+ 或鼠标滚轮）</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>Zoom out (-, or the mouse wheel)</source>
        <translation>缩小（- 或鼠标滚轮）</translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation>适应窗口(&amp;F)</translation>
    </message>
    <message>
        <source>Show the whole graph (0)</source>
        <translation>显示整个图（0）</translation>
    </message>
    <message>
        <source>Export as &amp;SVG…</source>
        <translation>导出为 SVG(&amp;S)…</translation>
    </message>
    <message>
        <source>Export as &amp;PNG…</source>
        <translation>导出为 PNG(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Save the graph as an SVG or PNG image</source>
        <translation>将图保存为 SVG 或 PNG 图像</translation>
    </message>
    <message>
        <source>Lineage of %1</source>
        <translation>%1 的血缘关系</translation>
    </message>
    <message>
        <source>Lineage</source>
        <translation>血缘关系</translation>
    </message>
    <message>
        <source>Reading the lineage…</source>
        <translation>正在读取血缘关系…</translation>
    </message>
    <message>
        <source>Following the links from the data to the deployments.</source>
        <translation>正在沿着从数据到部署的链接追踪。</translation>
    </message>
    <message>
        <source>Laying out the lineage of %1</source>
        <translation>正在对 %1 的血缘关系进行布局</translation>
    </message>
    <message>
        <source>Canceled before the graph was laid out.</source>
        <translation>已在图布局完成前取消。</translation>
    </message>
    <message>
        <source>The lineage cannot be shown</source>
        <translation>无法显示血缘关系</translation>
    </message>
    <message>
        <source>The lineage of %1 could not be shown</source>
        <translation>无法显示 %1 的血缘关系</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n 个节点</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edge(s)</source>
        <translation>
            <numerusform>%n 条边</numerusform>
        </translation>
    </message>
    <message>
        <source>upstream of %1</source>
        <translation>%1 的上游</translation>
    </message>
    <message>
        <source>downstream of %1</source>
        <translation>%1 的下游</translation>
    </message>
    <message>
        <source>around %1</source>
        <translation>%1 周围</translation>
    </message>
    <message>
        <source>%1, %2 %3</source>
        <translation>%1，%2，%3</translation>
    </message>
    <message>
        <source>There is no graph to export yet.</source>
        <translation>尚无可导出的图。</translation>
    </message>
    <message>
        <source>Lineage graph exported from Atelier</source>
        <translation>从 Atelier 导出的血缘关系图</translation>
    </message>
    <message>
        <source>Could not write %1: check that its folder exists and can be written to.</source>
        <translation>无法写入 %1：请检查其所在文件夹是否存在且可写。</translation>
    </message>
    <message>
        <source>Could not finish writing %1.</source>
        <translation>无法完成 %1 的写入。</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Export Lineage as SVG</source>
        <translation>将血缘关系导出为 SVG</translation>
    </message>
    <message>
        <source>Export Lineage as PNG</source>
        <translation>将血缘关系导出为 PNG</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG 图像 (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>The lineage could not be exported</source>
        <translation>无法导出血缘关系</translation>
    </message>
</context>
<context>
    <name>atelier::LoadTestForm</name>
    <message>
        <source>Duration</source>
        <translation>持续时间</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>请求数</translation>
    </message>
    <message>
        <source>Fixed rate</source>
        <translation>固定速率</translation>
    </message>
    <message>
        <source>None (GET)</source>
        <translation>无（GET）</translation>
    </message>
    <message>
        <source>A file (POST)</source>
        <translation>文件（POST）</translation>
    </message>
    <message>
        <source>Images of a dataset version (POST)</source>
        <translation>数据集版本的图像（POST）</translation>
    </message>
    <message>
        <source>request.json</source>
        <translation>request.json</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose the file each request sends</source>
        <translation>选择每个请求发送的文件</translation>
    </message>
    <message>
        <source>Connections kept open; in closed loop each sends its next request as soon as its last answer came</source>
        <translation>保持打开的连接数；在闭环模式下，每个连接在收到上一个应答后立即发送下一个请求</translation>
    </message>
    <message>
        <source>Client threads, each with its share of the connections</source>
        <translation>客户端线程数，每个线程分担一部分连接</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Open loop: requests are due at a fixed rate whether or not earlier ones were answered, and each latency counts from the time it was due (like wrk2)</source>
        <translation>开环：无论之前的请求是否已得到应答，请求都按固定速率到期发送，每次延迟都从其到期时间开始计算（与 wrk2 相同）</translation>
    </message>
    <message>
        <source> requests/s</source>
        <translation> 请求/秒</translation>
    </message>
    <message>
        <source>Body:</source>
        <translation>请求体：</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>版本：</translation>
    </message>
    <message>
        <source>Path:</source>
        <translation>路径：</translation>
    </message>
    <message>
        <source>Connections:</source>
        <translation>连接数：</translation>
    </message>
    <message>
        <source>Threads:</source>
        <translation>线程数：</translation>
    </message>
    <message>
        <source>Ends after:</source>
        <translation>结束条件：</translation>
    </message>
    <message>
        <source>Rate:</source>
        <translation>速率：</translation>
    </message>
    <message>
        <source>%1 v%2</source>
        <translation>%1 v%2</translation>
    </message>
    <message>
        <source>%1 v%2 — %3</source>
        <translation>%1 v%2 — %3</translation>
    </message>
    <message>
        <source>No dataset versions in this project</source>
        <translation>此项目中没有数据集版本</translation>
    </message>
    <message>
        <source>Request Body</source>
        <translation>请求体</translation>
    </message>
    <message>
        <source>The deployment has no address yet: wait until it is ready, then run the test.</source>
        <translation>部署尚无地址：请等待其就绪后再运行测试。</translation>
    </message>
    <message>
        <source>The path &quot;%1&quot; must start with &quot;/&quot;, e.g. %2.</source>
        <translation>路径“%1”必须以“/”开头，例如 %2。</translation>
    </message>
    <message>
        <source>Choose the file whose contents each request sends, or another body.</source>
        <translation>请选择其内容将由每个请求发送的文件，或选择其他请求体。</translation>
    </message>
    <message>
        <source>This project has no dataset versions: freeze a version of a dataset first, or send a file.</source>
        <translation>此项目没有数据集版本：请先冻结某个数据集的一个版本，或改为发送文件。</translation>
    </message>
</context>
<context>
    <name>atelier::LoadTestView</name>
    <message>
        <source>&amp;Run Load Test</source>
        <translation>运行负载测试(&amp;R)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>请求数</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>错误数</translation>
    </message>
    <message>
        <source>Requests/s</source>
        <translation>请求/秒</translation>
    </message>
    <message>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>最大值</translation>
    </message>
    <message>
        <source>Earlier load tests of this deployment</source>
        <translation>此部署之前的负载测试</translation>
    </message>
    <message>
        <source>The load tests could not be read</source>
        <translation>无法读取负载测试</translation>
    </message>
    <message>
        <source>Sending requests to %1…</source>
        <translation>正在向 %1 发送请求…</translation>
    </message>
    <message>
        <source>Load test of %1</source>
        <translation>%1 的负载测试</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %n request(s); what ran is kept.</source>
        <translation>
            <numerusform>已在 %n 个请求后取消；已运行的部分会保留。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Finished: %n request(s) sent.</source>
        <translation>
            <numerusform>已完成：共发送 %n 个请求。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled; the requests sent until then are kept.</source>
        <translation>已取消；此前发送的请求会保留。</translation>
    </message>
    <message>
        <source>%1 % of requests</source>
        <translation>占请求的 %1 %</translation>
    </message>
    <message>
        <source>over %1 s</source>
        <translation>历时 %1 秒</translation>
    </message>
    <message>
        <source>from the time due</source>
        <translation>从到期时间起算</translation>
    </message>
    <message>
        <source>from the time sent</source>
        <translation>从发送时间起算</translation>
    </message>
</context>
<context>
    <name>atelier::LoadTestsTableModel</name>
    <message>
        <source>open loop, %1/s, %2 conn.</source>
        <translation>开环，%1/秒，%2 个连接</translation>
    </message>
    <message>
        <source>closed loop, %1 conn.</source>
        <translation>闭环，%1 个连接</translation>
    </message>
    <message>
        <source>%1 (cancelled)</source>
        <translation>%1（已取消）</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>请求数</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>错误数</translation>
    </message>
    <message>
        <source>Requests/s</source>
        <translation>请求/秒</translation>
    </message>
    <message>
        <source>p50 (ms)</source>
        <translation>p50（毫秒）</translation>
    </message>
    <message>
        <source>p99 (ms)</source>
        <translation>p99（毫秒）</translation>
    </message>
    <message>
        <source>Max (ms)</source>
        <translation>最大值（毫秒）</translation>
    </message>
</context>
<context>
    <name>atelier::LogView</name>
    <message>
        <source>&amp;Follow</source>
        <translation>跟随(&amp;F)</translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation>搜索日志</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一个</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>下一个匹配项（Enter）</translation>
    </message>
    <message>
        <source>Keep the newest output in view</source>
        <translation>始终显示最新的输出</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n 个匹配项</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atelier::MainActions</name>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>View</source>
        <translation>视图</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>新建项目(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>打开项目(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Demo Project</source>
        <translation>打开演示项目(&amp;D)</translation>
    </message>
    <message>
        <source>Close &amp;Tab</source>
        <translation>关闭标签页(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation>关闭项目(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Clear Recent Projects</source>
        <translation>清除最近的项目</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Light Theme</source>
        <translation>浅色主题(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark Theme</source>
        <translation>深色主题(&amp;D)</translation>
    </message>
    <message>
        <source>Command &amp;Palette…</source>
        <translation>命令面板(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;About Atelier</source>
        <translation>关于 Atelier(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近的项目(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>显示%1</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts…</source>
        <translation>键盘快捷方式(&amp;K)…</translation>
    </message>
    <message>
        <source>Add Image &amp;Folder as Dataset…</source>
        <translation>将图像文件夹添加为数据集(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Launch Job…</source>
        <translation>启动作业(&amp;L)…</translation>
    </message>
</context>
<context>
    <name>atelier::MainWindow</name>
    <message>
        <source>Atelier</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>Finished: %1 (%2 s)</source>
        <translation>已完成：%1（%2 秒）</translation>
    </message>
    <message>
        <source>Canceled: %1</source>
        <translation>已取消：%1</translation>
    </message>
    <message>
        <source>Failed: %1: %2</source>
        <translation>失败：%1：%2</translation>
    </message>
    <message>
        <source>New Project: choose an empty folder</source>
        <translation>新建项目：选择一个空文件夹</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <source>%1 no longer holds a project, so it was removed from the recent projects.</source>
        <translation>%1 中已没有项目，因此已将其从最近的项目中移除。</translation>
    </message>
    <message>
        <source>Project not found</source>
        <translation>未找到项目</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>无最近的项目</translation>
    </message>
    <message>
        <source>Removed %1 from the recent projects: it no longer holds a project.</source>
        <translation>已将 %1 从最近的项目中移除：其中已没有项目。</translation>
    </message>
    <message>
        <source>About Atelier</source>
        <translation>关于 Atelier</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Atelier %1&lt;/h3&gt;&lt;p&gt;A desktop machine-learning workbench: annotate images, version datasets, train on local GPUs or remote clusters, track experiments, register and deploy models.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Atelier %1&lt;/h3&gt;&lt;p&gt;桌面机器学习工作台：标注图像、管理数据集版本、在本地 GPU 或远程集群上训练、跟踪实验，以及注册和部署模型。&lt;/p&gt;&lt;p&gt;基于 Qt %2 构建。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 — Atelier</source>
        <translation>%1 — Atelier</translation>
    </message>
    <message>
        <source>Opened project %1 (%2)</source>
        <translation>已打开项目 %1（%2）</translation>
    </message>
    <message>
        <source>Could not open the project</source>
        <translation>无法打开项目</translation>
    </message>
    <message>
        <source>Add Image Folder as Dataset</source>
        <translation>将图像文件夹添加为数据集</translation>
    </message>
    <message>
        <source>Adding the images of %1</source>
        <translation>正在添加 %1 中的图像</translation>
    </message>
    <message>
        <source>Dataset &amp;Overview</source>
        <translation>数据集概览(&amp;O)</translation>
    </message>
    <message>
        <source>Versions and statistics of the selected dataset</source>
        <translation>所选数据集的版本和统计信息</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>Open for &amp;Annotation</source>
        <translation>打开以进行标注(&amp;A)</translation>
    </message>
    <message>
        <source>Job %1: %2</source>
        <translation>作业 %1：%2</translation>
    </message>
    <message>
        <source>Job %1 ended: %2</source>
        <translation>作业 %1 已结束：%2</translation>
    </message>
    <message>
        <source>Deployment %1: %2</source>
        <translation>部署 %1：%2</translation>
    </message>
</context>
<context>
    <name>atelier::MaskBrushTool</name>
    <message>
        <source>Paint the mask of the current label; [ and ] change the brush size.</source>
        <translation>绘制当前标签的掩码；按 [ 和 ] 调整画笔大小。</translation>
    </message>
    <message>
        <source>Erase from the mask of the current label; [ and ] change the brush size.</source>
        <translation>从当前标签的掩码中擦除；按 [ 和 ] 调整画笔大小。</translation>
    </message>
    <message>
        <source>Paint mask</source>
        <translation>绘制掩码</translation>
    </message>
    <message>
        <source>Erase mask</source>
        <translation>擦除掩码</translation>
    </message>
</context>
<context>
    <name>atelier::MetricChart</name>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Seconds since start</source>
        <translation>自开始以来的秒数</translation>
    </message>
</context>
<context>
    <name>atelier::MlflowServer</name>
    <message>
        <source>Could not listen on 127.0.0.1:%1 for the tracking server. Choose another port, or 0 for any free one.</source>
        <translation>无法在 127.0.0.1:%1 上为跟踪服务器监听。请选择其他端口，或使用 0 表示任意空闲端口。</translation>
    </message>
    <message>
        <source>The tracking server is already running on port %1. Stop it first.</source>
        <translation>跟踪服务器已在端口 %1 上运行。请先将其停止。</translation>
    </message>
    <message>
        <source>Could not start the tracking server for %1</source>
        <translation>无法为 %1 启动跟踪服务器</translation>
    </message>
</context>
<context>
    <name>atelier::ModelDocuments</name>
    <message>
        <source>Lineage</source>
        <translation>血缘关系</translation>
    </message>
</context>
<context>
    <name>atelier::ModelListModel</name>
    <message>
        <source>Updated %1</source>
        <translation>更新于 %1</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>别名</translation>
    </message>
</context>
<context>
    <name>atelier::ModelVersionTableModel</name>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Staging</source>
        <translation>预发布</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>生产</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>imported file</source>
        <translation>导入的文件</translation>
    </message>
    <message>
        <source>v%1</source>
        <translation>v%1</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>别名</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>框架</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Metrics at registration</source>
        <translation>注册时的指标</translation>
    </message>
    <message>
        <source>Source run</source>
        <translation>来源运行</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
</context>
<context>
    <name>atelier::NavigatorModel</name>
    <message numerus="yes">
        <source>%1: %n item(s)</source>
        <translation>
            <numerusform>%1：%n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2：%3</translation>
    </message>
</context>
<context>
    <name>atelier::NavigatorPane</name>
    <message>
        <source>No project open</source>
        <translation>未打开项目</translation>
    </message>
    <message>
        <source>Open a project folder to see its datasets, experiments, jobs, models and deployments.</source>
        <translation>打开项目文件夹，即可查看其中的数据集、实验、作业、模型和部署。</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <source>The catalog appears here as soon as the project is open.</source>
        <translation>项目打开后，其目录将显示在这里。</translation>
    </message>
    <message>
        <source>The catalog could not be loaded</source>
        <translation>无法加载目录</translation>
    </message>
</context>
<context>
    <name>atelier::PointTool</name>
    <message>
        <source>Click to add a point.</source>
        <translation>单击以添加点。</translation>
    </message>
</context>
<context>
    <name>atelier::PolygonTool</name>
    <message>
        <source>Click to add points; click the first point or press Enter to close. Backspace removes the last point, Esc cancels.</source>
        <translation>单击以添加点；单击第一个点或按 Enter 键闭合。按 Backspace 删除最后一个点，按 Esc 取消。</translation>
    </message>
</context>
<context>
    <name>atelier::PolylineTool</name>
    <message>
        <source>Click to add points; double-click or press Enter to end the line. Backspace removes the last point, Esc cancels.</source>
        <translation>单击以添加点；双击或按 Enter 键结束折线。按 Backspace 删除最后一个点，按 Esc 取消。</translation>
    </message>
</context>
<context>
    <name>atelier::ProjectSession</name>
    <message>
        <source>Opening project %1</source>
        <translation>打开项目 %1</translation>
    </message>
    <message>
        <source>Creating project %1</source>
        <translation>创建项目 %1</translation>
    </message>
    <message>
        <source>Opening the demo project</source>
        <translation>打开演示项目</translation>
    </message>
    <message>
        <source>Closing project %1</source>
        <translation>关闭项目 %1</translation>
    </message>
    <message>
        <source>Loading the catalog of %1</source>
        <translation>加载 %1 的目录</translation>
    </message>
</context>
<context>
    <name>atelier::PropertiesPane</name>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s). Select one to see its properties.</source>
        <translation>
            <numerusform>共 %n 项。选择其中一项即可查看其属性。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>未选择任何项</translation>
    </message>
    <message>
        <source>Select an item in the navigator to see its properties.</source>
        <translation>在导航器中选择一项即可查看其属性。</translation>
    </message>
</context>
<context>
    <name>atelier::RectangleTool</name>
    <message>
        <source>Drag from corner to corner, or click two corners. Esc cancels.</source>
        <translation>从一角拖动到对角，或单击两个对角点。按 Esc 取消。</translation>
    </message>
</context>
<context>
    <name>atelier::RegistryView</name>
    <message>
        <source>&amp;Transition Stage…</source>
        <translation>转换阶段(&amp;T)…</translation>
    </message>
    <message>
        <source>Move the selected version to staging, production or archived</source>
        <translation>将所选版本移至预发布、生产或归档阶段</translation>
    </message>
    <message>
        <source>Set &amp;Alias…</source>
        <translation>设置别名(&amp;A)…</translation>
    </message>
    <message>
        <source>Name the selected version (&quot;champion&quot;), moving the name from another version</source>
        <translation>为所选版本命名（“champion”），并将该名称从另一个版本上移走</translation>
    </message>
    <message>
        <source>&amp;Delete Alias…</source>
        <translation>删除别名(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Lineage</source>
        <translation>血缘关系(&amp;L)</translation>
    </message>
    <message>
        <source>Where the selected version came from and where it is deployed</source>
        <translation>所选版本的来源及其部署位置</translation>
    </message>
    <message>
        <source>Open &amp;Run</source>
        <translation>打开运行(&amp;R)</translation>
    </message>
    <message>
        <source>The run that produced the selected version</source>
        <translation>产生所选版本的运行</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作者</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>The model registry could not be read</source>
        <translation>无法读取模型注册表</translation>
    </message>
    <message>
        <source>The stage history could not be read</source>
        <translation>无法读取阶段历史</translation>
    </message>
    <message>
        <source>No models are registered yet: register one from a run&apos;s artifact (atelier model register).</source>
        <translation>尚未注册任何模型：请从运行的工件注册模型（atelier model register）。</translation>
    </message>
    <message>
        <source>%1 v%2 — stage history</source>
        <translation>%1 v%2 — 阶段历史</translation>
    </message>
    <message>
        <source>&lt;b&gt;SHA-256&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;SHA-256&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Source&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;来源&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Registered by&lt;/b&gt; %1, %2</source>
        <translation>&lt;b&gt;注册者&lt;/b&gt; %1，%2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Signature&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;签名&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Set Alias of %1 v%2</source>
        <translation>设置 %1 v%2 的别名</translation>
    </message>
    <message>
        <source>Alias (such as &quot;champion&quot;); a version that has it now gives it up:</source>
        <translation>别名（例如“champion”）；当前拥有该别名的版本将失去它：</translation>
    </message>
    <message>
        <source>Set Alias</source>
        <translation>设置别名</translation>
    </message>
    <message>
        <source>Delete Alias of %1 v%2</source>
        <translation>删除 %1 v%2 的别名</translation>
    </message>
    <message>
        <source>Alias to delete:</source>
        <translation>要删除的别名：</translation>
    </message>
    <message>
        <source>Delete Alias</source>
        <translation>删除别名</translation>
    </message>
    <message>
        <source>Moving %1 v%2 to %3</source>
        <translation>正在将 %1 v%2 移至 %3</translation>
    </message>
    <message>
        <source>Naming %1 v%2 @%3</source>
        <translation>正在将 %1 v%2 命名为 @%3</translation>
    </message>
    <message>
        <source>Deleting the alias @%1 of %2</source>
        <translation>正在删除 %2 的别名 @%1</translation>
    </message>
    <message>
        <source>Canceled before the registry was changed.</source>
        <translation>已在更改注册表前取消。</translation>
    </message>
</context>
<context>
    <name>atelier::RotatedRectangleTool</name>
    <message>
        <source>Drag a box, then turn it with the handle above it. Esc cancels.</source>
        <translation>拖出一个框，然后拖动其上方的手柄进行旋转。按 Esc 取消。</translation>
    </message>
    <message>
        <source>Rotate box</source>
        <translation>旋转框</translation>
    </message>
</context>
<context>
    <name>atelier::RouteSplitView</name>
    <message>
        <source>Traffic split</source>
        <translation>流量拆分</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>份额</translation>
    </message>
    <message>
        <source>Requests/s</source>
        <translation>请求/秒</translation>
    </message>
    <message>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <source>version id %1</source>
        <translation>版本 ID %1</translation>
    </message>
</context>
<context>
    <name>atelier::RunColumnsDialog</name>
    <message>
        <source>latest</source>
        <translation>最新值</translation>
    </message>
    <message>
        <source>min</source>
        <translation>最小值</translation>
    </message>
    <message>
        <source>max</source>
        <translation>最大值</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Filter keys</source>
        <translation>筛选键</translation>
    </message>
    <message>
        <source>Params</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标记</translation>
    </message>
</context>
<context>
    <name>atelier::RunCompareView</name>
    <message>
        <source>Only params that differ</source>
        <translation>仅显示有差异的参数</translation>
    </message>
    <message>
        <source>Metric:</source>
        <translation>指标：</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Parallel Coordinates</source>
        <translation>平行坐标</translation>
    </message>
    <message>
        <source>The metric could not be read</source>
        <translation>无法读取指标</translation>
    </message>
    <message>
        <source>The runs could not be compared</source>
        <translation>无法比较运行</translation>
    </message>
</context>
<context>
    <name>atelier::RunView</name>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Run id: %1</source>
        <translation>运行 ID：%1</translation>
    </message>
    <message>
        <source>Started: %1   Ended: %2</source>
        <translation>开始：%1   结束：%2</translation>
    </message>
    <message>
        <source>User: %1   Host: %2</source>
        <translation>用户：%1   主机：%2</translation>
    </message>
    <message>
        <source>Command: %1</source>
        <translation>命令：%1</translation>
    </message>
    <message>
        <source>Code: %1 (with uncommitted changes)</source>
        <translation>代码：%1（有未提交的更改）</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>代码：%1</translation>
    </message>
    <message>
        <source>Job: %1</source>
        <translation>作业：%1</translation>
    </message>
    <message>
        <source>Dataset version: %1</source>
        <translation>数据集版本：%1</translation>
    </message>
    <message>
        <source>Input: %1 (%2)</source>
        <translation>输入：%1（%2）</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Log scale</source>
        <translation>对数刻度</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Artifacts</source>
        <translation>工件</translation>
    </message>
    <message>
        <source>Params</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Wall time</source>
        <translation>挂钟时间</translation>
    </message>
    <message>
        <source>Relative time</source>
        <translation>相对时间</translation>
    </message>
    <message>
        <source>Smoothing (exponential moving average)</source>
        <translation>平滑（指数移动平均）</translation>
    </message>
    <message>
        <source>X axis:</source>
        <translation>X 轴：</translation>
    </message>
    <message>
        <source>Smoothing:</source>
        <translation>平滑：</translation>
    </message>
    <message>
        <source>The metric could not be read</source>
        <translation>无法读取指标</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>The run could not be read</source>
        <translation>无法读取运行</translation>
    </message>
    <message>
        <source>The artifacts could not be listed</source>
        <translation>无法列出工件</translation>
    </message>
    <message>
        <source>%1 is a binary file; it has no preview.</source>
        <translation>%1 是二进制文件，无法预览。</translation>
    </message>
    <message>
        <source>(The first %1 are shown.)</source>
        <translation>（仅显示前 %1。）</translation>
    </message>
    <message>
        <source>The artifact could not be read</source>
        <translation>无法读取工件</translation>
    </message>
</context>
<context>
    <name>atelier::RunsTableModel</name>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>已计划</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Killed</source>
        <translation>已终止</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <source>%1 (param)</source>
        <translation>%1（参数）</translation>
    </message>
    <message>
        <source>%1 (tag)</source>
        <translation>%1（标记）</translation>
    </message>
    <message>
        <source>%1 (min)</source>
        <translation>%1（最小值）</translation>
    </message>
    <message>
        <source>%1 (max)</source>
        <translation>%1（最大值）</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Experiment</source>
        <translation>实验</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>持续时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
</context>
<context>
    <name>atelier::SelectTool</name>
    <message>
        <source>Click to select (Ctrl adds), drag to move or to select by area. Click an edge to add a vertex, Shift+click a vertex to remove it.</source>
        <translation>单击以选择（按住 Ctrl 可加选），拖动以移动或框选。单击边可添加顶点，按住 Shift 单击顶点可将其删除。</translation>
    </message>
    <message>
        <source>Edit shape</source>
        <translation>编辑形状</translation>
    </message>
    <message>
        <source>Move shapes</source>
        <translation>移动形状</translation>
    </message>
    <message>
        <source>Remove vertex</source>
        <translation>删除顶点</translation>
    </message>
</context>
<context>
    <name>atelier::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>A new language applies at the next start of Atelier.</source>
        <translation>新语言将在下次启动 Atelier 时生效。</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts…</source>
        <translation>键盘快捷键(&amp;K)…</translation>
    </message>
    <message>
        <source>Keys:</source>
        <translation>快捷键：</translation>
    </message>
</context>
<context>
    <name>atelier::ShapeListModel</name>
    <message>
        <source>(unknown label)</source>
        <translation>（未知标签）</translation>
    </message>
    <message>
        <source>%1 · %2 · locked</source>
        <translation>%1 · %2 · 已锁定</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Untick to hide this shape on the canvas.</source>
        <translation>取消勾选可在画布上隐藏此形状。</translation>
    </message>
    <message>
        <source>Hide shape</source>
        <translation>隐藏形状</translation>
    </message>
    <message>
        <source>Show shape</source>
        <translation>显示形状</translation>
    </message>
</context>
<context>
    <name>atelier::ShellStatusBar</name>
    <message>
        <source>No remote targets</source>
        <translation>无远程目标</translation>
    </message>
    <message>
        <source>SSH hosts and Slurm clusters show their connection state here once remote targets are added. None is set up, so nothing is connected.</source>
        <translation>添加远程目标后，SSH 主机和 Slurm 集群的连接状态将显示在这里。目前尚未设置远程目标，因此没有任何连接。</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <source>No project</source>
        <translation>无项目</translation>
    </message>
    <message>
        <source>Tracking: %1</source>
        <translation>跟踪：%1</translation>
    </message>
    <message>
        <source>The MLflow tracking server of this project. Training scripts log here unchanged with MLFLOW_TRACKING_URI=%1</source>
        <translation>此项目的 MLflow 跟踪服务器。训练脚本无需修改，只需设置 MLFLOW_TRACKING_URI=%1 即可记录到这里</translation>
    </message>
    <message>
        <source>Tracking off</source>
        <translation>跟踪已关闭</translation>
    </message>
</context>
<context>
    <name>atelier::ShortcutsDialog</name>
    <message>
        <source>Reset to Default</source>
        <translation>重置为默认值</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷方式</translation>
    </message>
    <message>
        <source>Search commands and keys</source>
        <translation>搜索命令和快捷键</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>菜单</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>Keys for the selected command:</source>
        <translation>所选命令的快捷键：</translation>
    </message>
    <message>
        <source>%1 is already the key of &quot;%2&quot;. Choose other keys, or give that command other keys first.</source>
        <translation>%1 已是“%2”的快捷键。请选择其他快捷键，或先为该命令设置其他快捷键。</translation>
    </message>
</context>
<context>
    <name>atelier::StageTransitionDialog</name>
    <message>
        <source>Transition %1 v%2</source>
        <translation>转换 %1 v%2 的阶段</translation>
    </message>
    <message>
        <source>Why (optional): &quot;passed the acceptance tests&quot;</source>
        <translation>原因（可选）：“已通过验收测试”</translation>
    </message>
    <message>
        <source>Now:</source>
        <translation>当前：</translation>
    </message>
    <message>
        <source>Move to:</source>
        <translation>移至：</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Transition</source>
        <translation>转换</translation>
    </message>
    <message>
        <source>Archive the versions now in %1</source>
        <translation>归档当前处于 %1 的版本</translation>
    </message>
    <message>
        <source>Archive the versions now in this stage</source>
        <translation>归档当前处于此阶段的版本</translation>
    </message>
</context>
<context>
    <name>atelier::TaskCenter</name>
    <message>
        <source>Canceling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>atelier::TaskIndicator</name>
    <message>
        <source>Show the Tasks pane</source>
        <translation>显示任务窗格</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) running</source>
        <translation>
            <numerusform>%n 个任务正在运行</numerusform>
        </translation>
    </message>
    <message>
        <source>No running tasks</source>
        <translation>没有正在运行的任务</translation>
    </message>
</context>
<context>
    <name>atelier::TaskManager</name>
    <message>
        <source>Canceled.</source>
        <translation>已取消。</translation>
    </message>
</context>
<context>
    <name>atelier::TaskRow</name>
    <message>
        <source>Cancel this task</source>
        <translation>取消此任务</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>正在处理…</translation>
    </message>
</context>
<context>
    <name>atelier::TasksPane</name>
    <message>
        <source>Finished in %1 s</source>
        <translation>已完成，用时 %1 秒</translation>
    </message>
    <message>
        <source>Canceled after %1 s</source>
        <translation>已取消，用时 %1 秒</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>No running tasks</source>
        <translation>没有正在运行的任务</translation>
    </message>
    <message>
        <source>Opening projects, imports and other long work show their progress here.</source>
        <translation>打开项目、导入及其他耗时操作的进度将显示在这里。</translation>
    </message>
</context>
<context>
    <name>atelier::ThumbnailCache</name>
    <message>
        <source>Could not make a thumbnail of %1: the file is missing, damaged or not an image. Check the file.</source>
        <translation>无法生成 %1 的缩略图：文件缺失、已损坏或不是图像。请检查该文件。</translation>
    </message>
    <message>
        <source>Could not make a thumbnail of %1: the image could not be decoded. Check that the file is complete.</source>
        <translation>无法生成 %1 的缩略图：无法解码该图像。请检查文件是否完整。</translation>
    </message>
</context>
<context>
    <name>atelier::TrafficGateway</name>
    <message>
        <source>The traffic gateway needs at least one upstream server.</source>
        <translation>流量网关至少需要一个上游服务器。</translation>
    </message>
    <message>
        <source>Each upstream of the traffic gateway needs a name without control characters (&quot;%1&quot; has none or such).</source>
        <translation>流量网关的每个上游都需要一个不含控制字符的名称（“%1”没有名称或含有控制字符）。</translation>
    </message>
    <message>
        <source>The upstream &quot;%1&quot; has no HTTP base URL: &quot;%2&quot;. Give one such as http://127.0.0.1:8001.</source>
        <translation>上游“%1”没有 HTTP 基础 URL：“%2”。请给出类似 http://127.0.0.1:8001 的地址。</translation>
    </message>
    <message>
        <source>The weight of the upstream &quot;%1&quot; must be 0 or more, not %2.</source>
        <translation>上游“%1”的权重必须为 0 或更大，而不是 %2。</translation>
    </message>
    <message>
        <source>At least one upstream of the traffic gateway needs a weight above 0.</source>
        <translation>流量网关至少要有一个上游的权重大于 0。</translation>
    </message>
    <message>
        <source>Could not listen on 127.0.0.1:%1 for the traffic gateway: %2. Choose another port, or 0 for any free one.</source>
        <translation>无法在 127.0.0.1:%1 上为流量网关监听：%2。请选择其他端口，或使用 0 表示任意空闲端口。</translation>
    </message>
    <message>
        <source>The gateway forwards GET, HEAD, POST, PUT, PATCH, DELETE and OPTIONS.</source>
        <translation>网关转发 GET、HEAD、POST、PUT、PATCH、DELETE 和 OPTIONS 请求。</translation>
    </message>
    <message>
        <source>The upstream &quot;%1&quot; (%2) did not answer within %3 s.</source>
        <translation>上游“%1”（%2）未在 %3 秒内应答。</translation>
    </message>
    <message>
        <source>The upstream &quot;%1&quot; (%2) could not be reached: %3. Check that its server is running.</source>
        <translation>无法连接到上游“%1”（%2）：%3。请检查其服务器是否正在运行。</translation>
    </message>
    <message>
        <source>The traffic gateway is already running on port %1. Stop it first.</source>
        <translation>流量网关已在端口 %1 上运行。请先停止它。</translation>
    </message>
    <message>
        <source>The traffic gateway is not running: start it with its upstreams first.</source>
        <translation>流量网关未在运行：请先使用其上游启动它。</translation>
    </message>
    <message>
        <source>The traffic gateway has %1 upstreams; %2 weights were given.</source>
        <translation>流量网关有 %1 个上游，但给出了 %2 个权重。</translation>
    </message>
</context>
<context>
    <name>atelier::VersionDiffItemDelegate</name>
    <message>
        <source>+%1</source>
        <extracomment>Counts of shapes in the version diff list: added, removed, changed.</extracomment>
        <translation>+%1</translation>
    </message>
    <message>
        <source>−%1</source>
        <translation>−%1</translation>
    </message>
    <message>
        <source>~%1</source>
        <translation>~%1</translation>
    </message>
</context>
<context>
    <name>atelier::VersionDiffListModel</name>
    <message>
        <source>+%1 −%2 ~%3</source>
        <extracomment>Shapes added, removed and changed in an image between two versions: &quot;+3 −1 ~2&quot;.</extracomment>
        <translation>+%1 −%2 ~%3</translation>
    </message>
    <message>
        <source>Added image</source>
        <translation>已添加的图像</translation>
    </message>
    <message>
        <source>Removed image</source>
        <translation>已删除的图像</translation>
    </message>
    <message>
        <source>Changed image</source>
        <translation>已更改的图像</translation>
    </message>
    <message numerus="yes">
        <source>%n shape(s) added</source>
        <translation>
            <numerusform>添加了 %n 个形状</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shape(s) removed</source>
        <translation>
            <numerusform>删除了 %n 个形状</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shape(s) changed</source>
        <translation>
            <numerusform>更改了 %n 个形状</numerusform>
        </translation>
    </message>
    <message>
        <source>Review status changed</source>
        <translation>审阅状态已更改</translation>
    </message>
</context>
<context>
    <name>atelier::VersionDiffView</name>
    <message>
        <source>Removed (%1)</source>
        <translation>已删除（%1）</translation>
    </message>
    <message>
        <source>Added (%1)</source>
        <translation>已添加（%1）</translation>
    </message>
    <message>
        <source>Changed (%1)</source>
        <translation>已更改（%1）</translation>
    </message>
    <message>
        <source>Unchanged (%1)</source>
        <translation>未更改（%1）</translation>
    </message>
    <message>
        <source>Shapes only in the older side: red, dashed</source>
        <translation>仅存在于较旧一侧的形状：红色虚线</translation>
    </message>
    <message>
        <source>Shapes only in the newer side: green</source>
        <translation>仅存在于较新一侧的形状：绿色</translation>
    </message>
    <message>
        <source>The same shape moved or edited: before dashed, after solid orange</source>
        <translation>移动或编辑过的同一形状：更改前为虚线，更改后为橙色实线</translation>
    </message>
    <message>
        <source>Shapes equal on both sides: faint, in their label colour</source>
        <translation>两侧相同的形状：以其标签颜色淡化显示</translation>
    </message>
    <message>
        <source>Comparing the versions…</source>
        <translation>正在比较版本…</translation>
    </message>
    <message>
        <source>The differences between %1 and %2 are being read from the project.</source>
        <translation>正在从项目中读取 %1 与 %2 之间的差异。</translation>
    </message>
    <message>
        <source>working copy</source>
        <translation>工作副本</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <source>Next Image</source>
        <translation>下一张图像</translation>
    </message>
    <message>
        <source>Previous Image</source>
        <translation>上一张图像</translation>
    </message>
    <message>
        <source>All images (%1)</source>
        <translation>所有图像（%1）</translation>
    </message>
    <message>
        <source>Added images (%1)</source>
        <translation>已添加的图像（%1）</translation>
    </message>
    <message>
        <source>Removed images (%1)</source>
        <translation>已删除的图像（%1）</translation>
    </message>
    <message>
        <source>Changed images (%1)</source>
        <translation>已更改的图像（%1）</translation>
    </message>
    <message>
        <source>The versions cannot be compared.</source>
        <translation>无法比较这些版本。</translation>
    </message>
    <message>
        <source>The versions cannot be compared</source>
        <translation>无法比较这些版本</translation>
    </message>
    <message numerus="yes">
        <source>%1 → %2: %n image(s) differ.</source>
        <translation>
            <numerusform>%1 → %2：%n 张图像有差异。</numerusform>
        </translation>
    </message>
    <message>
        <source>No differences</source>
        <translation>没有差异</translation>
    </message>
    <message>
        <source>%1 and %2 hold the same images and annotations.</source>
        <translation>%1 和 %2 包含相同的图像和标注。</translation>
    </message>
    <message>
        <source>No images of this kind</source>
        <translation>没有此类图像</translation>
    </message>
    <message>
        <source>Choose another kind of change above the list.</source>
        <translation>请在列表上方选择其他变化类型。</translation>
    </message>
    <message>
        <source>The shapes of this image cannot be compared</source>
        <translation>无法比较此图像的形状</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>不存在</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>Status: %1 → %2</source>
        <translation>状态：%1 → %2</translation>
    </message>
    <message>
        <source>The image file is missing</source>
        <translation>图像文件缺失</translation>
    </message>
    <message>
        <source>%1 is not on disk, so its shapes cannot be drawn over it. Put the file back to see them.</source>
        <translation>%1 不在磁盘上，因此无法在其上绘制形状。请将文件放回原处以查看这些形状。</translation>
    </message>
    <message>
        <source>This image cannot be shown</source>
        <translation>无法显示此图像</translation>
    </message>
</context>
<context>
    <name>atelier::VersionTableModel</name>
    <message>
        <source>v%1</source>
        <translation>v%1</translation>
    </message>
    <message>
        <source>(no message)</source>
        <translation>（无说明）</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>图像</translation>
    </message>
    <message>
        <source>Shapes</source>
        <translation>形状</translation>
    </message>
</context>
<context>
    <name>atelier::WelcomePage</name>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>最近</translation>
    </message>
    <message>
        <source>Atelier</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>No recent projects. Projects you open appear here.</source>
        <translation>没有最近的项目。您打开的项目将显示在这里。</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>打开 %1</translation>
    </message>
    <message>
        <source>Press %1 to find any command.</source>
        <translation>按 %1 可查找任意命令。</translation>
    </message>
    <message>
        <source>Open a project, or try the demo project: a small dataset of shapes with its ground truth.</source>
        <translation>打开一个项目，或试用演示项目：一个附带真实标注的小型几何形状数据集。</translation>
    </message>
    <message>
        <source>%1 is open. Double-click an item in the navigator to open it here.</source>
        <translation>%1 已打开。在导航器中双击某一项，即可在此处打开。</translation>
    </message>
    <message>
        <source>Annotate images, version datasets, train, track experiments and deploy models.</source>
        <translation>标注图像、管理数据集版本、训练模型、跟踪实验并部署模型。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>two sentences in a row</comment>
        <translation>%1%2</translation>
    </message>
</context>
</TS>
