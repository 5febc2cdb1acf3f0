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
        <source>--version is not supported with --format coco yet; restore the version or use another format.</source>
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
    <name>RecolorLabelClassCommand</name>
    <message>
        <source>Change label colour</source>
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
        <source>its mask has no RLE or no size</source>
        <translation type="unfinished"></translation>
    </message>
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
