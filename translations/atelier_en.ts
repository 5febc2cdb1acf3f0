<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BlobStore</name>
    <message>
        <source>Could not create the folder %1 in the project. Check that the project folder is writable.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not write %1. Check the free space and permissions of the project folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a content hash (64 hex digits).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The project file %1 is missing or unreadable: restore the project's blobs folder from a backup.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The project file %1 is damaged: its content no longer matches its name. Restore it from a backup.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>project init DIR       make a new, empty project in DIR</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>project info DIR       print the schema version and counts per entity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>project check DIR      check the store's integrity (exit code 1 on problems)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>demo create DIR        make the demo project (synthetic images) in DIR</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected one folder. Usage: atelier demo create DIR</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: atelier [--demo | --project DIR | DIR]   start the workbench
       atelier COMMAND [ARGS]                  run a command without a window

Commands:
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>print the version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown command "%1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected one project folder. Usage: atelier %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database file %1 does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database file %1 could not be opened. Check that you may read (and, to edit, write) it and its folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not create the backup file %1. Check that the folder exists and is writable.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not start the backup into %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The backup into %1 failed. Check the free space on its disk.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Row %1 of table %2 refers to a missing row of table %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expected data is missing from the project database.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DatabaseHeader</name>
    <message>
        <source>Could not read %1. Check that it exists and that you may read it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database file %1 is damaged or is not an SQLite database. Restore it from a backup.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DatasetStore</name>
    <message>
        <source>A dataset needs a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not create the dataset "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A label needs a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not add the label "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not add the image %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not add a shape to the image %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DemoProject</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Synthetic circles, squares and triangles on noisy backgrounds, drawn by Atelier.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Creating the demo project was canceled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drawing image %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not write the demo image %1. Check the free space on its disk.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>%1 was written by a newer version of Atelier (schema %2; this version knows schema %3 at most). Open it with a newer Atelier. The file was not changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Atelier is missing its schema migration %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Upgrading %1 to schema %2 failed</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Project</name>
    <message>
        <source>%1 already holds an Atelier project. Open it instead, or choose an empty folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is a file, not a folder. Choose a folder for the new project.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not create the project folder %1. Check that its parent folder exists and is writable.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not create the project in %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The folder %1 does not exist. Choose an existing project folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not an Atelier project: it has no %2. Open a project folder, or create a new project (File &gt; New Project or `atelier project init`).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The project %1 is read-only: Atelier needs to write %2 and its journal in that folder. Make the folder and the file writable, or copy the project somewhere you can write.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not an Atelier project. Open a folder made by Atelier, or create a new project.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not open the project %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not create the folder %1 in the project. Check that the project folder is writable.</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dataset</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No datasets yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Image folders and COCO, YOLO, Pascal VOC or labelme exports that you import will appear here, ready to annotate.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The annotation canvas for this dataset arrives with the annotation pane. It will show its %1, their shapes and labels.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Experiments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Experiment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No experiments yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Runs logged by training scripts through the MLflow-compatible server will appear here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The runs table for this experiment arrives with the experiments view. It will list its %1 with their parameters and metric charts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Jobs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Job</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No jobs yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Training jobs launched on this computer, on SSH hosts or on Slurm clusters will appear here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The job view arrives with the job launcher. It will show this job's state (%1), its live log and its GPUs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Models</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No models yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Models registered from finished runs will appear here with their versions and stages.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The registry view for this model arrives with the model registry. It will show its %1 and the lineage from data to deployment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deployments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deployment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No deployments yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Model versions served over the KServe v2 protocol will appear here with their health.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The deployment dashboard arrives with serving. It will show this deployment's health (%1), traffic and latency.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SqliteError</name>
    <message>
        <source>The change conflicts with data already in %1 (a name already taken, or an item that another one still refers to).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database file %1 is damaged or is not an SQLite database. Restore it from a backup.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database file %1 is read-only. Make it and its folder writable, or copy the project somewhere you can write.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database file %1 is busy in another program. Close the other program or try again in a moment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The disk holding %1 is full. Free some space and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database file %1 could not be read or written (input/output error). Check the disk and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A database operation on %1 failed.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Statement</name>
    <message>
        <source>The project database rejected a query. This is a bug in Atelier; please report it with the log.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>atelier::CommandListModel</name>
    <message>
        <source>%1: %2</source>
        <comment>command palette: category, command</comment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>atelier::CommandPalette</name>
    <message>
        <source>No matching commands</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type the name of a command</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>atelier::EventLogModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>atelier::EventLogPane</name>
    <message>
        <source>Copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clear Events</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>atelier::ProjectSession</name>
    <message>
        <source>Opening project %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Creating project %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opening the demo project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Closing project %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading the catalog of %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>atelier::TaskCenter</name>
    <message>
        <source>Canceling…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>atelier::TaskIndicator</name>
    <message>
        <source>Show the Tasks pane</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>atelier::TaskManager</name>
    <message>
        <source>Canceled.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>atelier::TaskRow</name>
    <message>
        <source>Cancel this task</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Working…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>atelier::TasksPane</name>
    <message>
        <source>Finished in %1 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Canceled after %1 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No running tasks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opening projects, imports and other long work show their progress here.</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>