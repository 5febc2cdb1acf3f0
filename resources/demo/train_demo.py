#!/usr/bin/env python3
# Atelier's demo training script: fits the demo colour classifier to a dataset's images and logs the run to MLflow.
"""Trains the model that Atelier's demo inference server serves (format "atelier-demo-model": a
nearest-centroid classifier that names the dominant colour of an image from its mean RGB).

  python3 train_demo.py --data IMAGES_OR_EXPORT_FOLDER [--epochs 8] [--lr 0.5]

Training is Lloyd's k-means, started from the named colours' centroids: each epoch assigns every
training image to its nearest centroid and moves each centroid a step (the learning rate) towards
the mean colour of its images. The loss is the mean squared distance of an image to its centroid,
as a fraction of the largest possible (3 * 255^2); val_loss is the same on the held-out images.

What Atelier's jobs set, all optional:
  MLFLOW_TRACKING_URI   http(s)://... : params and per-epoch metrics through the MLflow REST API
                        (runs/log-batch), the model through the mlflow-artifacts proxy (PUT);
                        file:... : the same into an MLflow file store (mlruns folder)
  MLFLOW_RUN_ID         the run to log to (created when absent)
  MLFLOW_EXPERIMENT_ID  the experiment of a run created here (default "0")
  ATELIER_OUTPUT_DIR    where checkpoints/epoch_NNNN.json and demo_model.json are written
  ATELIER_RESUME_FROM   a checkpoint to continue from (Atelier sets it when it retries the job)

Images are read with Pillow when it is installed; otherwise with demo_images.py beside this script
(PNG, PPM and baseline JPEG, whose block averages are all a mean colour needs), standard library only.
Exit codes: 0 done, 2 bad arguments or no images, 3 an image that cannot be read, 4 MLflow refused.
"""

import argparse
import json
import math
import os
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid

# Beside this script (Atelier writes both); Python puts the script's folder first on sys.path.
from demo_images import DemoImageError as Failure, choose_decoder, find_images, mean_rgb  # noqa: F401

MODEL_FORMAT = "atelier-demo-model"
MODEL_FILE = "demo_model.json"
# The named colours and where their centroids start (as core/serving/demo_serving.cpp writes them).
CLASSES = ["red", "orange", "yellow", "green", "cyan", "blue", "magenta", "grey"]
START = [[190, 60, 60], [200, 130, 50], [200, 190, 60], [70, 170, 80],
         [60, 170, 180], [60, 90, 190], [170, 70, 170], [128, 128, 128]]
TEMPERATURE = 40.0
LARGEST_SQUARED = 3 * 255.0 ** 2


# Training ------------------------------------------------------------------------------------

def squared(a, b):
    return (a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2 + (a[2] - b[2]) ** 2


def nearest(point, centroids):
    return min(range(len(centroids)), key=lambda c: squared(point, centroids[c]))


def loss(points, centroids):
    if not points:
        return 0.0
    return sum(squared(p, centroids[nearest(p, centroids)]) for p in points) / len(points) / LARGEST_SQUARED


def epoch(points, centroids, previous, lr):
    assigned = [nearest(p, centroids) for p in points]
    moved = []
    for c, centroid in enumerate(centroids):
        members = [points[i] for i, a in enumerate(assigned) if a == c]
        if not members:
            moved.append(list(centroid))
            continue
        mean = [sum(m[k] for m in members) / len(members) for k in range(3)]
        moved.append([centroid[k] + lr * (mean[k] - centroid[k]) for k in range(3)])
    changed = sum(1 for a, b in zip(assigned, previous or []) if a != b) if previous else len(points)
    shift = sum(math.sqrt(squared(a, b)) for a, b in zip(moved, centroids)) / len(centroids)
    return moved, assigned, changed / max(1, len(points)), shift


def model_document(name, centroids):
    return {
        "format": MODEL_FORMAT,
        "format_version": 1,
        "name": name,
        "description": "Names the dominant colour of an image from its mean RGB (0-255); trained by train_demo.py.",
        "kind": "nearest_centroid",
        "input": {"name": "mean_rgb", "features": 3},
        "classes": CLASSES,
        "centroids": [[round(v, 3) for v in c] for c in centroids],
        "temperature": TEMPERATURE,
    }


def write_json(path, document):
    os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
    partial = path + ".partial"
    with open(partial, "w", encoding="utf-8") as file:
        json.dump(document, file, indent=2)
    os.replace(partial, path)


# MLflow --------------------------------------------------------------------------------------

class RestTracking:
    """The MLflow REST API as the MLflow client calls it."""

    def __init__(self, uri, run_id, experiment_id):
        self.base = uri.rstrip("/")
        if not run_id:
            run = self.call("POST", "runs/create", {"experiment_id": experiment_id,
                                                    "start_time": now_ms(), "run_name": "train_demo"})
            run_id = run["run"]["info"]["run_id"]
            self.created = True
        else:
            self.created = False
        self.run_id = run_id
        info = self.call("GET", "runs/get?run_id=" + urllib.parse.quote(run_id))["run"]["info"]
        self.artifact_uri = info.get("artifact_uri", "")

    def call(self, method, endpoint, body=None, raw=None, url=None):
        target = url or f"{self.base}/api/2.0/mlflow/{endpoint}"
        data = raw if raw is not None else (json.dumps(body).encode() if body is not None else None)
        request = urllib.request.Request(target, data=data, method=method)
        request.add_header("Content-Type", "application/octet-stream" if raw is not None else "application/json")
        try:
            with urllib.request.urlopen(request, timeout=30) as reply:
                text = reply.read()
        except urllib.error.HTTPError as error:
            detail = error.read().decode("utf-8", "replace")[:300]
            raise Failure(f"the MLflow server at {self.base} answered HTTP {error.code} to {method} {target}: {detail}", 4)
        except (urllib.error.URLError, OSError) as error:
            raise Failure(f"could not reach the MLflow server at {self.base}: {error}", 4)
        return json.loads(text) if text else {}

    def log(self, params=(), metrics=()):
        self.call("POST", "runs/log-batch", {"run_id": self.run_id, "params": list(params),
                                             "metrics": list(metrics), "tags": []})

    def upload(self, path, name):
        # mlflow-artifacts:/<experiment>/<run>/artifacts (or with a host) goes through the server's proxy.
        parsed = urllib.parse.urlparse(self.artifact_uri)
        if parsed.scheme != "mlflow-artifacts":
            raise Failure(f"the run's artifact location {self.artifact_uri} is not served by the tracking server "
                          "(mlflow-artifacts:); upload the model yourself", 4)
        with open(path, "rb") as file:
            content = file.read()
        location = parsed.path.strip("/") + "/" + urllib.parse.quote(name)
        self.call("PUT", None, raw=content, url=f"{self.base}/api/2.0/mlflow-artifacts/artifacts/{location}")

    def finish(self):
        if self.created:
            self.call("POST", "runs/update", {"run_id": self.run_id, "status": "FINISHED", "end_time": now_ms()})


class FileTracking:
    """An MLflow file store: <root>/<experiment>/<run>/{params,metrics,artifacts}."""

    def __init__(self, uri, run_id, experiment_id):
        self.root = urllib.request.url2pathname(urllib.parse.urlparse(uri).path)
        self.run_id = run_id or uuid.uuid4().hex
        self.folder = self.find_run(experiment_id) if run_id else self.create_run(experiment_id)
        self.artifacts = os.path.join(self.folder, "artifacts")
        meta = os.path.join(self.folder, "meta.yaml")
        if os.path.exists(meta):
            for line in open(meta, encoding="utf-8"):
                if line.startswith("artifact_uri:"):
                    uri = line.split(":", 1)[1].strip().strip("'\"")
                    if uri.startswith("file:"):
                        self.artifacts = urllib.request.url2pathname(urllib.parse.urlparse(uri).path)

    def find_run(self, experiment_id):
        candidates = [os.path.join(self.root, experiment_id, self.run_id)] if experiment_id else []
        if os.path.isdir(self.root):
            candidates += [os.path.join(self.root, e, self.run_id) for e in sorted(os.listdir(self.root))]
        for folder in candidates:
            if os.path.isdir(folder):
                return folder
        raise Failure(f"the run {self.run_id} is not in the MLflow file store {self.root}", 4)

    def create_run(self, experiment_id):
        experiment = os.path.join(self.root, experiment_id or "0")
        folder = os.path.join(experiment, self.run_id)
        os.makedirs(folder, exist_ok=True)
        if not os.path.exists(os.path.join(experiment, "meta.yaml")):
            with open(os.path.join(experiment, "meta.yaml"), "w", encoding="utf-8") as file:
                file.write(f"artifact_location: file://{experiment}\nexperiment_id: '{experiment_id or '0'}'\n"
                           "lifecycle_stage: active\nname: Default\n")
        with open(os.path.join(folder, "meta.yaml"), "w", encoding="utf-8") as file:
            file.write(f"artifact_uri: file://{folder}/artifacts\nend_time: null\nexperiment_id: '{experiment_id or '0'}'\n"
                       f"lifecycle_stage: active\nrun_id: {self.run_id}\nrun_name: train_demo\nrun_uuid: {self.run_id}\n"
                       f"source_type: 4\nstart_time: {now_ms()}\nstatus: 1\nuser_id: {os.environ.get('USER', '')}\n")
        return folder

    def log(self, params=(), metrics=()):
        for param in params:
            write_text(os.path.join(self.folder, "params", param["key"]), param["value"], "w")
        for metric in metrics:
            line = f"{metric['timestamp']} {metric['value']!r} {metric['step']}\n"
            write_text(os.path.join(self.folder, "metrics", metric["key"]), line, "a")

    def upload(self, path, name):
        os.makedirs(self.artifacts, exist_ok=True)
        with open(path, "rb") as source, open(os.path.join(self.artifacts, name), "wb") as target:
            target.write(source.read())

    def finish(self):
        pass


def write_text(path, text, mode):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, mode, encoding="utf-8") as file:
        file.write(text)


def now_ms():
    return int(time.time() * 1000)


def tracking():
    uri = os.environ.get("MLFLOW_TRACKING_URI", "")
    run_id = os.environ.get("MLFLOW_RUN_ID", "")
    experiment_id = os.environ.get("MLFLOW_EXPERIMENT_ID", "")
    if uri.startswith(("http://", "https://")):
        return RestTracking(uri, run_id, experiment_id or "0")
    if uri.startswith("file:"):
        return FileTracking(uri, run_id, experiment_id)
    if uri:
        raise Failure(f"MLFLOW_TRACKING_URI={uri} is neither http(s):// nor file:", 2)
    return None


# Main ----------------------------------------------------------------------------------------

def arguments():
    parser = argparse.ArgumentParser(description="Train Atelier's demo colour classifier.")
    parser.add_argument("--data", required=True, help="a folder of images, or an exported dataset version")
    parser.add_argument("--epochs", type=int, default=8)
    parser.add_argument("--lr", type=float, default=0.5, help="how far a centroid moves towards its images' mean")
    parser.add_argument("--val-fraction", type=float, default=0.2)
    parser.add_argument("--max-images", type=int, default=0, help="use at most this many images (0: all)")
    parser.add_argument("--decoder", choices=("auto", "pillow", "builtin"), default="auto")
    parser.add_argument("--name", default="dominant-colour", help="the model's name inside its file")
    parser.add_argument("--output", default=os.environ.get("ATELIER_OUTPUT_DIR", "."))
    parser.add_argument("--epoch-seconds", type=float, default=0, help="sleep this long per epoch (demos)")
    args = parser.parse_args()
    if args.epochs < 1 or not 0 < args.lr <= 1 or not 0 <= args.val_fraction < 1 or args.max_images < 0:
        parser.error("--epochs must be 1 or more, --lr in (0, 1], --val-fraction in [0, 1), --max-images 0 or more")
    return args


def load_points(args):
    paths = find_images(args.data)
    if args.max_images and len(paths) > args.max_images:
        step = len(paths) / args.max_images
        paths = [paths[int(i * step)] for i in range(args.max_images)]
    use_pillow = choose_decoder(args.decoder)
    started = time.monotonic()
    points = [mean_rgb(path, use_pillow) for path in paths]
    print(f"read {len(points)} images with {'Pillow' if use_pillow else 'the built-in decoders'} "
          f"in {time.monotonic() - started:.1f} s", flush=True)
    # Every fifth image (by sorted path) is held out: a split that a rerun reproduces.
    every = round(1 / args.val_fraction) if args.val_fraction else 0
    val = [p for i, p in enumerate(points) if every and i % every == every - 1]
    train = [p for i, p in enumerate(points) if not (every and i % every == every - 1)]
    return train, val, use_pillow


def resume_state():
    path = os.environ.get("ATELIER_RESUME_FROM", "")
    if not path:
        return 0, [list(c) for c in START], path
    try:
        with open(path, encoding="utf-8") as file:
            checkpoint = json.load(file)
        return int(checkpoint["epoch"]), checkpoint["centroids"], path
    except (OSError, ValueError, KeyError) as error:
        raise Failure(f"cannot resume from the checkpoint {path}: {error}", 2)


def train(args):
    train_points, val_points, use_pillow = load_points(args)
    done, centroids, resumed_from = resume_state()
    log = tracking()
    params = {"epochs": args.epochs, "lr": args.lr, "val_fraction": args.val_fraction, "images": len(train_points)
              + len(val_points), "train_images": len(train_points), "val_images": len(val_points),
              "decoder": "pillow" if use_pillow else "builtin", "data": os.path.abspath(args.data)}
    if resumed_from:
        params["resumed_from"] = resumed_from
        print(f"resuming after epoch {done} from {resumed_from}", flush=True)
    if log and done == 0:
        log.log(params=[{"key": k, "value": str(v)} for k, v in params.items()])
    assigned = None
    for number in range(done + 1, args.epochs + 1):
        centroids, assigned, reassigned, shift = epoch(train_points, centroids, assigned, args.lr)
        figures = {"train_loss": loss(train_points, centroids), "val_loss": loss(val_points, centroids),
                   "reassigned": reassigned, "centroid_shift": shift}
        print(f"epoch {number}/{args.epochs} " + " ".join(f"{k}={v:.6f}" for k, v in figures.items()), flush=True)
        if log:
            at = now_ms()
            log.log(metrics=[{"key": k, "value": v, "timestamp": at, "step": number} for k, v in figures.items()])
        write_json(os.path.join(args.output, "checkpoints", f"epoch_{number:04d}.json"),
                   {"epoch": number, "centroids": centroids})
        if args.epoch_seconds:
            time.sleep(args.epoch_seconds)
    model_path = os.path.join(args.output, MODEL_FILE)
    write_json(model_path, model_document(args.name, centroids))
    if log:
        log.upload(model_path, MODEL_FILE)
        log.finish()
    print(json.dumps({"model": os.path.abspath(model_path), "run_id": log.run_id if log else None,
                      "epochs": args.epochs}), flush=True)


def main():
    args = arguments()
    try:
        train(args)
    except Failure as failure:
        print(f"train_demo: {failure}", file=sys.stderr, flush=True)
        return failure.code
    return 0


if __name__ == "__main__":
    sys.exit(main())
