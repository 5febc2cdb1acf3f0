<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
        <source>dataset import DIR --name NAME --format coco PATH [--images IMGDIR] [--skip-bad]
                         import an annotation file as a new dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dataset export DIR --name NAME --format coco --out PATH
                         write a dataset as an annotation file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: atelier %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format %1 is not supported yet (supported: coco).</source>
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
        <source>%1 cannot be imported: it could not be read.</source>
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
        <source>The import was cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CocoSaxHandler</name>
    <message>
        <source>the JSON is malformed near byte %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a COCO file must be a JSON object with images, annotations and categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each entry must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file_name must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be an integer</source>
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
        <source>iscrowd must be 0 or 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bbox must be an array of 4 numbers [x, y, width, height]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segmentation must be a list of polygons or an RLE object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>area must be a number</source>
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
        <source>an image needs id, file_name and a positive width and height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a category needs an id and a name</source>
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
        <source>Could not export &quot;%1&quot;</source>
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
    <name>DatasetReader</name>
    <message>
        <source>There is no dataset named &quot;%1&quot; in this project.</source>
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
    <name>Statement</name>
    <message>
        <source>The project database rejected a query. This is a bug in Atelier; please report it with the log.</source>
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
