# keras.applications' preprocess_input on a symbolic tensor: ops nodes, then a layer on them
import keras
from keras import ops

images = keras.Input((224, 224, 3))
caffe = keras.applications.resnet.preprocess_input(images)  # RGB -> BGR, channel means
caffe_model = keras.Model(images, keras.layers.Conv2D(4, 3)(caffe))
caffe50 = keras.applications.resnet50.preprocess_input(images)
caffe50_model = keras.Model(images, keras.layers.Conv2D(4, 3)(caffe50))
tf_mode = keras.applications.resnet_v2.preprocess_input(images)  # scaled to [-1, 1]
tf_model = keras.Model(images, keras.layers.Conv2D(4, 3)(tf_mode))
inception = keras.applications.inception_v3.preprocess_input(images)
inception_model = keras.Model(images, keras.layers.Conv2D(4, 3)(inception))
inception_resnet = keras.applications.inception_resnet_v2.preprocess_input(images)
inception_resnet_model = keras.Model(images, keras.layers.Conv2D(4, 3)(inception_resnet))
xception = keras.applications.xception.preprocess_input(images)
xception_model = keras.Model(images, keras.layers.Conv2D(4, 3)(xception))
torch_mode = keras.applications.densenet.preprocess_input(images)  # [0, 1], channel statistics
torch_model = keras.Model(images, keras.layers.Conv2D(4, 3)(torch_mode))

planes = keras.Input((3, 97, 113))
first = keras.applications.resnet.preprocess_input(planes, data_format="channels_first")
first_model = keras.Model(planes, keras.layers.Conv2D(4, 3, data_format="channels_first")(first))
torch_first = keras.applications.densenet.preprocess_input(planes, data_format="channels_first")
torch_first_model = keras.Model(planes, keras.layers.Conv2D(4, 3, data_format="channels_first")(torch_first))

# a constant tensor the code states: shaped, reshaped, broadcast onto the input
mean = ops.reshape(ops.convert_to_tensor([0.5, 0.25, 0.125]), (1, 1, 1, 3))
centred_model = keras.Model(images, keras.layers.Conv2D(2, 1)(images - mean))
