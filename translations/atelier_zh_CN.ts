<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
        <source>dataset import DIR --name NAME --format coco PATH [--images IMGDIR] [--skip-bad]
                         import an annotation file as a new dataset</source>
        <translation>dataset import DIR --name NAME --format coco PATH [--images IMGDIR] [--skip-bad]
                         将标注文件导入为新数据集</translation>
    </message>
    <message>
        <source>dataset export DIR --name NAME --format coco --out PATH
                         write a dataset as an annotation file</source>
        <translation>dataset export DIR --name NAME --format coco --out PATH
                         将数据集导出为标注文件</translation>
    </message>
    <message>
        <source>Usage: atelier %1</source>
        <translation>用法：atelier %1</translation>
    </message>
    <message>
        <source>format %1 is not supported yet (supported: coco).</source>
        <translation>尚不支持格式 %1（支持的格式：coco）。</translation>
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
        <source>%1 cannot be imported: it could not be read.</source>
        <translation>无法导入 %1：无法读取该文件。</translation>
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
        <source>The import was cancelled; nothing was changed.</source>
        <translation>已取消导入；未做任何更改。</translation>
    </message>
</context>
<context>
    <name>CocoSaxHandler</name>
    <message>
        <source>the JSON is malformed near byte %1 (%2)</source>
        <translation>JSON 格式错误，位于第 %1 字节附近（%2）</translation>
    </message>
    <message>
        <source>a COCO file must be a JSON object with images, annotations and categories</source>
        <translation>COCO 文件必须是包含 images、annotations 和 categories 的 JSON 对象</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an array</source>
        <translation>&quot;%1&quot; 必须是数组</translation>
    </message>
    <message>
        <source>each entry must be a JSON object</source>
        <translation>每个条目都必须是 JSON 对象</translation>
    </message>
    <message>
        <source>file_name must be a string</source>
        <translation>file_name 必须是字符串</translation>
    </message>
    <message>
        <source>%1 must be an integer</source>
        <translation>%1 必须是整数</translation>
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
        <source>iscrowd must be 0 or 1</source>
        <translation>iscrowd 必须为 0 或 1</translation>
    </message>
    <message>
        <source>bbox must be an array of 4 numbers [x, y, width, height]</source>
        <translation>bbox 必须是由 4 个数字组成的数组 [x, y, width, height]</translation>
    </message>
    <message>
        <source>segmentation must be a list of polygons or an RLE object</source>
        <translation>segmentation 必须是多边形列表或 RLE 对象</translation>
    </message>
    <message>
        <source>area must be a number</source>
        <translation>area 必须是数字</translation>
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
        <source>an image needs id, file_name and a positive width and height</source>
        <translation>图像必须有 id、file_name，以及为正数的 width 和 height</translation>
    </message>
    <message>
        <source>a category needs an id and a name</source>
        <translation>类别必须有 id 和 name</translation>
    </message>
    <message>
        <source>an annotation needs id, image_id and category_id</source>
        <translation>标注必须有 id、image_id 和 category_id</translation>
    </message>
    <message>
        <source>an annotation needs a segmentation or a bbox</source>
        <translation>标注必须有 segmentation 或 bbox</translation>
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
        <source>Could not export &quot;%1&quot;</source>
        <translation>无法导出“%1”</translation>
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
    <name>DatasetReader</name>
    <message>
        <source>There is no dataset named &quot;%1&quot; in this project.</source>
        <translation>此项目中没有名为“%1”的数据集。</translation>
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
    <name>Statement</name>
    <message>
        <source>The project database rejected a query. This is a bug in Atelier; please report it with the log.</source>
        <translation>项目数据库拒绝了一条查询。这是 Atelier 的缺陷，请附上日志报告此问题。</translation>
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
