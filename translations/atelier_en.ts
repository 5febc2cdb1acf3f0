<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AddShapesCommand</name>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Add %n shape(s)</source>
        <translation>
            <numerusform>Add %n shape</numerusform>
            <numerusform>Add %n shapes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArtifactStore</name>
    <message>
        <source>The artifact path &quot;%1&quot; names no file. Give a path relative to the run&apos;s artifact root, such as &quot;plots/loss.png&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The artifact path &quot;%1&quot; is not relative or holds a backslash. Give a &apos;/&apos;-separated path relative to the run&apos;s artifact root.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The artifact path &quot;%1&quot; holds an empty, &quot;.&quot; or &quot;..&quot; part. Artifact paths must stay inside the run&apos;s artifact root.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The artifact path &quot;%1&quot; is not of the form &lt;experiment id&gt;/&lt;run id&gt;/artifacts/&lt;path&gt;, which is where runs of this server keep their artifacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The artifact path &quot;%1&quot; is a folder of this run. Upload the file under another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The artifact path &quot;%1&quot; runs through &quot;%2&quot;, which is a file of this run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record the artifact &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run has no artifact file &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete the artifact &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BlobStore</name>
    <message>
        <source>Could not create the folder %1 in the project. Check that the project folder is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1. Check the free space and permissions of the project folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a content hash (64 hex digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file %1 is missing or unreadable: restore the project&apos;s blobs folder from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file %1 is damaged: its content no longer matches its name. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1. Check that the file exists and is readable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write in %1. Check the free space and permissions of the project folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not copy %1 into the project. Check the free space of the project folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoxIou</name>
    <message>
        <source>The GPU computation failed; the CPU path gives the same results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Atelier was built without CUDA; the CPU path gives the same results.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CanvasGeometry</name>
    <message>
        <source>Could not erase from the mask: the masks differ in size.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeShapesCommand</name>
    <message numerus="yes">
        <source>Change %n shape(s)</source>
        <translation>
            <numerusform>Change %n shape</numerusform>
            <numerusform>Change %n shapes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>project init DIR       make a new, empty project in DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project info DIR       print the schema version and counts per entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project check DIR      check the store&apos;s integrity (exit code 1 on problems)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo create DIR        make the demo project (synthetic images) in DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one folder. Usage: atelier demo create DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: atelier [--demo | --project DIR | DIR]   start the workbench
       atelier COMMAND [ARGS]                  run a command without a window

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print the version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one project folder. Usage: atelier %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: atelier %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dataset version DIR --name NAME --message TEXT
                         freeze the annotations as a new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dataset versions DIR --name NAME
                         list the versions with their statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dataset diff DIR --name NAME --from V1 --to V2
                         compare two versions image by image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format %1 is not supported (supported: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--version takes a version number (1, 2, ...), not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dataset import DIR --name NAME --format coco|yolo|voc|labelme|folder PATH
                         [--images IMGDIR] [--skip-bad]
                         import annotations (or a folder of images) as a dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dataset export DIR --name NAME --format coco|yolo|voc|labelme|masks --out PATH
                         [--version V]
                         write a dataset (or one of its versions) in a format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dataset restore DIR --name NAME --version V
                         make the working annotations those of a version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dataset split DIR --name NAME --train F --val F --test F [--seed S] [--stratify]
                         assign the images to train, val and test at random</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tracking serve DIR [--port P]
                         run the MLflow-compatible tracking server on 127.0.0.1
                         (port 0 or none: any free port) until SIGINT or SIGTERM;
                         prints {&quot;url&quot;: ...} for MLFLOW_TRACKING_URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tracking import DIR --mlruns PATH
                         import or sync an MLflow file store (mlruns folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a project folder and --mlruns PATH. Usage: atelier %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes a fraction of the images (0.8, or 80 with the others in percent), not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed takes a whole number from 0 to 18446744073709551615, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--port takes a port number from 0 (any free port) to 65535, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not set up the handling of SIGINT and SIGTERM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--version takes a version number (1, 2, ...), not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target add DIR --name N --kind local|ssh|slurm [--host H] [--port P] [--user U]
                         [--identity KEYFILE] [--known-hosts FILE] [--partition P]
                         add a compute target to run jobs on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target test DIR N       check that a target can run jobs; prints its GPU count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job list DIR           list the jobs, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job wait DIR JOB [--timeout S]
                         follow the job (retries included) until it ends;
                         exit code 0 only if it succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job logs DIR JOB [--follow]
                         copy the job&apos;s stdout and stderr (--follow: until it ends)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job cancel DIR JOB [--grace S]
                         SIGTERM, then SIGKILL after S seconds (10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes a whole number of 0 or more, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a job id. &quot;atelier job list DIR&quot; shows the jobs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--env takes NAME=VALUE, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the job %1 could not start: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the job %1 is still %2 after %3 s; it goes on running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the job %1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deploy status DIR DEPLOYMENT
                         probe the server; print its state, metrics and events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deploy stop DIR DEPLOYMENT [--grace S]
                         SIGTERM to the server, SIGKILL after S seconds (5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model register DIR --name NAME (--run RUN --artifact PATH | --file PATH)
                         [--description TEXT]
                         register a run&apos;s artifact (file or MLflow model folder),
                         or a local file, as the next version of model NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model list DIR [--name NAME]
                         list the registered models and their versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model stage DIR --name NAME --version V --stage none|staging|production|archived
                         [--archive-existing] [--comment TEXT]
                         move a version to a stage; prints its stage history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lineage DIR --of KIND:ID [--direction up|down|both]
                         print the lineage graph of a node (run:3, model_version:NAME/2,
                         deployment:NAME ...) as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loadtest URL --concurrency C [--threads T] [--rate R] (--duration S | --requests N)
                         [--body FILE]... [--method M] [--header &apos;K: V&apos;]... [--timeout S]
                         [--project DIR [--deployment NAME|ID]]
                         HTTP load, closed loop or at R requests/s; prints requests,
                         errors, rps and p50/p95/p99/max in ms (kept in DIR if given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes a whole number from 0 to %2, not &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--command takes a JSON array of strings, such as &apos;[&quot;python3&quot;, &quot;serve.py&quot;, &quot;--port&quot;, &quot;{port}&quot;]&apos;, or give the command after --.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the deployment %1 is down: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the deployment %1 is still %2 after %3 s; its server goes on starting. &quot;atelier deploy status&quot; follows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not stop the deployment %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes a number above 0, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes a whole number of 1 or more, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--header takes &quot;Name: value&quot; on one line, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the request body file &quot;%1&quot;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the load test was interrupted; the figures above cover the part that ran.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an option here, or needs a value. Usage: atelier %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--version takes a version number (1, 2 ...), not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a stage: give none, staging, production or archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo pipeline DIR [--python P] [--epochs N]
                         in a demo project: version the dataset, train the demo model as
                         a job, register it and deploy it (left running)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job submit DIR --target N [--name NAME] [--workdir DIR] [--env K=V]... [--gpus G]
                         [--retries R] [--experiment E] [--output DIR] [--checkpoints GLOB]
                         [--dataset-version NAME/V]
                         -- CMD ARGS...
                         start a job detached; prints its id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deploy start DIR --model NAME --version V --target T [--port P] [--name N]
                         [--timeout S] [--split VERSION:WEIGHT]...
                         [--command JSON_ARRAY | -- CMD ARGS...]
                         serve a model version ({model_path}, {port}, {name} in the
                         command; the demo inference server by default) and wait
                         until it is ready (60 s; 0: until its process started)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deploy split DIR DEPLOYMENT VERSION:WEIGHT [VERSION:WEIGHT]... [--timeout S]
                         share the deployment&apos;s traffic between model versions by weight
                         (deploy start --split VERSION:WEIGHT does so from the start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deploy gateway --port P --control-port C --routes JSON
                         the traffic gateway of a split (Atelier starts it as a job)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the target &quot;%1&quot; of this project is not a local one; the demo pipeline runs on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the training job %1 ended %2; &quot;atelier job logs %3 %1&quot; shows why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no dataset &quot;%2&quot;: the pipeline runs in a demo project (atelier demo create DIR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the demo pipeline&apos;s training data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trained by the demo pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the deployment %1 is %2; &quot;atelier deploy status %3 %1&quot; shows why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the --split weights add up to %1; they are shares of 100, and the --version gets what they leave (&quot;--version 1 --split 2:10&quot; serves version 1 to 90 % of the requests, version 2 to 10 %).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not VERSION:WEIGHT (such as 2:10, or MODEL/2:10 for a version of another model): a version number and a weight of 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not change the traffic split of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the deployment %1 is %2 with the new split: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the deployment %1 is still %2 after %3 s; its servers go on starting. &quot;atelier deploy status&quot; follows them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>traffic gateway on 127.0.0.1:%1 (control on 127.0.0.1:%2) for %n route(s)</source>
        <translation>
            <numerusform>traffic gateway on 127.0.0.1:%1 (control on 127.0.0.1:%2) for %n route</numerusform>
            <numerusform>traffic gateway on 127.0.0.1:%1 (control on 127.0.0.1:%2) for %n routes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CocoEntryParser</name>
    <message>
        <source>file_name must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an image needs id, file_name and a positive width and height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id must be an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a category needs an id and a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iscrowd must be 0 or 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bbox must be an array of 4 numbers [x, y, width, height]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a polygon must be an array of numbers x0, y0, x1, y1, ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counts must be a string (compressed RLE) or an array of integers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>size must be [height, width]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an RLE segmentation needs &quot;size&quot;: [height, width]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segmentation must be a list of polygons or an RLE object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attributes must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attribute values must be numbers, strings, booleans or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>area must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an annotation needs id, image_id and category_id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an annotation needs a segmentation or a bbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each entry must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CocoReader</name>
    <message>
        <source>%1 cannot be imported: %2 at %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1. Check that the file exists and is readable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import of %1 was cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be imported: it has no &quot;%2&quot; array; is it a COCO instances file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the category id %1 is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the category name &quot;%1&quot; is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image id %1 is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file %1 is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image file %1 is missing from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the box lies outside the %1 x %2 image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a polygon needs an even number of coordinates, at least 6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the point lies outside the %1 x %2 image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mask is %1 x %2 but the image is %3 x %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image id %1 is not among the images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the category id %1 is not among the categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the annotation id %1 is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1. Check that the file exists and is readable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the JSON is malformed near byte %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the JSON is malformed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import stopped because storing the shapes failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file %1 lies outside the images folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CocoSaxHandler</name>
    <message>
        <source>the JSON is malformed near byte %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CocoScanner</name>
    <message>
        <source>a COCO file must be a JSON object with images, annotations and categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an array</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CocoWriter</name>
    <message>
        <source>its geometry could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COCO has no rotated boxes: written as the polygon of its 4 corners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COCO instances hold no %1 shapes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the shape is incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its mask could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export to %1 was cancelled; the file was not written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodeSync</name>
    <message>
        <source>Could not read %1 to upload it. Check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the upload manifest %1; the next upload sends every file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code folder %1 does not exist. Choose another folder to upload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upload of %1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not upload %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not unpack the uploaded files into %1 on %2: tar exited with status %3. Check that the folder is writable and the disk has room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not upload %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove deleted files from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove the files deleted locally from %1 on %2 (rm exited with status %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed while it was being uploaded. Upload again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upload of %1 stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file %1 could not be opened. Check that you may read (and, to edit, write) it and its folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the backup file %1. Check that the folder exists and is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start the backup into %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup into %1 failed. Check the free space on its disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 of table %2 refers to a missing row of table %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected data is missing from the project database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseHeader</name>
    <message>
        <source>Could not read %1. Check that it exists and that you may read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file %1 is damaged or is not an SQLite database. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatasetImport</name>
    <message>
        <source>Could not read the size of the image %1: %2. Check that the file exists and is an image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be imported: the image %2 is annotated twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add the label &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add the image %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add a shape to the image %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be imported: the image path &quot;%2&quot; leads outside the images folder %3. Keep the images inside that folder, or name the folder that holds them (--images).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatasetIndexReader</name>
    <message>
        <source>Dataset %1 is no longer in this project. It may have been deleted in another window; refresh the navigator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatasetReader</name>
    <message>
        <source>There is no dataset named &quot;%1&quot; in this project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no dataset with id %1 in this project; it may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatasetSplits</name>
    <message>
        <source>The split fractions must be 0 or more and not all 0 (given %1, %2, %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not assign the splits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatasetStatistics</name>
    <message>
        <source>The dataset has no version %1. List its versions to see which exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not count the images of the dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not measure the shapes of the dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read version %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatasetStore</name>
    <message>
        <source>A dataset needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the dataset &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A label needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add the label &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add the image %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add a shape to the image %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatasetVersions</name>
    <message>
        <source>The version names the label &quot;%1&quot; but does not define it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not restore the image %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not freeze the dataset as a version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the version manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record the new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dataset has no version %1. List its versions to see which exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not restore the labels of version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The version manifest chunk %1 is empty; the version is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither side of the comparison holds the image %1. List the differences again to see which images changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled; the dataset and its versions are as they were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the version manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rewriting the images that differ</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoProject</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synthetic circles, squares and triangles on noisy backgrounds, drawn by Atelier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the demo project was canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawing image %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the demo image %1. Check the free space on its disk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoServing</name>
    <message>
        <source>Could not write %1 to %2. Check that the folder is writable and the disk has room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the demo model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo inference server is missing from this build of Atelier (%1). Reinstall Atelier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not make the folder %1 for the demo inference server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the demo inference server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoTraining</name>
    <message>
        <source>The demo training script is missing from this build of Atelier (%1). Reinstall Atelier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the demo training script to %1. Check that the folder is writable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeploymentBundle</name>
    <message>
        <source>Could not place the model file at %1. Check the free space and permissions of the project folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The serve command is empty. Give the program and its arguments, such as python3 serve.py --port {port}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The serve command &quot;%1&quot; has no {port}: the server must listen on the port Atelier gives it, where the health probes look.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The serve command has the placeholder %1; the ones there are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not make the deployment folder %1. Check that the project folder is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file of %1 version %2 is missing from the project&apos;s blobs folder. Register the version again, or restore the blobs folder from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeploymentEventsModel</name>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probe problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeploymentHealth</name>
    <message>
        <source>starting the server process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server process was killed by signal %1 (exit code %2)%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server process ended with exit code %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server process is gone without an exit code (killed together with its wrapper, or the computer restarted)%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for the server to accept connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server stopped accepting connections: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server did not accept connections within %1 s of its start: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the liveness probe failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the liveness probe answered HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the readiness probe failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server is live but still not ready %1 s after its start (HTTP %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server is live; the model is loading (ready answers HTTP %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the model&apos;s readiness probe failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server is ready but its model is not (HTTP %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server is ready; its model is loading (HTTP %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ready: live, and the model answers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeploymentMetrics</name>
    <message>
        <source>the metrics have no counter %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeploymentStateBadge</name>
    <message>
        <source>Starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeploymentStore</name>
    <message>
        <source>The model version %1 is missing from the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model &quot;%1&quot; has no version %2 in this project. &quot;atelier model list&quot; shows the registered models and their versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deployment needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deployment named &quot;%1&quot; exists already. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the deployment &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deployed by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record the server job of the deployment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record that the deployment %1 is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record the %1 of the deployment %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not roll the deployment %1 to another version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record an event of the deployment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record the metrics of the deployment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no deployment %1 in this project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no deployment named &quot;%1&quot; in this project. &quot;atelier deploy status DIR NAME&quot; takes a deployment&apos;s name or id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deployment serves at least one model version: give one with its weight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model version %1 is given twice in the traffic split: give each version once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A weight of the traffic split is %1: weights are 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every weight of the traffic split is 0: at least one version must take traffic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record the routes of the deployment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record the server job of the model version %1 of the deployment %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record the traffic gateway of the deployment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not change the traffic split of the deployment &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportFolder</name>
    <message>
        <source>The path %1 lies outside the export folder %2; rename the image inside its dataset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the folder of %1. Check that %2 is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not copy the image %1 to %2. Check that %3 is writable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportSource</name>
    <message>
        <source>Could not read the dataset &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dataset &quot;%1&quot; has no version %2. List its versions to see which exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read version %1 of &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FlatYaml</name>
    <message>
        <source>Could not read %1: %2. Check that the file exists and is readable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: %3. The file is not a meta.yaml that MLflow&apos;s file store writes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the quoted value of &quot;%1&quot; does not end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected indented line &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;key: value&quot;, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FolderImport</name>
    <message>
        <source>The import of %1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found %1 images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image header could not be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading image headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image folder %1 does not exist. Check the path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not import the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dataset &quot;%1&quot; already exists with the images of %2. Choose another name to import %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no dataset with id %1 to rescan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 of the dataset is gone. Move it back, or import the images from where they are now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not mark the images of dataset %1 as missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove the unfinished dataset %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove the images added by a stopped rescan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FolderTransfer</name>
    <message>
        <source>Could not write files into %1 on %2 (tar exited with status %3). Check that the folder is writable, the disk has room and GNU tar is installed there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1 on %2 (tar exited with status %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the folder %1 for what came from %2. Check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create a temporary folder in %1. Check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not unpack what came from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not run tar on this computer. Install tar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tar could not unpack into %1. Check that the disk has room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1. Check the folder&apos;s permissions and that the disk has room.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HttpProbe</name>
    <message>
        <source>Could not set up an HTTP request to %1: libcurl did not start. The computer may be out of memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing answers at %1: the connection was refused. The server is not running, or listens on another port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to %1 within %2 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 accepted the connection but sent no answer to %2 within %3 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer from %1 is larger than %2 bytes; it was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageAnnotations</name>
    <message>
        <source>Could not read image %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image %1 is not in the project; it was probably deleted. Reopen the dataset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tags of %1 could not be read; they are shown as none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shape %1 has the unknown kind &quot;%2&quot; and is not shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shape %1 is not shown: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageLoader</name>
    <message>
        <source>The image %1 does not exist. Check that its folder is still where the dataset points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image %1 cannot be read: it is not a file or you lack permission. Check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image %1 is not in a format Atelier reads (JPEG, PNG, BMP, TIFF, WebP, GIF). Convert it to PNG or JPEG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the size of the image %1: the file is damaged or truncated. Replace it with a good copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image %1 is too large to open in memory (%2 x %3 pixels, %4 MiB decoded). Save it as PNG or tiled TIFF, which open in tiles from the project&apos;s cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the image %1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not decode the image %1: the file is damaged, truncated or not really %2. Replace it with a good copy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageShapeDiff</name>
    <message>
        <source>A shape of kind &quot;%1&quot; cannot be shown: this program does not know that kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read a shape of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageStatus</name>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobSpec</name>
    <message>
        <source>The job has no name. Give it one, such as &quot;train-resnet&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job &quot;%1&quot; has no command. Give the program to run and its arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment variable name &quot;%1&quot; of the job &quot;%2&quot; is not valid. Use letters, digits and &apos;_&apos;, not starting with a digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job &quot;%1&quot; asks for a negative count (GPUs, CPUs, memory, time limit or retries). Use 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored spec of the job &quot;%1&quot; has a malformed environment entry.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobStore</name>
    <message>
        <source>Could not create the job &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submitted by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record that the job %1 is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record the process of the job %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not link the job %1 to its tracking run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not cancel the job %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no job %1 in this project. &quot;atelier job list&quot; shows the jobs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobsTableModel</name>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KnownHosts</name>
    <message>
        <source>Could not read the known hosts file %1. Check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabelClassEdits</name>
    <message>
        <source>The label class %1 is not in the project; it was probably deleted or merged meanwhile. Reopen the dataset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A label needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dataset already has a label &quot;%1&quot;. Choose another name, or merge the two labels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not rename the label &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a colour; write it as #rrggbb.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not change the colour of the label &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A label cannot be merged into itself. Choose another label to merge into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The labels &quot;%1&quot; and &quot;%2&quot; belong to different datasets and cannot be merged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not merge the label &quot;%1&quot; into &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not bring back the label &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the dataset has a label of that name again. Rename that label first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabelmeReader</name>
    <message>
        <source>%1 cannot be imported: %2 at %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the shape has no label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 needs %2 points, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 needs at least %2 points, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored as a polygon of %1 vertices; the attribute labelme_circle keeps the circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Atelier has no shape of type &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a point must be [x, y]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the shape has no list of points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mask is not a base64 PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mask is %1 x %2 pixels but its points span %3 x %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mask lies outside the %1 x %2 image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be imported: imageData is not a base64 image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no imageHeight and imageWidth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist. Give a folder of labelme .json files or one such file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no .json files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import of %1 was cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 line %2: %3; is it a complete labelme file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be imported: it has no imagePath or no shapes list; is it a labelme file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the circle is too large to store as a polygon</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabelmeWriter</name>
    <message>
        <source>labelme has no rotated boxes: written as the polygon of its 4 corners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the shape kind %1 is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mask is %1 x %2 but the image is %3 x %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mask is empty, and labelme cannot hold an empty mask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export to %1 was cancelled; the files written so far are incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image file is missing from %1, so only its JSON file was written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LatencyHistogram</name>
    <message>
        <source>The latency histogram is damaged: entry %1 is not [upper_bound_ms, count].</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LineageGraph</name>
    <message>
        <source>&quot;%1&quot; is not a kind of lineage node. Give one of %2, then &apos;:&apos; and an id, such as run:3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no %1 with id %2 in this project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no lineage node. Give KIND:ID with KIND one of %2, such as run:3 or model_version:detector/2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no %2: give its row id or NAME/NUMBER, such as %2:%3/1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no %1 &quot;%2&quot; in this project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a direction: give up, down or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the lineage of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LineageLayout</name>
    <message>
        <source>The graph layout library (Graphviz) could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lineage graph could not be handed to Graphviz.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graphviz could not lay out the lineage graph.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gvLayout(dot) failed: is the dot layout plugin of Graphviz installed (libgvc6, its config6a)?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LineageNodeStyle</name>
    <message>
        <source>Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predictions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoadGenerator</name>
    <message>
        <source>%1 requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an HTTP URL. Give one such as http://127.0.0.1:8080/v2/health/ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an HTTP method. Use GET, POST, PUT or another word of letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The concurrency must be between 1 and %1 connections, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The threads must be between 1 and the concurrency (%1), not %2: each thread needs a connection of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either a duration or a number of requests for the load test, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neither</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The duration of the load test must be more than 0 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of requests must be at least 1, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rate must be more than 0 requests per second, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request timeout must be more than 0 milliseconds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoadTestStore</name>
    <message>
        <source>There is no deployment %1 to keep the load test with. &quot;atelier deploy status&quot; lists the deployments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not store the load test of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the load tests</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoadWorker</name>
    <message>
        <source>Could not set the request header &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start the HTTP client (libcurl) for the load test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL &quot;%1&quot; is not valid: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not set up the HTTP client for the load test.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocalCommandRunner</name>
    <message>
        <source>this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command was given to run on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not run %1 on this computer. Check that it is installed and on the PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 crashed on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 did not finish within %n second(s) on this computer.</source>
        <translation>
            <numerusform>%1 did not finish within %n second on this computer.</numerusform>
            <numerusform>%1 did not finish within %n seconds on this computer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LocalTarget</name>
    <message>
        <source>Could not start the job: no pipe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start the job: the system refused a new process. Close some programs and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shell /bin/sh on this computer did not answer. Jobs need it to start: check that it is installed and runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not make the job folder %1. Check that the project folder is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The working folder %1 does not exist. Create it or choose another for the job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The job asks for %n GPU(s), and this computer has %1 for jobs. Ask for fewer.</source>
        <translation>
            <numerusform>The job asks for %n GPU, and this computer has %1 for jobs. Ask for fewer.</numerusform>
            <numerusform>The job asks for %n GPUs, and this computer has %1 for jobs. Ask for fewer.</numerusform>
        </translation>
    </message>
    <message>
        <source>The command &quot;%1&quot; was not found on this computer (looked in %2). Install it, or give its full path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the log files in %1. Check that the project folder is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job %1 has no process to cancel yet. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not stop the job %1 (process group %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job %1 (process group %2) did not end after SIGKILL. It may be stuck in the kernel (a hung disk or GPU driver).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the log %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checkpoint pattern &quot;%1&quot; is not a valid glob.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MaskPngWriter</name>
    <message>
        <source>the image has more than %1 objects, which 16-bit instance masks cannot number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 covers no area to paint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mask is %1 x %2 but the image is %3 x %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has %2 labels, more than an 8-bit class mask can number (255). Export it as COCO instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export to %1 was cancelled; the files written so far are incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image size is unknown, so no mask can be painted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MaskRle</name>
    <message>
        <source>A mask of %1 x %2 pixels (height x width) is not possible: both must be at least 0, and the mask at most 4294967295 pixels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mask&apos;s run lengths add up to %1 pixels, but a mask of %2 x %3 pixels has %4: its size or its counts are wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The compressed mask is malformed: the count that starts at character %1 runs on past %2 characters, more than any 32-bit count needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The compressed mask is cut short: it ends inside the count that starts at character %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The compressed mask is malformed: character %1 is %2, outside the RLE alphabet &apos;0&apos; to &apos;o&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The compressed mask is empty; even an empty mask has one count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The compressed mask is malformed: count %1 (at character %2) comes to %3, outside 0 to 4294967295.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mask&apos;s count list is empty; even an empty mask has one count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count %1 of the mask is %2, outside 0 to 4294967295.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no masks to merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Masks of %1 x %2 and %3 x %4 pixels cannot be merged; the parts of one object must have the size of its image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polygon coordinate %1 is %2; coordinates must be finite numbers between -100000000 and 100000000.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeLabelClassesCommand</name>
    <message>
        <source>Merge labels</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetricStore</name>
    <message>
        <source>Could not create the metric &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not store the metric &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not update the metric&apos;s chart data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not update the metric &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the run&apos;s metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run has no metric &quot;%1&quot;. Check the metric&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The metric series %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid page token &quot;%1&quot;: pass the token the previous page returned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the history of the metric &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the metric&apos;s points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the metric&apos;s chart data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>%1 was written by a newer version of Atelier (schema %2; this version knows schema %3 at most). Open it with a newer Atelier. The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Atelier is missing its schema migration %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading %1 to schema %2 failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MlflowArtifactRoutes</name>
    <message>
        <source>%1 %2 is not an endpoint of this server&apos;s artifact proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The content of the artifact &quot;%1&quot; is missing from the project&apos;s blobs folder. Restore the folder from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MlflowChecks</name>
    <message>
        <source>Invalid %1 name: &apos;%2&apos;. Names may only contain alphanumerics, underscores (_), dashes (-), periods (.), spaces ( ), and slashes (/).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid %1 name: &apos;%2&apos;. Names may be treated as files in certain cases, and must not resolve to other names when treated as such. This name would resolve to &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; had length %3, which exceeded length limit of %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A batch logging request can contain at most %1 %2. Got %3 %2. Please split up %2 across multiple requests and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid experiment name: &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experiment name exceeds the maximum length of %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Got invalid timestamp %1 for metric &apos;%2&apos; (value=%3). Timestamp must be a nonnegative long (64-bit integer) </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid run ID: &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate parameter keys have been submitted: [%1]. Please ensure the request contains only one param value per param key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MlflowRegistryRoutes</name>
    <message>
        <source>Parameter &apos;version&apos; must be a whole number of 1 or more, such as &quot;1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid Model Version stage: %1. Value must be one of None, Staging, Production, Archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server does not keep tags of registered models and model versions. Register without tags, and put the information in the description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid model version source &apos;%1&apos;. This server registers models from its own runs&apos; artifacts: give the source as runs:/&lt;run_id&gt;/&lt;path&gt; or as the run&apos;s artifact_uri followed by /&lt;path&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model version source &apos;%1&apos; names no artifact of a run. Give runs:/&lt;run_id&gt;/&lt;path&gt;, such as runs:/&lt;run_id&gt;/model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source &apos;%1&apos; is an artifact of run %2, not of the run_id given (%3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MlflowRequest</name>
    <message>
        <source>Missing value for required parameter &apos;%1&apos;. See the API docs for more information about request parameters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid value %1 for parameter &apos;%2&apos; supplied: expected %3, got a JSON %4. See the API docs for more information about request parameters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request body is not valid JSON. Send the fields as one JSON object with Content-Type: application/json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request body is a JSON %1, not an object. Send the fields as one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of RUNNING, SCHEDULED, FINISHED, FAILED, KILLED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of ACTIVE_ONLY, DELETED_ONLY, ALL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MlflowRouteTable</name>
    <message>
        <source>%1 %2 is not an endpoint of this MLflow-compatible server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MlflowRoutes</name>
    <message>
        <source>No experiment with id=%1 exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid value %1 for parameter &apos;max_results&apos; supplied: it must be at least 1 and at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server does not filter experiments yet (filter &quot;%1&quot;). Search without a filter and pick the experiments in your script.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid experiment id &quot;%1&quot; in &apos;experiment_ids&apos;: experiment ids are whole numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing value for required parameter &apos;run_ids&apos;. See the API docs for more information about request parameters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GetMetricHistoryBulkInterval request must specify at most %1 run_ids. Received %2 run_ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If either start step or end step are specified, both must be specified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end_step must be greater than start_step. Found start_step=%1 and end_step=%2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MlmodelFile</name>
    <message>
        <source>%1, line %2: indented with a tab; MLmodel files are indented with spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2 is not of the form &quot;key: value&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: a quoted value is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MlrunsImport</name>
    <message>
        <source>Could not read %1: %2. Check that the file is readable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names no experiment. Add a &quot;name:&quot; line or remove the folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not import the experiment in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not import the tag %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown run status &quot;%2&quot;. MLflow writes 1 (RUNNING) to 5 (KILLED).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown lifecycle_stage &quot;%2&quot;. MLflow writes active or deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not import the run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not update the run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1 past byte %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: malformed metric line &quot;%3&quot;: expected &quot;timestamp value step&quot; (integer, number, integer). Fix or remove the line and sync again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not import the artifact %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a folder. Pass the mlruns folder of an MLflow file store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not sync the MLflow file store %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelCatalog</name>
    <message>
        <source>Registered Model with name=%1 not found. &quot;atelier model list DIR&quot; shows the registered models.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model Version (name=%1, version=%2) not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no model version with id %1 in this project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered model alias %1 not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no run &quot;%1&quot; in this project. Give the MLflow run id (32 hex digits) or the run&apos;s number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelPackager</name>
    <message>
        <source>The content of &quot;%1&quot; is missing from the project&apos;s blobs folder (%2). Restore the blobs folder from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file or folder %1. Give the path of a model file (model.onnx) or of an MLflow model folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 holds no file to register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model folder &quot;%1&quot; has an MLmodel file that cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The blob %1 is not a model folder&apos;s manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists already. Export the model into another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The content of &quot;%1&quot; is missing from the project&apos;s blobs folder. Restore the blobs folder from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1. Check the free space and permissions of %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelRegistry</name>
    <message>
        <source>A registered model needs a name. Give one, such as &quot;detector&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An alias needs a name of 1 to 255 characters, such as &quot;champion&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;latest&apos; alias name (case insensitive) is reserved: it always names the newest version. Choose another alias.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version alias name &apos;%1&apos; is reserved: aliases of the form v&lt;number&gt; would be mistaken for versions. Choose another alias.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered Model (name=%1) already exists. Register a new version of it, or choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the registered model &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registered model &quot;%1&quot; has deployed versions. Remove its deployments first, then delete the model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete the registered model &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run has no artifact file or folder &quot;%1&quot;. List the run&apos;s artifacts and give one of their paths, such as &quot;model&quot; or &quot;model/model.onnx&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no run %1 in this project to register a model from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not register &quot;%1&quot; as a version of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not register %1 as a version of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record version %1 of &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archived as version %1 moved to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not move version %1 of &quot;%2&quot; to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not set the alias &quot;%1&quot; of &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NvidiaSmi</name>
    <message>
        <source>nvidia-smi printed a line Atelier cannot read: &quot;%1&quot;. Check that the host&apos;s NVIDIA driver works.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Nvml</name>
    <message>
        <source>No NVIDIA driver was found here, so no GPUs are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The NVIDIA driver&apos;s management library is too old for Atelier; update the driver to see GPUs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The NVIDIA driver did not start its management library, so no GPUs are shown. Check that `nvidia-smi` works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not count the GPUs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read GPU %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Project</name>
    <message>
        <source>%1 already holds an Atelier project. Open it instead, or choose an empty folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a file, not a folder. Choose a folder for the new project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the project folder %1. Check that its parent folder exists and is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the project in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Choose an existing project folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an Atelier project: it has no %2. Open a project folder, or create a new project (File &gt; New Project or `atelier project init`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project %1 is read-only: Atelier needs to write %2 and its journal in that folder. Make the folder and the file writable, or copy the project somewhere you can write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not an Atelier project. Open a folder made by Atelier, or create a new project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the project %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the folder %1 in the project. Check that the project folder is writable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectCatalog</name>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n image</numerusform>
            <numerusform>%n images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n run</numerusform>
            <numerusform>%n runs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n version(s)</source>
        <translation>
            <numerusform>%n version</numerusform>
            <numerusform>%n versions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrometheusHistogram</name>
    <message>
        <source>The metrics have no histogram named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The metric %1 is a %2, not a histogram.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The histogram %1 has no series with the labels asked for.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrometheusText</name>
    <message>
        <source>the line ends with a carriage return; lines end with \n alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid metric name after # %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a second HELP line for the metric %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown metric type %1 (counter, gauge, histogram, summary or untyped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected text %1 after the type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a second TYPE line for the metric %1, or a TYPE line after its samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not start with a metric name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected %1 after the metric name %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sample %1 has no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a number (the value of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a timestamp (whole milliseconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected %1 after the timestamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a label name or &apos;}&apos; in the labels of %1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the label name __name__ is reserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the label %1 appears twice in a sample of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;=&apos; after the label name %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; after the value of the label %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;&quot;&apos; to start the value of the label %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid escape \%1 in the value of the label %2 (only \\, \&quot; and \n are allowed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value of the label %1 has no closing &apos;&quot;&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the histogram %1 has samples named %1_bucket, %1_sum and %1_count, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sample %1 needs a %2 label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 label of %2 is %3, not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The metrics are not in the Prometheus text format</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecolorLabelClassCommand</name>
    <message>
        <source>Change label colour</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistrySearch</name>
    <message>
        <source>Invalid filter &apos;%1&apos;: %2. Write comparisons joined by AND, such as name = &apos;detector&apos; or name LIKE &apos;det%&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted value is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected AND before &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a key to search by (keys: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a comparison after &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of =, !=, LIKE, ILIKE, IN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IN needs a list in parentheses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the IN list is not closed with &apos;)&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>values must be quoted strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid value %1 for parameter &apos;max_results&apos; supplied: it must be at least 1 and at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid order_by clause &apos;%1&apos;. Give a key (%2) and optionally ASC or DESC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid page token &quot;%1&quot;. Pass the next_page_token of the previous answer as it came.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoveShapesCommand</name>
    <message numerus="yes">
        <source>Remove %n shape(s)</source>
        <translation>
            <numerusform>Remove %n shape</numerusform>
            <numerusform>Remove %n shapes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RenameLabelClassCommand</name>
    <message>
        <source>Rename label &quot;%1&quot; to &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestBodies</name>
    <message>
        <source>Could not read the request body file &quot;%1&quot;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request body file &quot;%1&quot; holds %2 MiB; a load test keeps its bodies in memory, so choose a file of at most %3 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the images was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the %1 images of %2 version %3 could be read from %4; check that the image folder is still there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunComparison</name>
    <message>
        <source>Choose between %1 and %2 runs to compare; %3 are selected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunFilter</name>
    <message>
        <source>Unterminated string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close it with a matching %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 at column %3 in &apos;%4&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 at column %3 in order_by &apos;%4&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write metrics.&lt;key&gt;, params.&lt;key&gt;, tags.&lt;key&gt; or attributes.&lt;key&gt;; quote keys with spaces in backquotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected an identifier, found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid entity type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use metrics, params, tags, attributes or datasets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a key after &apos;%1.&apos;, found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid attribute key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid keys are %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datasets cannot order runs: found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid dataset key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid dataset keys are name, digest and context.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metrics take %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>params take %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags take %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>datasets take %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attribute %1 takes %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected IN after NOT, found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing comparator after &apos;%1&apos;: found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid comparator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Here %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IN takes a list of quoted strings such as (&apos;a&apos;, &apos;b&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected &apos;(&apos; after IN, found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a quoted string in the list, found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected &apos;,&apos; or &apos;)&apos; in the list, found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a number for %1, found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected whole milliseconds for %1, found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a quoted string for %1, found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote values in single or double quotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected AND, found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MLflow filters join comparisons with AND only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a comparison after AND, found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid ordering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use ASC or DESC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write one key and ASC or DESC.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunSearch</name>
    <message>
        <source>Invalid page token &apos;%1&apos;. Pass the next_page_token of the previous search unchanged, or none for the first page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid value %1 for max_results: it must be between 1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not search the runs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SbatchScript</name>
    <message>
        <source>The job %1 has no command to run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job folder &quot;%1&quot; is not an absolute path. Slurm needs one for the job&apos;s output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job folder &quot;%1&quot; contains a double quote or a line break, which an #SBATCH line cannot hold. Move the project to a folder without them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partition name &quot;%1&quot; is not valid: use letters, digits, &apos;_&apos;, &apos;-&apos; and &apos;.&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account name &quot;%1&quot; is not valid: use letters, digits, &apos;_&apos;, &apos;-&apos; and &apos;.&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The array &quot;%1&quot; is not a Slurm array: write indices like 0-9, 1,3,5 or 0-99:2%10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job %1 asks for a negative number of nodes, tasks, GPUs, CPUs, memory or time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid environment variable name: use letters, digits and &apos;_&apos;, not starting with a digit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SectionTexts</name>
    <message>
        <source>Datasets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No datasets yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image folders and COCO, YOLO, Pascal VOC or labelme exports that you import will appear here, ready to annotate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The annotation canvas for this dataset arrives with the annotation pane. It will show its %1, their shapes and labels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experiments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No experiments yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs logged by training scripts through the MLflow-compatible server will appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The runs table for this experiment arrives with the experiments view. It will list its %1 with their parameters and metric charts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No jobs yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training jobs launched on this computer, on SSH hosts or on Slurm clusters will appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job view arrives with the job launcher. It will show this job&apos;s state (%1), its live log and its GPUs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No models yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models registered from finished runs will appear here with their versions and stages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry view for this model arrives with the model registry. It will show its %1 and the lineage from data to deployment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deployments yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model versions served over the KServe v2 protocol will appear here with their health.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deployment dashboard arrives with serving. It will show this deployment&apos;s health (%1), traffic and latency.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sha256</name>
    <message>
        <source>Could not read %1. Check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Shape</name>
    <message>
        <source>The geometry of a %1 shape is not valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The geometry of a %1 shape is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The geometry of a %1 shape has no &quot;points&quot; list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 shape needs exactly %2 coordinates; its geometry has %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 shape needs an even number of coordinates, at least 2; its geometry has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The points of a %1 shape must all be numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rotation of a rotated box must be a number of degrees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The geometry of a mask has no &quot;rle&quot; string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The geometry of a mask needs &quot;size&quot;: [height, width] in whole pixels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run lengths of a mask cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotated box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polygon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polyline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mask</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShapeGeometry</name>
    <message>
        <source>its mask could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its geometry is not a list of at least %1 coordinates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its geometry holds a number that is not finite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the shape kind %1 is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its geometry could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShellDocks</name>
    <message>
        <source>Navigator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SlurmStates</name>
    <message>
        <source>%1 answered in a form Atelier does not read. Check that the cluster runs Slurm 20.11 or newer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SlurmTarget</name>
    <message>
        <source>exit code %1, no message</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Could not read the job folders on %1 (%n folder(s)). Check that they are on a file system the login node sees.</source>
        <translation>
            <numerusform>Could not read the job folders on %1 (%n folder). Check that they are on a file system the login node sees.</numerusform>
            <numerusform>Could not read the job folders on %1 (%n folders). Check that they are on a file system the login node sees.</numerusform>
        </translation>
    </message>
    <message>
        <source>squeue failed on %1: %2. Check that the Slurm controller is up (scontrol ping).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sacct failed on %1: %2. Check the cluster&apos;s accounting (slurmdbd).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scontrol show job failed on %1: %2. Check that the Slurm controller is up (scontrol ping).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target &quot;%1&quot; is of kind %2, not slurm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target &quot;%1&quot; asks for GPUs by &quot;%2&quot;: write gres (--gres=gpu:N) or gpus (--gpus=N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slurm&apos;s sinfo does not run on %1: %2. Install the Slurm client commands there, or put them on the PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not submit the job %1 to the Slurm target &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: could not make the job folder %2 on %3 (%4). Check that it is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the default partition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partition %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sbatch refused the job %1 on the Slurm target &quot;%2&quot; (%3): %4. Check the target&apos;s partition and the resources the job asks for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: sbatch answered &quot;%2&quot; instead of a job id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Could not ask Slurm on %1 about %n job(s)</source>
        <translation>
            <numerusform>Could not ask Slurm on %1 about %n job</numerusform>
            <numerusform>Could not ask Slurm on %1 about %n jobs</numerusform>
        </translation>
    </message>
    <message>
        <source>Slurm ended the job %1 as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slurm no longer knows the job %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job %1 has no Slurm job id to cancel yet. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scancel could not cancel the Slurm job %1 (job %2) on %3: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the log %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the log %1 on %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checkpoint pattern &quot;%1&quot; is not a valid glob.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list %1 on %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SplitHealth</name>
    <message>
        <source>%1 is %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the traffic gateway is down: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every version that takes traffic is down: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the traffic gateway is degraded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the traffic gateway is starting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ready: the gateway and every version of the split answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqliteError</name>
    <message>
        <source>The change conflicts with data already in %1 (a name already taken, or an item that another one still refers to).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file %1 is damaged or is not an SQLite database. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file %1 is read-only. Make it and its folder writable, or copy the project somewhere you can write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file %1 is busy in another program. Close the other program or try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding %1 is full. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file %1 could not be read or written (input/output error). Check the disk and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A database operation on %1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SshCommandRunner</name>
    <message>
        <source>No command was given to run on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not run %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SshConfig</name>
    <message>
        <source>Could not read the SSH configuration %1. Check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Host without a pattern matches no host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Match blocks are not supported by Atelier; the lines under it apply to no host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 has no value and is ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Include goes deeper than %2 files and is ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: could not read the included file %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Port &quot;%2&quot; is not a number from 1 to 65535 and is ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is not supported by Atelier and is not applied.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SshConnection</name>
    <message>
        <source>Could not set up the SSH connection to %1. Check the host name, user and port of the target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent no host key, so its identity could not be checked. Try again; if it persists, ask the server&apos;s administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not compute the fingerprint of the host key of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host key of %1 does not match the one recorded in %2 (line %3): the server now shows the %4 key %5. Either the server was reinstalled or someone is intercepting the connection. Compare the fingerprint with the server&apos;s administrator; only if the change is expected, delete that line and connect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check the host key of %1 against %2. Check that the file is readable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host key of %1 (%2 %3) was not trusted, so no connection was made. Connect again and accept the key once its fingerprint is confirmed by the server&apos;s administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add the host key of %1 to %2. Check that the file is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key file %1 is not a private key that can be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the passphrase of %1 was wrong %2 times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answering the server&apos;s login prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logging in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of %1 on %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keys of ssh-agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logging in with ssh-agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key file %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logging in with the key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keyboard-interactive login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not log in to %1 as %2: the server accepted none of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the methods Atelier knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your public key to ~/.ssh/authorized_keys of %1 on the server, or choose the right key file in the target&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 was lost while %2. Check the network and that the server is up, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start an SSH session to %1: out of memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to %1 on port %2: %3. Check the host name and the port, and that the host is up and runs an SSH server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not run %1 on %2: not connected. Connect to the target first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sending input to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 did not finish within %3 seconds and was abandoned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 is lost: the server did not answer within %2 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SshTarget</name>
    <message>
        <source>The SSH target &quot;%1&quot; has no host. Add it again with --host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 failed at the step &quot;connect&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 failed at the step &quot;connect&quot;: the connection was lost and Atelier is reconnecting. It is tried again by itself; check the network if this persists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shell sh on %1 did not answer. Jobs need it to start: check that the account has a working POSIX shell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not upload the working folder %1 to %2 on %3 (step &quot;upload&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the job %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not make the job folder %1 on %2 (step &quot;start&quot;): %3. Check that the target&apos;s root folder is writable there, or choose another root.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write to the job folder %1 on %2 (step &quot;start&quot;): %3. The disk there may be full: free some space or choose another root folder for the target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The working folder %1 does not exist on %2 (step &quot;start&quot;). Create it there, or give a local folder to upload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command &quot;%1&quot; was not found on %2 (step &quot;start&quot;; looked in %3). Install it there, or give its full path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no setsid or nohup (step &quot;start&quot;), which Atelier needs to run jobs detached. Install util-linux and coreutils there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start the job %1 on %2 (step &quot;start&quot;): the shell exited with status %3. %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job %1 was started on %2, but the host did not say which process runs it. Check the job folder %3 there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Checking %n job(s)</source>
        <translation>
            <numerusform>Checking %n job</numerusform>
            <numerusform>Checking %n jobs</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read the state of the job %1 on %2: the host&apos;s answer was cut short. It is asked again on the next check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling the job %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job %1 has no process on %2 to cancel yet. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job %1 (process group %2 on %3) did not end after SIGKILL. It may be stuck in the kernel (a hung disk or GPU driver) there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the log %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the log %1 on %2. Check that the job folder is readable there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checkpoint pattern &quot;%1&quot; is not a valid glob.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for checkpoints in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list the files of %1 on %2 (find needs GNU findutils there).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transferring files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not copy the uploaded code into %1 on %2 (step &quot;upload&quot;): %3. Check that the disk has room.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Statement</name>
    <message>
        <source>The project database rejected a query. This is a bug in Atelier; please report it with the log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TargetStore</name>
    <message>
        <source>A compute target needs a name, such as &quot;workstation&quot; or &quot;cluster&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of compute target. Use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The setting &quot;%1&quot; of the target &quot;%2&quot; looks like a secret. Secrets are kept in the system keychain, never in the project: leave it out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A compute target named &quot;%1&quot; exists already. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add the compute target &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no compute target named &quot;%1&quot; in this project. Add it with &quot;atelier target add&quot; or pick one of the existing targets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The compute target %1 is missing from the project.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TiledPyramidImage</name>
    <message>
        <source>Could not write the image tile %1: %2. Free some disk space or choose another cache folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image %1 does not exist. Check that its folder is still where the dataset points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the image %1: %2. Check that the file is complete, or save it again as PNG or TIFF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image %1 is an interlaced PNG, which cannot be read a row at a time. Save it again without interlacing (or as a tiled TIFF) to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image %1 is neither PNG nor TIFF, the formats that open in tiles. Convert it to a tiled TIFF to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the tile cache folder %1. Check that the project folder is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough memory to read the image %1 (%2 pixels wide) in bands of rows. Close other programs and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the image %1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the tile cache manifest %1: %2. Check that the cache folder is writable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrackingStore</name>
    <message>
        <source>Run &apos;%1&apos; not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Experiment with id=%1 exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run %1 must be in the &apos;active&apos; state. Current state is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The experiment %1 must be in the &apos;active&apos; state. Current state is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run %1 is missing from the project database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Artifact location cannot be a runs:/ URI. Given: &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experiment(name=%1) already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the experiment &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not tag the experiment &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not find experiment with name &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid value for max_results. It must be a positive integer, but got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid value for max_results. It must be at most %1, but got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid page token &quot;%1&quot;: pass the token the previous page returned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list the experiments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not tag the experiment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both &apos;run_name&apos; argument and &apos;mlflow.runName&apos; tag are specified, but with different values (run_name=&apos;%1&apos;, mlflow.runName=&apos;%2&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create a run in the experiment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not tag the run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not update the run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not rename the run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete the run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not restore the run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not move the run %1 to the experiment %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing param values is not allowed. Params were already logged=&apos;[%1]&apos; for run ID=&apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not log the param &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not set the tag &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete the tag &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tag with name: %1 in run with id %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not log the dataset &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VersionCatalog</name>
    <message>
        <source>Could not list the versions of the dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read version %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VersionManifest</name>
    <message>
        <source>The version manifest %1 is not one this program can read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VocReader</name>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the root element is &lt;%1&gt;, not &lt;annotation&gt;; is it a Pascal VOC file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;annotation&gt; has no &lt;filename&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 line %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;%1&gt; holds &quot;%2&quot;, not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;%1&gt; must be a whole number of pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;bndbox&gt; needs &lt;xmin&gt;, &lt;ymin&gt;, &lt;xmax&gt; and &lt;ymax&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;bndbox&gt; ends before it starts (xmax &lt; xmin or ymax &lt; ymin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;attribute&gt; has no &lt;name&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 line %2: &lt;object&gt; has no &lt;name&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 line %2: &lt;object&gt; has no &lt;bndbox&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist. Give a Pascal VOC folder or an .xml file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no .xml files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import of %1 was cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no &lt;size&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VocWriter</name>
    <message>
        <source>Pascal VOC holds no %1 shapes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pascal VOC holds boxes only: written as the box that holds the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the box reaches outside the image and was clipped to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the box is thinner than a pixel and was widened to one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export to %1 was cancelled; the files written so far are incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image file is missing from %1, so only its annotation was written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workbench</name>
    <message>
        <source>Atelier: annotate images, version datasets, train, track and deploy models.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo project, creating it on first use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the project in &lt;folder&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit as soon as the window shows the project&apos;s catalog (for start-up benchmarks).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once ready, save a picture of the window to &lt;file&gt; and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A project folder to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the dataset &lt;name&gt; for annotation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the dataset in review mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no dataset named %1 in this project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the overview (versions and statistics) of the dataset &lt;name&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the overview&apos;s statistics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare two versions of a dataset image by image: &lt;name:from:to&gt;, where a version is its number or &quot;working&quot; for the working copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name:from:to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--diff needs NAME:FROM:TO, e.g. pets:1:2 or pets:2:working; got %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the view of the job &lt;id&gt;: its events and logs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the lineage graph of &lt;kind:id&gt;, such as model_version:detector/2 or deployment:detector-api.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind:id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the model registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the dashboard of the deployment &lt;name or id&gt;: its health, traffic, latency and load tests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name or id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no deployment named %1 in this project.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YoloDataFile</name>
    <message>
        <source>text follows the closing quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted string is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a top-level &quot;key: value&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;key: value&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 line %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list is not closed with ]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list item &quot;- value&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the names are not closed with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;index: name&quot; in the names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names must be a list or an {index: name} map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;- name&quot; or &quot;index: name&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the class index &quot;%1&quot; is not a number from 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name of class %1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>class %1 is named twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 line %2: YAML does not allow tabs for indentation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>class %1 is the last index a name can have</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YoloReader</name>
    <message>
        <source>Could not open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 line %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the class &quot;%1&quot; is not among the %2 classes named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;class cx cy w h&quot; or &quot;class x1 y1 x2 y2 x3 y3 ...&quot;, found %1 numbers after the class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the box has a negative size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the coordinates lie outside 0..1 (the %1 x %2 image)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 line %2: the name of class %3 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the image folder or list %2 does not exist under %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no data.yaml and no classes.txt: give the data.yaml of the YOLO dataset, or add a classes.txt with one class name a line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names no classes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import of %1 was cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YoloWriter</name>
    <message>
        <source>the image size is unknown, and YOLO coordinates are fractions of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YOLO holds no %1 shapes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YOLO has no rotated boxes: written as the polygon of its 4 corners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YOLO has no masks: written as the box of its pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coordinates outside the image were clipped to its edge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export to %1 was cancelled; the files written so far are incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image file is missing from %1, so only its labels were written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atelier::AnnotationActions</name>
    <message>
        <source>&amp;Annotate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Select and Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rectangle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;otated Rectangle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Polygon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poly&amp;line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;oint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mask &amp;Brush</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mask &amp;Eraser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fill Polygon into Mask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Shapes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste Shapes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste Shapes of Pre&amp;vious Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Shapes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring to &amp;Front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to Bac&amp;k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hide or Show Shapes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loc&amp;k or Unlock Shapes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;vious Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next Image &amp;Without Shapes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go to Image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark Image as Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ject Image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use Label %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &amp;Label</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atelier::AnnotationCanvas</name>
    <message>
        <source>Could not fill into the mask: no image is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not fill the polygon into the mask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not fill into the mask: select a polygon or a box first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill into mask</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atelier::AnnotationPane</name>
    <message>
        <source>Loading the dataset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its images and labels are being read from the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An edit could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edits cannot be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This image cannot be shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Its shapes are kept. Press D for the next image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How opaque the inside of shapes is drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brush</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diameter of the mask brush and eraser ([ and ] change it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only images without shapes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a label to draw with it, or press its number. Right-click to add, rename, recolour or merge labels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shapes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That label is no longer in this dataset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Label…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Colour…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge “%1” Into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This dataset cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This dataset has no images yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a folder of images to it, or import annotations from COCO, YOLO, VOC or labelme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image file is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer on disk. Its shapes are kept; put the file back and refresh, or go on with D.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image %1 of %2 · %3 · %4%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · Review: Y accepts, N rejects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All edits saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edits are not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste shapes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste shapes of the previous image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring to front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide or show shapes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock or unlock shapes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image number (1 to %1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No image is marked done. Images marked done (Ctrl+Return) wait here for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What should the labeler fix?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difficult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marks the selected shapes as %1 (kept in COCO, VOC and labelme files)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atelier::AnnotationWriter</name>
    <message>
        <source>Could not save an annotation edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1: the image (id %2) is no longer in the project; it was probably deleted meanwhile. Reopen the dataset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1: the shape was never saved, because saving its creation failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1: the shape is no longer in the project; it was probably deleted meanwhile. Reopen the image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a new %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1 on image %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the change to a %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the removal of a shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove shape %1 from image %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the status &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1: an image&apos;s status is one of new, in_progress, done, accepted or rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1 of image %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start saving annotations in %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atelier::CommandListModel</name>
    <message>
        <source>%1: %2</source>
        <comment>command palette: category, command</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atelier::CommandPalette</name>
    <message>
        <source>No matching commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the name of a command</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atelier::DatasetDocuments</name>
    <message>
        <source>%1 — Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atelier::DatasetPane</name>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The versions cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Freeze Version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeze the working copy as a new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the working copy equal to the selected version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the working copy or a version as COCO, YOLO, Pascal VOC, labelme or mask PNGs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what changed between two versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the versions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n version(s)</source>
        <translation>
            <numerusform>%n version</numerusform>
            <numerusform>%n versions</numerusform>
        </translation>
    </message>
    <message>
        <source>No versions yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A version freezes the images, labels, shapes, statuses and splits of %1 as they are now, so that training runs and exports can name exactly what they used. Unchanged images are stored once, so versions cost little.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the working copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading version %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting labels and measuring every shape.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statistics cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No images yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 holds no images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add images to %1 to see how its labels and shapes are spread.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeze Version of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What does this version hold? (for example: &quot;first review pass&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freezing a version of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not freeze a version of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore version %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The working copy of %1 becomes exactly version %2: its images, statuses, splits, labels and shapes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes made since then that are not frozen in a version are lost, and images added since are removed from the dataset (their files stay on disk). To keep them, cancel and freeze a version first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring version %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not restore version %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting %1 as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare Versions of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atelier::DatasetStatisticsView</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; shapes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; label classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>split: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 shapes without area (points, straight lines) are left out of the sizes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 other labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shapes per label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shapes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shapes per image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shapes in the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium (32–96 px): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large (≥ 96 px): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>box size: √(width × height), pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Box sizes (COCO scales)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shapes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aspect ratios (width : height)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>width : height of the bounding box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small (under 32 px): %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atelier::DeploymentCharts</name>
    <message>
        <source>Requests per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error rate (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU use (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requests/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p95</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p99</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>probe p50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>probe p99</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atelier::DeploymentDocuments</name>
    <message>
        <source>Deployment %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atelier::DeploymentEventsModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atelier::DeploymentSupervisor</name>
    <message>
        <source>Could not read the metrics at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: the server answered HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not ask %1 about the server process: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serving the deployment %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server ended with exit code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server ended with exit code %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server process is gone without an exit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no figure for the dashboard: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port %1 is not a TCP port: give one from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port %1 on 127.0.0.1 is already in use by another program. Choose another port, or leave the port out and Atelier picks a free one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deployment on the %1 target &quot;%2&quot; needs a port: Atelier cannot tell which ports are free there. Give one (--port).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not find a free port on 127.0.0.1 for the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the deployment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deployment &quot;%1&quot; is stopped already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deployment &quot;%1&quot; is being started or stopped already; wait for that to end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deployment &quot;%1&quot; serves %2 version %3 already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1 version %2 to %3 version %4, by %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restarted by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping the deployment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped with its deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server could not be started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the traffic gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not find free ports on 127.0.0.1 for the servers of the traffic split.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serve %1 (%2 v%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gateway %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting a server of the deployment %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the traffic gateway has no figure for the dashboard: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A traffic split runs on a local target only; &quot;%1&quot; is a %2 target. Deploy the versions to a local target to split traffic between them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 %3 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (before: %2), by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the traffic split of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the traffic gateway answered HTTP %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the traffic gateway did not take the new weights (%1); restarting the servers with them</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atelier::DeploymentTiles</name>
    <message>
        <source>Uptime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency p50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency p95</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency p99</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no server running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inferences, from /metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 errors/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of inferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MiB memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>probe %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server, from /metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atelier::DeploymentView</name>
    <message>
        <source>%1 v%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load Tests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the server (SIGTERM, then SIGKILL after the grace period)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new server process on the same port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The version of the model to serve instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the server and start one of the chosen version in its place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lineage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where this deployment comes from: model version, run, job and data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll out:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment %1 could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (serving)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deployment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restarting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolling out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restarted: the new server is starting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolled out: the new server is starting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atelier::DeploymentsPane</name>
    <message>
        <source>The deployments could not be read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atelier::DeploymentsTableModel</name>
    <message>
        <source>%1 v%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atelier::EventLogModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atelier::EventLogPane</name>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear Events</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atelier::ExperimentDocuments</name>
    <message>
        <source>Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Compare %n run(s)</source>
        <translation>
            <numerusform>Compare %n run</numerusform>
            <numerusform>Compare %n runs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atelier::ExperimentsPane</name>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter runs, e.g. metrics.val_acc &gt; 0.9 and params.lr = &quot;0.01&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select 2 to 20 runs to compare them side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n run</numerusform>
            <numerusform>%n runs</numerusform>
        </translation>
    </message>
    <message>
        <source>The runs could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The experiments could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All experiments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run columns could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to Experiment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to Experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Move %n run(s) to the experiment:</source>
        <translation>
            <numerusform>Move %n run to the experiment:</numerusform>
            <numerusform>Move %n runs to the experiment:</numerusform>
        </translation>
    </message>
    <message>
        <source>The runs could not be moved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atelier::ExportDialog</name>
    <message>
        <source>Export Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COCO instances (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YOLO (Ultralytics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pascal VOC (XML)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>labelme (JSON per image)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mask PNGs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An empty folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes instances.json, and instances_train.json, instances_val.json and instances_test.json for the splits that images have.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atelier::GatewayService</name>
    <message>
        <source>No such control endpoint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POST /routes takes a JSON array of {&quot;key&quot;, &quot;weight&quot;} objects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway&apos;s routes must be a JSON array of {&quot;key&quot;, &quot;name&quot;, &quot;url&quot;, &quot;weight&quot;} objects, at least one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each route of the gateway needs a key of its own (&quot;%1&quot; is empty or given twice).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not listen on 127.0.0.1:%1 for the traffic gateway&apos;s control endpoint. Another program took the port; restart the deployment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new weights leave out the route &quot;%1&quot;: give a weight for every route of the gateway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new weights name routes that the gateway does not have; a different set of routes needs a new gateway.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atelier::ImageDetailsPanel</name>
    <message>
        <source>e.g. night, blurry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags (for classification, comma-separated):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status history:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2 → %3 by %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No status changes yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atelier::ImageListModel</name>
    <message numerus="yes">
        <source>%1
%2 · %n shape(s)</source>
        <translation>
            <numerusform>%1
%2 · %n shape</numerusform>
            <numerusform>%1
%2 · %n shapes</numerusform>
        </translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is missing from disk; its shapes are kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atelier::JobDocuments</name>
    <message>
        <source>Job %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atelier::JobSupervisor</name>
    <message>
        <source>Could not create the tracking run of the job &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job %1 has ended already (%2): there is nothing to cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled before it started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting on %1 (attempt %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the job %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling the job %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Checking %n job(s)</source>
        <translation>
            <numerusform>Checking %n job</numerusform>
            <numerusform>Checking %n jobs</numerusform>
        </translation>
    </message>
    <message>
        <source>it never started: no process was recorded for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running (%1), resuming from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the command ended with exit code 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled; the command ended with exit code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the command ended with exit code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the command ended with exit code %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled; its processes were stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its process ended without writing an exit code (it was killed, or the computer restarted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attempt %1 ended with exit code %2%3; starting attempt %4 of %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not import what the job %1 logged in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Fetching what %n job(s) logged</source>
        <translation>
            <numerusform>Fetching what %n job logged</numerusform>
            <numerusform>Fetching what %n jobs logged</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not fetch what the job %1 logged on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target &quot;%1&quot; is of kind %2, which this version of Atelier does not know: use local, ssh or slurm.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atelier::JobView</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output (stdout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors (stderr)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (job %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempt: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logs of job %1 cannot be read from the target &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log of job %1 could not be read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atelier::JobsPane</name>
    <message>
        <source>&amp;Cancel Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Launch Job…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the selected jobs (SIGTERM, then SIGKILL after the grace period)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The jobs could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 could not be cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atelier::JobsTableModel</name>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atelier::LabelListModel</name>
    <message>
        <source>%1  %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n shape(s)</source>
        <translation>
            <numerusform>%1: %n shape</numerusform>
            <numerusform>%1: %n shapes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atelier::LatencyHistogramChart</name>
    <message>
        <source>Latency histogram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No load test shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency (ms, log scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p99</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atelier::LaunchDialog</name>
    <message>
        <source>Launch Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>train-resnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>python3 train.py --epochs 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job&apos;s own folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many GPUs the job sees through CUDA_VISIBLE_DEVICES; 0: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many times a failed job is started again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Command:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working &amp;folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;GPUs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retries:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Launch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job cannot be launched: the project has no compute target. Add one with `atelier target add PROJECT --name local --kind local`, then open this dialog again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The compute targets could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atelier::LineageView</name>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected node in its own view (or double-click it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Upstream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show where the selected node came from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Downstream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what was made from the selected node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Both Ways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show both where the selected node came from and what was made from it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in (+, or the mouse wheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out (-, or the mouse wheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole graph (0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as &amp;SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as &amp;PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the graph as an SVG or PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lineage of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lineage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the lineage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Following the links from the data to the deployments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laying out the lineage of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled before the graph was laid out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lineage cannot be shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lineage of %1 could not be shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n node</numerusform>
            <numerusform>%n nodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edge(s)</source>
        <translation>
            <numerusform>%n edge</numerusform>
            <numerusform>%n edges</numerusform>
        </translation>
    </message>
    <message>
        <source>upstream of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>downstream of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>around %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no graph to export yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lineage graph exported from Atelier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: check that its folder exists and can be written to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not finish writing %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Lineage as SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Lineage as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lineage could not be exported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atelier::LoadTestForm</name>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (GET)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file (POST)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images of a dataset version (POST)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file each request sends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections kept open; in closed loop each sends its next request as soon as its last answer came</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client threads, each with its share of the connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open loop: requests are due at a fixed rate whether or not earlier ones were answered, and each latency counts from the time it was due (like wrk2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> requests/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threads:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 v%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 v%2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dataset versions in this project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deployment has no address yet: wait until it is ready, then run the test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The path &quot;%1&quot; must start with &quot;/&quot;, e.g. %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file whose contents each request sends, or another body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This project has no dataset versions: freeze a version of a dataset first, or send a file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atelier::LoadTestView</name>
    <message>
        <source>&amp;Run Load Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p95</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p99</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier load tests of this deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The load tests could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending requests to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load test of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %n request(s); what ran is kept.</source>
        <translation>
            <numerusform>Cancelled after %n request; what ran is kept.</numerusform>
            <numerusform>Cancelled after %n requests; what ran is kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Finished: %n request(s) sent.</source>
        <translation>
            <numerusform>Finished: %n request sent.</numerusform>
            <numerusform>Finished: %n requests sent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled; the requests sent until then are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % of requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the time due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the time sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atelier::LoadTestsTableModel</name>
    <message>
        <source>open loop, %1/s, %2 conn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed loop, %1 conn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (cancelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p50 (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p99 (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max (ms)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atelier::LogView</name>
    <message>
        <source>&amp;Follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the newest output in view</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atelier::MainActions</name>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Demo Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close &amp;Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear Recent Projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command &amp;Palette…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Atelier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Image &amp;Folder as Dataset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Launch Job…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atelier::MainWindow</name>
    <message>
        <source>Atelier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished: %1 (%2 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Project: choose an empty folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer holds a project, so it was removed from the recent projects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1 from the recent projects: it no longer holds a project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Atelier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Atelier %1&lt;/h3&gt;&lt;p&gt;A desktop machine-learning workbench: annotate images, version datasets, train on local GPUs or remote clusters, track experiments, register and deploy models.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Atelier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened project %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Image Folder as Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding the images of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset &amp;Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions and statistics of the selected dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open for &amp;Annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 ended: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atelier::MaskBrushTool</name>
    <message>
        <source>Paint the mask of the current label; [ and ] change the brush size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase from the mask of the current label; [ and ] change the brush size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paint mask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase mask</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atelier::MetricChart</name>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds since start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atelier::MlflowServer</name>
    <message>
        <source>Could not listen on 127.0.0.1:%1 for the tracking server. Choose another port, or 0 for any free one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tracking server is already running on port %1. Stop it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start the tracking server for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atelier::ModelDocuments</name>
    <message>
        <source>Lineage</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atelier::ModelListModel</name>
    <message>
        <source>Updated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atelier::ModelVersionTableModel</name>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics at registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atelier::NavigatorModel</name>
    <message numerus="yes">
        <source>%1: %n item(s)</source>
        <translation>
            <numerusform>%1: %n item</numerusform>
            <numerusform>%1: %n items</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atelier::NavigatorPane</name>
    <message>
        <source>No project open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a project folder to see its datasets, experiments, jobs, models and deployments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog appears here as soon as the project is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog could not be loaded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atelier::PointTool</name>
    <message>
        <source>Click to add a point.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atelier::PolygonTool</name>
    <message>
        <source>Click to add points; click the first point or press Enter to close. Backspace removes the last point, Esc cancels.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atelier::PolylineTool</name>
    <message>
        <source>Click to add points; double-click or press Enter to end the line. Backspace removes the last point, Esc cancels.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atelier::ProjectSession</name>
    <message>
        <source>Opening project %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating project %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the demo project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing project %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the catalog of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atelier::PropertiesPane</name>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s). Select one to see its properties.</source>
        <translation>
            <numerusform>%n item. Select one to see its properties.</numerusform>
            <numerusform>%n items. Select one to see its properties.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an item in the navigator to see its properties.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atelier::RectangleTool</name>
    <message>
        <source>Drag from corner to corner, or click two corners. Esc cancels.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atelier::RegistryView</name>
    <message>
        <source>&amp;Transition Stage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected version to staging, production or archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;Alias…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the selected version (&quot;champion&quot;), moving the name from another version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Alias…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lineage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the selected version came from and where it is deployed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run that produced the selected version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model registry could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stage history could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No models are registered yet: register one from a run&apos;s artifact (atelier model register).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 v%2 — stage history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;SHA-256&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Source&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Registered by&lt;/b&gt; %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Signature&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Alias of %1 v%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alias (such as &quot;champion&quot;); a version that has it now gives it up:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Alias of %1 v%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alias to delete:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving %1 v%2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naming %1 v%2 @%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting the alias @%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled before the registry was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atelier::RotatedRectangleTool</name>
    <message>
        <source>Drag a box, then turn it with the handle above it. Esc cancels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate box</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atelier::RouteSplitView</name>
    <message>
        <source>Traffic split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p99</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version id %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atelier::RunColumnsDialog</name>
    <message>
        <source>latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Params</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atelier::RunCompareView</name>
    <message>
        <source>Only params that differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parallel Coordinates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The metric could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The runs could not be compared</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atelier::RunView</name>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started: %1   Ended: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User: %1   Host: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code: %1 (with uncommitted changes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Artifacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Params</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wall time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relative time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smoothing (exponential moving average)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X axis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smoothing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The metric could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The artifacts could not be listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a binary file; it has no preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(The first %1 are shown.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The artifact could not be read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atelier::RunsTableModel</name>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Killed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (param)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (tag)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (max)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atelier::SelectTool</name>
    <message>
        <source>Click to select (Ctrl adds), drag to move or to select by area. Click an edge to add a vertex, Shift+click a vertex to remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move shapes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove vertex</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atelier::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language applies at the next start of Atelier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atelier::ShapeListModel</name>
    <message>
        <source>(unknown label)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick to hide this shape on the canvas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show shape</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atelier::ShellStatusBar</name>
    <message>
        <source>No remote targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH hosts and Slurm clusters show their connection state here once remote targets are added. None is set up, so nothing is connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MLflow tracking server of this project. Training scripts log here unchanged with MLFLOW_TRACKING_URI=%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atelier::ShortcutsDialog</name>
    <message>
        <source>Reset to Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search commands and keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys for the selected command:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already the key of &quot;%2&quot;. Choose other keys, or give that command other keys first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atelier::StageTransitionDialog</name>
    <message>
        <source>Transition %1 v%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why (optional): &quot;passed the acceptance tests&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive the versions now in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive the versions now in this stage</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atelier::TaskCenter</name>
    <message>
        <source>Canceling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atelier::TaskIndicator</name>
    <message>
        <source>Show the Tasks pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) running</source>
        <translation>
            <numerusform>%n task running</numerusform>
            <numerusform>%n tasks running</numerusform>
        </translation>
    </message>
    <message>
        <source>No running tasks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atelier::TaskManager</name>
    <message>
        <source>Canceled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atelier::TaskRow</name>
    <message>
        <source>Cancel this task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atelier::TasksPane</name>
    <message>
        <source>Finished in %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled after %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No running tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening projects, imports and other long work show their progress here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atelier::ThumbnailCache</name>
    <message>
        <source>Could not make a thumbnail of %1: the file is missing, damaged or not an image. Check the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not make a thumbnail of %1: the image could not be decoded. Check that the file is complete.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atelier::TrafficGateway</name>
    <message>
        <source>The traffic gateway needs at least one upstream server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each upstream of the traffic gateway needs a name without control characters (&quot;%1&quot; has none or such).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upstream &quot;%1&quot; has no HTTP base URL: &quot;%2&quot;. Give one such as http://127.0.0.1:8001.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weight of the upstream &quot;%1&quot; must be 0 or more, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least one upstream of the traffic gateway needs a weight above 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not listen on 127.0.0.1:%1 for the traffic gateway: %2. Choose another port, or 0 for any free one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway forwards GET, HEAD, POST, PUT, PATCH, DELETE and OPTIONS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upstream &quot;%1&quot; (%2) did not answer within %3 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upstream &quot;%1&quot; (%2) could not be reached: %3. Check that its server is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The traffic gateway is already running on port %1. Stop it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The traffic gateway is not running: start it with its upstreams first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The traffic gateway has %1 upstreams; %2 weights were given.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atelier::VersionDiffItemDelegate</name>
    <message>
        <source>+%1</source>
        <extracomment>Counts of shapes in the version diff list: added, removed, changed.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>−%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>~%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atelier::VersionDiffListModel</name>
    <message>
        <source>+%1 −%2 ~%3</source>
        <extracomment>Shapes added, removed and changed in an image between two versions: &quot;+3 −1 ~2&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed image</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n shape(s) added</source>
        <translation>
            <numerusform>%n shape added</numerusform>
            <numerusform>%n shapes added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shape(s) removed</source>
        <translation>
            <numerusform>%n shape removed</numerusform>
            <numerusform>%n shapes removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shape(s) changed</source>
        <translation>
            <numerusform>%n shape changed</numerusform>
            <numerusform>%n shapes changed</numerusform>
        </translation>
    </message>
    <message>
        <source>Review status changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atelier::VersionDiffView</name>
    <message>
        <source>Removed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shapes only in the older side: red, dashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shapes only in the newer side: green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same shape moved or edited: before dashed, after solid orange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shapes equal on both sides: faint, in their label colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing the versions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The differences between %1 and %2 are being read from the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>working copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All images (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added images (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed images (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed images (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The versions cannot be compared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The versions cannot be compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 → %2: %n image(s) differ.</source>
        <translation>
            <numerusform>%1 → %2: %n image differ.</numerusform>
            <numerusform>%1 → %2: %n images differ.</numerusform>
        </translation>
    </message>
    <message>
        <source>No differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 hold the same images and annotations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No images of this kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another kind of change above the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shapes of this image cannot be compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image file is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not on disk, so its shapes cannot be drawn over it. Put the file back to see them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This image cannot be shown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atelier::VersionTableModel</name>
    <message>
        <source>v%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no message)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shapes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atelier::WelcomePage</name>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Atelier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent projects. Projects you open appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press %1 to find any command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a project, or try the demo project: a small dataset of shapes with its ground truth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is open. Double-click an item in the navigator to open it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotate images, version datasets, train, track experiments and deploy models.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>two sentences in a row</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
